// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/warnings.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

class ProjectChange;
class ProjectDocument;
class QComboBox;
class QLabel;
class QTableWidget;
class DateEdit;

// The warnings list (预警): what needs action as of a day (today unless changed), from core's
// rules (Warnings::list) with the thresholds the user set (the 规则 button; kept in Settings).
// Filterable by kind; each row leads to its project, parcel or unit. Follows the document's
// changes while visible.
class WarningsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WarningsPanel(QWidget *parent = nullptr);
    void setDocument(ProjectDocument *document);
    void refresh();
    const QList<Warning> &warnings() const { return m_warnings; }
    QTableWidget *table() const { return m_table; }
    void setToday(const QDate &today);

Q_SIGNALS:
    void projectRequested(qint64 fid);
    void parcelRequested(qint64 fid);
    void unitRequested(const QString &unit);
    void loadFailed(const QString &message);
    void countChanged(int count); // warnings listed (before the kind filter)

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showRows();
    void editRules();
    void applyChange(const ProjectChange &change);

    ProjectDocument *m_document = nullptr;
    QList<Warning> m_warnings;
    bool m_stale = true;
    QTimer m_refreshLater;
    DateEdit *m_today;
    QComboBox *m_kind;
    QLabel *m_summary;
    QTableWidget *m_table;
};
