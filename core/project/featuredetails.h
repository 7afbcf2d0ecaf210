// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ProjectFile;

// The attributes of one map feature as a person reads them: translated field names, coded
// values as words, money in 亿元, land in 亩, and what is linked to it (a parcel's projects).
struct FeatureDetails
{
    Q_DECLARE_TR_FUNCTIONS(FeatureDetails)
public:
    QString title;
    QString kind; // translated layer name
    QList<std::pair<QString, QString>> fields;
    QList<std::pair<QString, QString>> related; // heading → text lines (e.g. linked projects)

    static Result<FeatureDetails> read(ProjectFile &project, const QString &table, qint64 fid);
};
