// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/ledger/projectquery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QVariant>

class ProjectFile;

// The project ledger as a table, one row per project. SQLite filters and sorts; the model keeps
// only the ordered fids and loads row contents page by page as the view asks for them, so it stays
// smooth at 100 000 projects. Money is shown in 亿元 with two decimals (stored in 万元), land in
// 亩.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Unit,
        Park,
        Chain,
        InvestorType,
        Investment,
        Land,
        Stage,
        SignedDate,
        LeadOfficial,
        Investor,
        ColumnCount
    };
    static constexpr int FidRole = Qt::UserRole + 1;

    explicit ProjectTableModel(QObject *parent = nullptr);

    void setProject(ProjectFile *project);
    void setFilter(const ProjectFilter &filter);
    const ProjectFilter &filter() const { return m_filter; }
    // Count, Σ investment and Σ land of what the filter shows.
    const ProjectQuery::Totals &totals() const { return m_totals; }
    Status reload();
    qint64 fidAt(int row) const;
    int rowOf(qint64 fid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    const ProjectRow *row(int index) const;

    ProjectFile *m_project = nullptr;
    ProjectFilter m_filter;
    QString m_orderBy;
    QList<qint64> m_fids;
    ProjectQuery::Totals m_totals;
    QHash<qint64, int> m_rowOfFid;
    mutable QHash<qint64, ProjectRow> m_cache;
};
