// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVariant>

class ProjectFile;

// The project ledger as a table: one row per project. Money is shown in 亿元 with two decimals
// (stored in 万元), land in 亩. Reads the whole table on reload(); the ledger issue replaces this
// with SQL-side filtering and sorting for 100 000 projects.
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
        ColumnCount
    };
    // Role giving the project's fid for any cell.
    static constexpr int FidRole = Qt::UserRole + 1;

    explicit ProjectTableModel(QObject *parent = nullptr);

    Status reload(ProjectFile *project);
    void clear();
    qint64 fidAt(int row) const;
    int rowOf(qint64 fid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 fid = 0;
        QString name, unit, park, chain, investorType, stage, leadOfficial;
        QVariant investmentWan, landMu;
        QDate signedDate;
    };
    QList<Row> m_rows;
};
