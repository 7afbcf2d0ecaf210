// SPDX-License-Identifier: GPL-3.0-or-later
#include "projecttablemodel.h"

#include "domain.h"
#include "projectfile.h"

#include <QLocale>

ProjectTableModel::ProjectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status ProjectTableModel::reload(ProjectFile *project)
{
    QList<Row> rows;
    if (project) {
        auto stmt = project->db().prepare(QStringLiteral(
            "SELECT p.fid, p.name, u.name, k.name, p.chain, p.investor_type, p.investment_wan, "
            "p.land_mu, p.stage, p.signed_date, p.lead_official FROM projects p "
            "LEFT JOIN units u ON u.fid = p.unit_id LEFT JOIN parks k ON k.fid = p.park_id "
            "ORDER BY p.fid"));
        if (!stmt)
            return stmt.error();
        for (;;) {
            auto more = stmt->step();
            if (!more)
                return more.error();
            if (!*more)
                break;
            Row row;
            row.fid = stmt->int64(0);
            row.name = stmt->text(1);
            row.unit = stmt->text(2);
            row.park = stmt->text(3);
            row.chain = stmt->text(4);
            row.investorType = stmt->text(5);
            row.investmentWan = stmt->value(6);
            row.landMu = stmt->value(7);
            row.stage = stmt->text(8);
            row.signedDate = QDate::fromString(stmt->text(9), Qt::ISODate);
            row.leadOfficial = stmt->text(10);
            rows << row;
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return {};
}

void ProjectTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

qint64 ProjectTableModel::fidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).fid : 0;
}

int ProjectTableModel::rowOf(qint64 fid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).fid == fid)
            return i;
    }
    return -1;
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == FidRole)
        return row.fid;
    // Sort role: raw numbers and ISO dates so that the proxy sorts by value, not by text.
    const bool sorting = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !sorting) {
        if (role == Qt::TextAlignmentRole
            && (index.column() == Investment || index.column() == Land))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    switch (Column(index.column())) {
    case Name:
        return row.name;
    case Unit:
        return row.unit;
    case Park:
        return row.park;
    case Chain:
        return row.chain;
    case InvestorType:
        return Domain::label(Domain::investorTypes(), row.investorType);
    case Investment:
        if (row.investmentWan.isNull())
            return sorting ? QVariant(-1.0) : QVariant();
        return sorting ? row.investmentWan
                       : QVariant(QLocale().toString(row.investmentWan.toDouble()
                                                         / Domain::kWanPerYi,
                                                     'f', 2));
    case Land:
        if (row.landMu.isNull())
            return sorting ? QVariant(-1.0) : QVariant();
        return sorting ? row.landMu : QVariant(QLocale().toString(row.landMu.toDouble(), 'f', 0));
    case Stage:
        return sorting ? QVariant(Domain::stageIndex(row.stage))
                       : QVariant(Domain::label(Domain::stages(), row.stage));
    case SignedDate:
        return sorting ? QVariant(row.signedDate)
                       : QVariant(row.signedDate.isValid()
                                      ? row.signedDate.toString(Qt::ISODate)
                                      : QString());
    case LeadOfficial:
        return row.leadOfficial;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Project");
    case Unit:
        return tr("Unit");
    case Park:
        return tr("Park");
    case Chain:
        return tr("Industry chain");
    case InvestorType:
        return tr("Investor type");
    case Investment:
        return tr("Investment (100M CNY)");
    case Land:
        return tr("Land (mu)");
    case Stage:
        return tr("Stage");
    case SignedDate:
        return tr("Signed");
    case LeadOfficial:
        return tr("Lead official");
    case ColumnCount:
        break;
    }
    return {};
}
