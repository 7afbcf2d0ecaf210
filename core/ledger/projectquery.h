// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/domain/fields.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

class ProjectFile;

// Which projects to list. Empty fields do not filter. Text search finds Chinese substrings in the
// name, the investor and the notes ("新能源" finds "爱玛新能源智慧出行"); in public mode in the
// name only, so that a confidential field cannot be probed by searching. Filtering happens in SQL.
struct ProjectFilter
{
    QString stage; // stage code
    QString unit;  // unit name
    QString search;
    QString park;                // park name
    QString chain;               // industry chain
    QString investorType;        // code
    double minInvestmentWan = 0; // tiers are inclusive: ≥ 1 亿元 is ≥ 10 000 万元
    QDate signedFrom, signedTo;

    bool operator==(const ProjectFilter &) const = default;
};

struct ProjectRow
{
    qint64 fid = 0;
    QString name, investor, unit, park, chain, stage, investorType, leadOfficial;
    QVariant investmentWan, landMu;
    QDate signedDate;
    QJsonObject toJson() const;
};

// Every function reads as the project's audience (ProjectFile::audience()): in public mode
// confidential projects are not there at all and confidential fields read as null.
namespace ProjectQuery {
Result<QList<ProjectRow>> list(ProjectFile &project, const ProjectFilter &filter);
// The same rows handed to `take` one at a time as they are read, so that a ledger of any size
// (or with texts of megabytes) is never held whole in memory; an Error when reading fails
// part-way.
Status forEach(ProjectFile &project, const ProjectFilter &filter,
               const std::function<void(const ProjectRow &)> &take);
// The rows of these projects (any order; missing fids are left out).
Result<QList<ProjectRow>> rows(ProjectFile &project, const QList<qint64> &fids);
// How many projects match, their total investment (万元) and land (亩): the ledger's totals
// line; and how many of them have no location (they are in the ledger but not on the map).
struct Totals
{
    qint64 count = 0;
    double investmentWan = 0; // 0 and not to be shown when !investmentShown
    double landMu = 0;
    qint64 withoutLocation = 0;
    // False in public mode: investment is confidential, and a total over a filter the user
    // chooses would give one project's amount away (filter down to it, or take the difference).
    bool investmentShown = true;
};
// How to order the ledger: by a field of the catalogue (Fields::projects()), NULLs last whatever
// the direction; coded values in their list's order (stages in lifecycle order), references by
// name. An empty or unknown key, or a field the audience may not see (sorting by an amount in
// public would rank the hidden amounts), orders by fid.
struct ProjectOrder
{
    QString fieldKey;
    Qt::SortOrder order = Qt::AscendingOrder;
};
// The fids of matching projects in `order`, and their totals, in one pass over the table.
struct OrderedFids
{
    QList<qint64> fids;
    Totals totals;
};
Result<OrderedFids> fids(ProjectFile &project, const ProjectFilter &filter,
                         const ProjectOrder &order = {});
Result<Totals> totals(ProjectFile &project, const ProjectFilter &filter);
Result<qint64> count(ProjectFile &project, const ProjectFilter &filter);
// The WHERE clause (with "WHERE", or empty) and its arguments; p = projects, u = units. For the
// public the confidential projects are left out and the search reads the name only.
std::pair<QString, QVariantList> whereClause(const ProjectFilter &filter,
                                             Fields::Audience audience);

// Catalogue fields (Fields::projects()) as the ledger shows them: references as names, the
// location as longitude/latitude degrees, everything else as stored.
using Values = QVariantList; // one value per requested field
// The values of `fields` for these projects, by fid (missing fids are left out), for display:
// texts are read to Fields::kShownChars + 1 characters (Fields::display elides them).
Result<QHash<qint64, Values>> values(ProjectFile &project, const QList<qint64> &fids,
                                     const QList<const Field *> &fields);
// Every project the filter matches, by fid, with the values of `fields`: one query.
struct Record
{
    qint64 fid = 0;
    Values values;
};
Result<QList<Record>> records(ProjectFile &project, const ProjectFilter &filter,
                              const QList<const Field *> &fields);
// The activity log of the projects the filter matches, one row of Fields::events() per entry,
// by project and then in the order entries were made.
Result<QList<Values>> events(ProjectFile &project, const ProjectFilter &filter);
} // namespace ProjectQuery
