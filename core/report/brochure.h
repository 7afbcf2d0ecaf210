// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

class ProjectFile;
class TileSource;

struct BrochureOptions
{
    QString park;                            // the park's name, Chinese or English
    QString language = QStringLiteral("zh"); // "zh" or "en"
    QString contact;                         // the contact line; empty: the unit's promotion office
    QDate date;                              // of the edition; invalid: today
    std::shared_ptr<TileSource> basemap, basemapOverlay; // optional, with their attribution
};

struct BrochureSummary
{
    int pages = 0;
    int availablePlots = 0; // reserve and listed parcels
    double availableMu = 0;
    int idlePlots = 0; // idle and low-efficiency parcels
    int projects = 0;  // signed or later, public ones
};

// The park brochure (投资指南 / 推介手册): A4 pages in Chinese or English with the park on the map
// (its available and idle plots coloured, legend, scale bar, north arrow, attribution), key
// figures (planned area, available and idle land, lead chains, projects and their investment,
// 亩均税收), the table of available and revitalisable plots (area, use, status), the park's
// public projects and a contact line. Always public (ProjectFile::audience is Public while it is
// written): no confidential project or field appears. Sums of confidential amounts (investment,
// tax per mu) over a park are shown only when at least kMinAggregate values make them up, so
// that no single project's or plot's figure can be read from a total. Names in English come from
// LocalNames. Only reads the project; the PDF is written under a temporary name and renamed into
// place. The thread that owns the ProjectFile; needs a QGuiApplication (fonts).
class Brochure
{
    Q_DECLARE_TR_FUNCTIONS(Brochure)
public:
    static constexpr int kMinAggregate = 3;
    static constexpr int kMaxProjectsListed = 20;

    static Result<BrochureSummary> write(ProjectFile &project, const BrochureOptions &options,
                                         const QString &path);
    // The names of the parks a brochure can be written for, in the project's order.
    static Result<QStringList> parks(ProjectFile &project);
};
