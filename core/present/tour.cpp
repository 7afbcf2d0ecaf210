// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/present/tour.h"

#include "core/base/i18n.h"
#include "core/commands/commands.h"
#include "core/map/crs/mercator.h"
#include "core/project/localnames.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString kTours = QStringLiteral("tours");
const QString kSlides = QStringLiteral("tour_slides");

QString kindCode(Slide::Kind kind)
{
    return kind == Slide::Kind::ParkPlots ? QStringLiteral("park_plots") : QStringLiteral("view");
}

Slide::Kind kindOf(const QString &code)
{
    return code == QLatin1String("park_plots") ? Slide::Kind::ParkPlots : Slide::Kind::View;
}

QRectF mercator(const QRectF &lonLat)
{
    return QRectF(WebMercator::fromLonLat(lonLat.left(), lonLat.top()),
                  WebMercator::fromLonLat(lonLat.right(), lonLat.bottom()))
        .normalized();
}

QVariant orNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

QVariantMap slideRow(qint64 id, qint64 tourId, int position, const Slide &slide)
{
    QJsonArray layers;
    for (const QString &layer : slide.layers)
        layers.append(layer);
    const bool view = slide.kind == Slide::Kind::View;
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tour_id"), tourId},
            {QStringLiteral("position"), position},
            {QStringLiteral("kind"), kindCode(slide.kind)},
            {QStringLiteral("title_zh"), orNull(slide.titleZh)},
            {QStringLiteral("title_en"), orNull(slide.titleEn)},
            {QStringLiteral("text_zh"), orNull(slide.textZh)},
            {QStringLiteral("text_en"), orNull(slide.textEn)},
            {QStringLiteral("min_x"), view ? QVariant(slide.lonLat.left()) : QVariant()},
            {QStringLiteral("min_y"), view ? QVariant(slide.lonLat.top()) : QVariant()},
            {QStringLiteral("max_x"), view ? QVariant(slide.lonLat.right()) : QVariant()},
            {QStringLiteral("max_y"), view ? QVariant(slide.lonLat.bottom()) : QVariant()},
            {QStringLiteral("layers"),
             slide.layers.isEmpty() ? QVariant()
                                    : QVariant(QString::fromUtf8(
                                        QJsonDocument(layers).toJson(QJsonDocument::Compact)))},
            {QStringLiteral("park_id"), view ? QVariant() : QVariant(slide.parkId)},
            {QStringLiteral("seconds"), slide.seconds}};
}

// The Web Mercator bounds of rows of a feature table, from its R-tree; null when none.
Result<QRectF> bounds(ProjectFile &project, const QString &table, const QString &where,
                      const QVariantList &args)
{
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT min(r.minx), min(r.miny), max(r.maxx), max(r.maxy) FROM %1 t "
                       "JOIN rtree_%1_geom r ON r.id = t.fid WHERE %2")
            .arg(table, where));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args);
    const SqliteStep row = stmt->step();
    if (row.failed())
        return row.error();
    if (!row.hasRow() || stmt->isNull(0))
        return QRectF();
    return mercator(
        QRectF(QPointF(stmt->real(0), stmt->real(1)), QPointF(stmt->real(2), stmt->real(3))));
}

// Adds the deletion of every slide of a tour to `set`.
Status deleteSlides(ProjectFile &project, qint64 tourId, ChangeSet &set)
{
    auto slides = project.db().prepare(
        QStringLiteral("SELECT id FROM tour_slides WHERE tour_id = ?1 ORDER BY id"));
    if (!slides)
        return slides.error();
    slides->bind(1, tourId);
    QList<qint64> ids;
    if (Status done = slides->forEachRow([&] { ids << slides->int64(0); }); !done)
        return done;
    for (qint64 id : std::as_const(ids)) {
        auto row = ChangeSet::readRow(project, kSlides, QStringLiteral("id"), id);
        if (!row)
            return row.error();
        set.add({kSlides, QStringLiteral("id"), id, *row, {}});
    }
    return {};
}

QRectF grown(const QRectF &rect, double share, double minimum)
{
    const double grow = std::max(minimum, std::max(rect.width(), rect.height()) * share);
    return rect.adjusted(-grow, -grow, grow, grow);
}

} // namespace

QString Slide::title(bool english) const
{
    const QString wanted = english ? titleEn : titleZh;
    return wanted.trimmed().isEmpty() ? (english ? titleZh : titleEn) : wanted;
}

QString Slide::text(bool english) const
{
    const QString wanted = english ? textEn : textZh;
    return wanted.trimmed().isEmpty() ? (english ? textZh : textEn) : wanted;
}

Result<QList<Tour>> Tours::list(ProjectFile &project)
{
    QList<Tour> tours;
    if (!project.db().tableExists(kTours))
        return tours; // a project of an older schema has none
    auto stmt = project.db().prepare(QStringLiteral("SELECT id, name FROM tours ORDER BY id"));
    if (!stmt)
        return stmt.error();
    if (Status done = stmt->forEachRow([&] {
            tours.append({stmt->int64(0), stmt->text(1), {}});
        });
        !done)
        return done.error();
    auto slides = project.db().prepare(QStringLiteral(
        "SELECT tour_id, id, kind, title_zh, title_en, text_zh, text_en, min_x, min_y, max_x, "
        "max_y, layers, park_id, seconds FROM tour_slides ORDER BY tour_id, position, id"));
    if (!slides)
        return slides.error();
    Status done = slides->forEachRow([&] {
        Slide s;
        s.id = slides->int64(1);
        s.kind = kindOf(slides->text(2));
        s.titleZh = slides->text(3);
        s.titleEn = slides->text(4);
        s.textZh = slides->text(5);
        s.textEn = slides->text(6);
        if (!slides->isNull(7))
            s.lonLat = QRectF(QPointF(slides->real(7), slides->real(8)),
                              QPointF(slides->real(9), slides->real(10)));
        for (const QJsonValue &v : QJsonDocument::fromJson(slides->text(11).toUtf8()).array())
            s.layers << v.toString();
        s.parkId = slides->int64(12);
        s.seconds = slides->real(13);
        for (Tour &tour : tours) {
            if (tour.id == slides->int64(0))
                tour.slides << s;
        }
    });
    if (!done)
        return done.error();
    return tours;
}

Result<qint64> Tours::save(ProjectDocument &document, const Tour &tour)
{
    ProjectFile &project = document.store();
    if (!project.db().tableExists(kTours))
        return Error{tr("This project was made by an older version: open it for editing to "
                        "upgrade it, then save the tour.")};
    if (tour.name.trimmed().isEmpty())
        return Error{tr("A tour needs a name.")};
    auto clash
        = project.db().scalar(QStringLiteral("SELECT id FROM tours WHERE name = ?1 AND id != ?2"),
                              {tour.name.trimmed(), tour.id});
    if (!clash)
        return clash.error();
    if (clash->isValid())
        return Error{tr("There is already a tour called %1.").arg(tour.name.trimmed())};
    ChangeSet set;
    const qint64 tourId
        = tour.id ? tour.id : Commands::nextKey(project, kTours, QStringLiteral("id"));
    const QVariantMap after{{QStringLiteral("id"), tourId},
                            {QStringLiteral("name"), tour.name.trimmed()}};
    QVariantMap before;
    if (tour.id) {
        auto row = ChangeSet::readRow(project, kTours, QStringLiteral("id"), tour.id);
        if (!row)
            return row.error();
        if (row->isEmpty())
            return Error{tr("The tour no longer exists.")};
        before = *row;
    }
    if (before != after)
        set.add({kTours, QStringLiteral("id"), tourId, before, after});
    // The slides are replaced: the old rows go, the new ones come with fresh keys.
    if (tour.id) {
        if (Status deleted = deleteSlides(project, tour.id, set); !deleted)
            return deleted.error();
    }
    qint64 next = Commands::nextKey(project, kSlides, QStringLiteral("id"));
    for (int i = 0; i < tour.slides.size(); ++i) {
        const qint64 id = next++;
        set.add({kSlides, QStringLiteral("id"), id, {}, slideRow(id, tourId, i, tour.slides[i])});
    }
    if (Status done
        = Commands::apply(document, std::move(set), tr("Save tour %1").arg(tour.name.trimmed()));
        !done)
        return done.error();
    return tourId;
}

Status Tours::remove(ProjectDocument &document, qint64 tourId)
{
    ProjectFile &project = document.store();
    auto row = ChangeSet::readRow(project, kTours, QStringLiteral("id"), tourId);
    if (!row)
        return row.error();
    if (row->isEmpty())
        return Error{tr("The tour no longer exists.")};
    ChangeSet set;
    if (Status deleted = deleteSlides(project, tourId, set); !deleted)
        return deleted;
    set.add({kTours, QStringLiteral("id"), tourId, *row, {}});
    return Commands::apply(document, std::move(set),
                           tr("Delete tour %1").arg(row->value(QStringLiteral("name")).toString()));
}

Result<Slide> Tours::parkPlotsSlide(ProjectFile &project, qint64 parkId)
{
    auto name
        = project.db().scalar(QStringLiteral("SELECT name FROM parks WHERE fid = ?1"), {parkId});
    if (!name)
        return name.error();
    if (!name->isValid())
        return Error{tr("The park no longer exists.")};
    auto english = LocalNames::read(project, true);
    if (!english)
        return english.error();
    // Both languages whatever the program speaks: the slide is shown in either.
    const char *title = QT_TRANSLATE_NOOP("Tours", "%1: land available");
    Slide slide;
    slide.kind = Slide::Kind::ParkPlots;
    slide.parkId = parkId;
    slide.titleZh = I18n::DocumentLanguage(QStringLiteral("zh"))
                        .translate("Tours", title)
                        .arg(name->toString());
    slide.titleEn = I18n::DocumentLanguage(QStringLiteral("en"))
                        .translate("Tours", title)
                        .arg(english->name(QStringLiteral("parks"), name->toString()));
    return slide;
}

Result<SlideStop> Tours::resolve(ProjectFile &project, const Slide &slide, bool english)
{
    SlideStop stop;
    stop.title = slide.title(english);
    stop.text = slide.text(english);
    if (slide.kind == Slide::Kind::View) {
        stop.to = mercator(slide.lonLat);
        return stop;
    }
    auto park
        = bounds(project, QStringLiteral("parks"), QStringLiteral("t.fid = ?1"), {slide.parkId});
    if (!park)
        return park.error();
    if (park->isNull())
        return Error{
            tr("The park of slide \"%1\" no longer exists or has no outline.").arg(stop.title)};
    stop.from = grown(*park, 0.08, 300);
    const QString available
        = QStringLiteral("t.park_id = ?1 AND t.status IN ('reserve', 'listed')");
    auto plots = bounds(project, QStringLiteral("parcels"), available, {slide.parkId});
    if (!plots)
        return plots.error();
    stop.to = plots->isNull() ? stop.from : grown(*plots, 0.15, 150);
    stop.highlightsParcels = true;
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT t.fid, t.area_mu FROM parcels t WHERE %1").arg(available));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, slide.parkId);
    double mu = 0;
    if (Status done = stmt->forEachRow([&] {
            stop.parcels.insert(stmt->int64(0));
            mu += stmt->real(1);
        });
        !done)
        return done.error();
    // Figures under the title, unless the author wrote a text of their own.
    if (stop.text.isEmpty()) {
        const char *plots = QT_TRANSLATE_N_NOOP("Tours", "%n plot(s) available, %1 mu");
        const I18n::DocumentLanguage language(english ? QStringLiteral("en")
                                                      : QStringLiteral("zh"));
        stop.text = language.translate("Tours", plots, nullptr, int(stop.parcels.size()))
                        .arg(language.locale().toString(mu, 'f', 0));
    }
    return stop;
}
