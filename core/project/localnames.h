// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QHash>
#include <QString>

class ProjectFile;

// Names of units, parks and industry chains in the language of a view or a document: in Chinese
// as stored; in English the project's English names (units.name_en, parks.name_en and the
// chain_names table, schema 5), the Chinese name where there is none. Parcel statuses, land uses
// and other coded values are not names: the vocabulary (Domain) translates them. A value; read
// once on the thread that owns the ProjectFile, then used anywhere.
class LocalNames
{
public:
    // Chinese: every name as it is. English: reads the English names; a project of an older
    // schema has none, and its names stay Chinese.
    static Result<LocalNames> read(ProjectFile &project, bool english);

    bool isEnglish() const { return m_english; }
    // The name of a unit or park (`table` "units" or "parks") called `name` in Chinese.
    QString name(const QString &table, const QString &name) const;
    // An industry chain; a list of chains ("生物医药、智能制造") name by name, joined as the
    // language writes lists.
    QString chain(const QString &chain) const;
    QString chains(const QString &list) const;

private:
    bool m_english = false;
    QHash<QString, QHash<QString, QString>> m_names; // table → Chinese → English
};
