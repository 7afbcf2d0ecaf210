// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

class ProjectFile;

// Shows the attributes of the selected project, with Chinese labels and its milestone dates.
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    void setProject(ProjectFile *project);
    void showProject(qint64 fid);
    // Any map feature; projects get the project view with milestones.
    void showFeature(const QString &layer, qint64 fid);

private:
    void showEmpty();
    ProjectFile *m_project = nullptr;
};
