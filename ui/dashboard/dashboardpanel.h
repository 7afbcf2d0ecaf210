// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ledger/projectquery.h"
#include "core/stats/dashboard.h"

#include <QColor>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class ProjectChange;
class ProjectDocument;
class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableWidget;

// The dashboard (看板): for a chosen period (month, quarter, half-year, year) and unit (or all),
// the targets against the ledger with the pro-rata marker, the ranking of units (龙虎榜) with the
// change since the month before and 金牛/蜗牛, the pipeline funnel, and signed investment by
// chain, tier and month. Figures come from core (Dashboard::compute); the panel only shows them.
// Clicking a row or a bar asks for the ledger filter that lists those projects (the main window
// applies it, and the map shows them); the ranking can colour the units on the map by
// completion. Follows the document's changes while visible.
class DashboardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPanel(QWidget *parent = nullptr);
    void setDocument(ProjectDocument *document);
    void refresh();
    const DashboardData &data() const { return m_data; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *targetTable() const { return m_targets; }
    QTableWidget *rankingTable() const { return m_ranking; }
    // Chooses the period and unit (nullopt: all units) and refreshes.
    void choose(const DashboardPeriod &period, std::optional<qint64> unitFid);
    // The fill of a unit on the map by its score, against the share of the year elapsed.
    static QColor completionColour(const UnitScore &score, double share);

Q_SIGNALS:
    void filterRequested(const ProjectFilter &filter);
    // The units' fills for the map, or nullptr when the map shows the units' own style.
    void unitFillsChanged(std::shared_ptr<const QHash<qint64, QColor>> fills);
    void loadFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillUnits();
    void fillPeriodIndexes();
    DashboardPeriod chosenPeriod() const;
    std::optional<qint64> chosenUnit() const;
    void showTargets();
    void showRanking();
    void showFunnel();
    void showSigned();
    void emitUnitFills();
    void applyChange(const ProjectChange &change);
    void requestForGroup(const SignedGroup &group);
    QString unitName(qint64 fid) const;

    ProjectDocument *m_document = nullptr;
    DashboardData m_data;
    // Every unit's targets of the period shown: kept while only the unit changes, dropped when
    // the project changes.
    std::optional<DashboardTargets> m_targetsCache;
    bool m_stale = true; // the document changed while the panel was hidden
    QTimer m_refreshLater;
    QHash<qint64, QString> m_unitNames;
    QComboBox *m_kind, *m_index, *m_unit, *m_signedBy;
    QSpinBox *m_year;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_targets, *m_ranking;
    QCheckBox *m_colourMap;
    QChartView *m_funnel, *m_signed;
};
