// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/domain/fields.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class ProjectFile;

// The attributes of one feature (a project, parcel, park, unit or enclave) as a person reads
// them, from the field catalogue: translated labels in catalogue order, coded values as words,
// money in 亿元, land in 亩, references by name, and what is linked to it (a parcel's projects, a
// project's parcels). For an audience (Fields::Audience::Public, or any caller while the project
// is in public mode) confidential fields are left out and a confidential project is refused. A
// parcel also gets its area measured on the ellipsoid (亩, 公顷, m²), its 标准地 commitments
// against its figures, its yearly figures with their grade and its history.
struct FeatureDetails
{
    Q_DECLARE_TR_FUNCTIONS(FeatureDetails)
public:
    using Lines = QList<std::pair<QString, QString>>; // label → value
    struct Section
    {
        QString heading; // empty for the first, main section
        Lines fields;
    };

    QString title;
    QString kind;              // translated layer name
    bool confidential = false; // a project marked confidential (the office sees a warning)
    QList<Section> sections;
    Lines related; // heading → what is linked (a parcel's projects, a project's parcels)
    // What needs attention (translated sentences): a registered area off the measured one, a
    // 标准地 plot below its commitments after the deadline.
    QStringList warnings;

    static Result<FeatureDetails> read(ProjectFile &project, const QString &table, qint64 fid,
                                       Fields::Audience audience = Fields::Audience::Office,
                                       const QDate &today = QDate::currentDate());
};
