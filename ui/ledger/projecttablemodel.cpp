// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ledger/projecttablemodel.h"

#include "core/domain/domain.h"
#include "core/storage/projectfile.h"

#include <QLocale>

namespace {

constexpr int kPage = 256;

// The SQL that sorts by a column, NULLs last whatever the direction.
QString orderExpression(int column)
{
    switch (ProjectTableModel::Column(column)) {
    case ProjectTableModel::Name:
        return QStringLiteral("p.name");
    case ProjectTableModel::Unit:
        return QStringLiteral("u.name");
    case ProjectTableModel::Park:
        return QStringLiteral("k.name");
    case ProjectTableModel::Chain:
        return QStringLiteral("p.chain");
    case ProjectTableModel::InvestorType:
        return QStringLiteral("p.investor_type");
    case ProjectTableModel::Investment:
        return QStringLiteral("p.investment_wan");
    case ProjectTableModel::Land:
        return QStringLiteral("p.land_mu");
    case ProjectTableModel::Stage: {
        QStringList cases;
        const QStringList stages = Domain::codes(Domain::stages());
        for (int i = 0; i < stages.size(); ++i)
            cases << QStringLiteral("WHEN '%1' THEN %2").arg(stages[i]).arg(i);
        return QStringLiteral("CASE p.stage %1 END").arg(cases.join(QLatin1Char(' ')));
    }
    case ProjectTableModel::SignedDate:
        return QStringLiteral("p.signed_date");
    case ProjectTableModel::LeadOfficial:
        return QStringLiteral("p.lead_official");
    case ProjectTableModel::Investor:
        return QStringLiteral("p.investor");
    case ProjectTableModel::ColumnCount:
        break;
    }
    return QStringLiteral("p.fid");
}

} // namespace

ProjectTableModel::ProjectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProjectTableModel::setProject(ProjectFile *project)
{
    m_project = project;
    if (Status done = reload(); !done)
        Q_EMIT loadFailed(done.errorMessage());
}

void ProjectTableModel::setFilter(const ProjectFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (Status done = reload(); !done)
        Q_EMIT loadFailed(done.errorMessage());
}

Status ProjectTableModel::reload()
{
    ProjectQuery::OrderedFids found;
    if (m_project) {
        auto ordered = ProjectQuery::fids(*m_project, m_filter, m_orderBy);
        if (!ordered)
            return ordered.error();
        found = ordered.takeValue();
    }
    beginResetModel();
    m_fids = found.fids;
    m_totals = found.totals;
    m_rowOfFid.clear();
    for (int i = 0; i < m_fids.size(); ++i)
        m_rowOfFid.insert(m_fids[i], i);
    m_cache.clear();
    endResetModel();
    return {};
}

void ProjectTableModel::sort(int column, Qt::SortOrder order)
{
    const QString expression = orderExpression(column);
    const QString direction
        = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    m_orderBy = QStringLiteral("(%1) IS NULL, %1 %2").arg(expression, direction);
    if (Status done = reload(); !done)
        Q_EMIT loadFailed(done.errorMessage());
}

qint64 ProjectTableModel::fidAt(int row) const
{
    return row >= 0 && row < m_fids.size() ? m_fids.at(row) : 0;
}

int ProjectTableModel::rowOf(qint64 fid) const
{
    return m_rowOfFid.value(fid, -1);
}

const ProjectRow *ProjectTableModel::row(int index) const
{
    const qint64 fid = fidAt(index);
    if (auto it = m_cache.constFind(fid); it != m_cache.constEnd())
        return &*it;
    if (!m_project)
        return nullptr;
    // Load the page around the row in one query.
    const int first = index - index % kPage;
    auto page = ProjectQuery::rows(*m_project, m_fids.mid(first, kPage));
    if (!page)
        return nullptr;
    if (m_cache.size() > 20 * kPage)
        m_cache.clear(); // a bounded cache: the view only ever shows a screenful
    for (const ProjectRow &r : *page)
        m_cache.insert(r.fid, r);
    auto it = m_cache.constFind(fid);
    return it == m_cache.constEnd() ? nullptr : &*it;
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fids.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fids.size())
        return {};
    if (role == FidRole)
        return m_fids.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return (index.column() == Investment || index.column() == Land)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const ProjectRow *r = row(index.row());
    if (!r)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Name:
        return r->name;
    case Unit:
        return r->unit;
    case Park:
        return r->park;
    case Chain:
        return r->chain;
    case InvestorType:
        return r->investorType.isEmpty() ? QString()
                                         : Domain::label(Domain::investorTypes(), r->investorType);
    case Investment:
        return r->investmentWan.isNull()
                   ? QVariant()
                   : QVariant(
                       locale.toString(r->investmentWan.toDouble() / Domain::kWanPerYi, 'f', 2));
    case Land:
        return r->landMu.isNull() ? QVariant()
                                  : QVariant(locale.toString(r->landMu.toDouble(), 'f', 0));
    case Stage:
        return Domain::label(Domain::stages(), r->stage);
    case SignedDate:
        return r->signedDate.isValid() ? r->signedDate.toString(Qt::ISODate) : QString();
    case LeadOfficial:
        return r->leadOfficial;
    case Investor:
        return r->investor;
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
    case Investor:
        return tr("Investor");
    case ColumnCount:
        break;
    }
    return {};
}
