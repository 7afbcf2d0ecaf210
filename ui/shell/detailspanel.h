// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

class ProjectChange;
class ProjectDocument;
class ProjectFile;

// Shows the attributes of the selected project, with Chinese labels and its milestone dates.
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    // Shows features of this document and follows its changes; nullptr shows nothing.
    void setDocument(ProjectDocument *document);
    void showProject(qint64 fid);
    // Any map feature; projects get the project view with milestones.
    void showFeature(const QString &layer, qint64 fid);
    // The layer and fid shown; an empty layer when nothing is.
    std::pair<QString, qint64> shown() const { return {m_layer, m_fid}; }

Q_SIGNALS:
    // The user asked to edit what is shown (a parcel's "Edit parcel…" link).
    void editRequested(const QString &layer, qint64 fid);

private:
    void showEmpty();
    void applyChange(const ProjectChange &change);
    ProjectFile *m_project = nullptr;
    QString m_layer; // what is shown: a layer and fid, or nothing
    qint64 m_fid = 0;
};
