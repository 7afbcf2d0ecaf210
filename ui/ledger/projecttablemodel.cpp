// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ledger/projecttablemodel.h"

#include "core/domain/fields.h"

namespace {

constexpr int kPage = 256;

} // namespace

ProjectTableModel::ProjectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const Field &field : Fields::projects()) {
        if (field.type != Field::Type::Key)
            m_fields << &field;
    }
}

int ProjectTableModel::columnOf(const QString &fieldKey) const
{
    for (int c = 0; c < m_fields.size(); ++c) {
        if (Fields::key(*m_fields[c]) == fieldKey)
            return c;
    }
    return -1;
}

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
        auto ordered = ProjectQuery::fids(*m_project, m_filter, m_order);
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
    if (column < 0 || column >= m_fields.size())
        return;
    m_order = {Fields::key(*m_fields[column]), order};
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

const ProjectQuery::Values *ProjectTableModel::row(int index) const
{
    const qint64 fid = fidAt(index);
    if (auto it = m_cache.constFind(fid); it != m_cache.constEnd())
        return &*it;
    if (!m_project)
        return nullptr;
    // Load the page around the row in one query.
    const int first = index - index % kPage;
    auto page = ProjectQuery::values(*m_project, m_fids.mid(first, kPage), m_fields);
    if (!page)
        return nullptr;
    if (m_cache.size() > 20 * kPage)
        m_cache.clear(); // a bounded cache: the view only ever shows a screenful
    m_cache.insert(*page);
    auto it = m_cache.constFind(fid);
    return it == m_cache.constEnd() ? nullptr : &*it;
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fids.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fids.size() || index.column() >= m_fields.size())
        return {};
    if (role == FidRole)
        return m_fids.at(index.row());
    const Field &f = *m_fields[index.column()];
    if (role == Qt::TextAlignmentRole)
        return f.isNumber() ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const ProjectQuery::Values *r = row(index.row());
    if (!r)
        return {};
    const QVariant &value = r->at(index.column());
    // Numbers without their unit: the column title states it.
    return f.isNumber() ? Fields::displayNumber(f, value) : Fields::display(f, value);
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_fields.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return Fields::title(*m_fields[section]);
}
