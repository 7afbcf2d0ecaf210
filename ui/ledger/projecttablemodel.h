// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/ledger/projectquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVariant>

class ProjectFile;
struct Field;

// The project ledger as a table, one row per project and one column per field of the catalogue
// (Fields::projects(), all but the key; the panel shows the usual ones and offers the rest).
// SQLite filters and sorts; the model keeps only the ordered fids and loads row contents page by
// page as the view asks for them, so it stays smooth at 100 000 projects. Money is shown in 亿元
// with two decimals (stored in 万元), land in 亩, codes as words.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int FidRole = Qt::UserRole + 1;

    explicit ProjectTableModel(QObject *parent = nullptr);

    // The catalogue field a column shows; the column of a field key (-1 when none).
    const Field &field(int column) const { return *m_fields.at(column); }
    int columnOf(const QString &fieldKey) const;

    void setProject(ProjectFile *project);
    void setFilter(const ProjectFilter &filter);
    const ProjectFilter &filter() const { return m_filter; }
    // Count, Σ investment and Σ land of what the filter shows.
    const ProjectQuery::Totals &totals() const { return m_totals; }
    Status reload();
    const QList<qint64> &fids() const { return m_fids; } // what the filter shows, in order
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
    const ProjectQuery::Values *row(int index) const;

    QList<const Field *> m_fields;
    ProjectFile *m_project = nullptr;
    ProjectFilter m_filter;
    ProjectQuery::ProjectOrder m_order;
    QList<qint64> m_fids;
    ProjectQuery::Totals m_totals;
    QHash<qint64, int> m_rowOfFid;
    mutable QHash<qint64, ProjectQuery::Values> m_cache;
};
