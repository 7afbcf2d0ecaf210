// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ledger/projectquery.h"

#include <QSet>
#include <QWidget>

#include <memory>

class ProjectChange;
class ProjectDocument;
class ProjectFile;
class ProjectTableModel;
class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

// The ledger panel: a filter bar (stage, unit, park, chain, investor type, investment tier,
// signing dates, free text) that wraps on a narrow window, the project table, a totals line for
// what the filter shows (with how many have no location), the choice to show only those on the
// map, and an empty state when nothing matches. The header's context menu chooses columns.
class LedgerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LedgerPanel(QWidget *parent = nullptr);
    // Shows the document's ledger and follows its changes; nullptr shows nothing.
    void setDocument(ProjectDocument *document);
    void refresh(); // the ledger changed
    QTableView *view() const { return m_view; }
    ProjectTableModel *model() const { return m_model; }
    qint64 currentFid() const;
    QString currentName() const; // of the current project, for messages
    bool selectFid(qint64 fid);  // false when the filter leaves the project out
    // The projects the map should draw: those the filter lists while "map shows filtered projects
    // only" is ticked; nullptr for all of them.
    std::shared_ptr<const QSet<qint64>> mapFids() const;
    QCheckBox *mapFilterToggle() const { return m_mapFiltered; }
    // Sets the filter bar to `filter` (what the bar cannot show is left at "any") and has the
    // map show only those projects: the dashboard's "show me these".
    void showFilter(const ProjectFilter &filter);
    // Widens every column whose title does not fit ("Total investment (100M CNY)" in English).
    void fitColumnTitles();

    // What the user set up in the panel, for a panel built anew on the same document (a language
    // switch): the filter bar, the map toggle, columns and sort order, the current project.
    struct ViewState
    {
        ProjectFilter filter;
        bool mapFiltered = false;
        QByteArray header; // QHeaderView::saveState()
        qint64 current = 0;
    };
    ViewState viewState() const;
    void restoreViewState(const ViewState &state);

Q_SIGNALS:
    void currentProjectChanged(qint64 fid);
    void projectActivated(qint64 fid); // double-click: edit
    void loadFailed(const QString &message);
    void mapFilterChanged(); // mapFids() may have changed

private:
    void fillChoices();
    ProjectFilter barFilter() const; // what the filter bar says, typed text included
    void applyFilter();
    void clearFilters();
    void setFilterBar(const ProjectFilter &filter);
    void updateTotals();
    void showColumnMenu(const QPoint &pos);
    void applyChange(const ProjectChange &change);
    // Public mode on or off: confidential columns, the investment tier and total go and come
    // back (core already leaves their values out).
    void applyAudience();

    ProjectFile *m_project = nullptr;
    ProjectTableModel *m_model;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_totals;
    QComboBox *m_stage, *m_unit, *m_park, *m_chain, *m_investorType, *m_tier;
    QCheckBox *m_useDates;
    QDateEdit *m_from, *m_to;
    QLineEdit *m_search;
    QCheckBox *m_mapFiltered;
    bool m_public = false; // the audience the columns were last set up for
};
