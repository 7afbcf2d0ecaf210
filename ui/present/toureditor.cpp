// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/present/toureditor.h"

#include "core/map/crs/mercator.h"
#include "core/map/tiles/tileprefetch.h"
#include "core/map/tiles/xyztilesource.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "ui/map/mapcanvas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

TourEditor::TourEditor(ProjectDocument &document, const MapCanvas &canvas, TiandituSources tianditu,
                       QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_canvas(canvas)
    , m_tianditu(std::move(tianditu))
    , m_tourBox(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_slides(new QListWidget(this))
    , m_park(new QComboBox(this))
    , m_titleZh(new QLineEdit(this))
    , m_titleEn(new QLineEdit(this))
    , m_textZh(new QPlainTextEdit(this))
    , m_textEn(new QPlainTextEdit(this))
    , m_seconds(new QDoubleSpinBox(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_downloadButton(new QPushButton(tr("Download basemap for offline use…"), this))
{
    setObjectName(QStringLiteral("TourEditor"));
    setWindowTitle(tr("Tours"));

    auto *newButton = new QPushButton(tr("New tour"), this);
    auto *deleteButton = new QPushButton(tr("Delete tour"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Tour:"), this));
    top->addWidget(m_tourBox, 1);
    top->addWidget(newButton);
    top->addWidget(deleteButton);

    auto *addView = new QPushButton(tr("Add the current view"), this);
    auto *addPark = new QPushButton(tr("Add park → available plots"), this);
    auto *up = new QPushButton(tr("Up"), this);
    auto *down = new QPushButton(tr("Down"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    if (auto parks = Lookups::parks(document.store(), Lookups::Order::Name)) {
        for (const Lookups::Choice &park : *parks)
            m_park->addItem(park.name, park.id);
    }
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(up);
    listButtons->addWidget(down);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_slides, 1);
    left->addLayout(listButtons);
    left->addWidget(addView);
    left->addWidget(m_park);
    left->addWidget(addPark);

    m_seconds->setRange(0, 600);
    m_seconds->setDecimals(0);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setSpecialValueText(tr("by hand"));
    m_textZh->setMaximumHeight(80);
    m_textEn->setMaximumHeight(80);
    auto *layersBox = new QGroupBox(tr("Layers shown"), this);
    auto *layersLayout = new QVBoxLayout(layersBox);
    for (const MapLayer &layer : canvas.map().layers) {
        auto *box = new QCheckBox(layer.title, layersBox);
        box->setProperty("layer", layer.id);
        layersLayout->addWidget(box);
        m_layers << box;
        connect(box, &QCheckBox::toggled, this, &TourEditor::slideEdited);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Tour name:"), m_name);
    form->addRow(tr("Title (Chinese):"), m_titleZh);
    form->addRow(tr("Title (English):"), m_titleEn);
    form->addRow(tr("Text (Chinese):"), m_textZh);
    form->addRow(tr("Text (English):"), m_textEn);
    form->addRow(tr("Next slide after:"), m_seconds);
    form->addRow(layersBox);

    auto *middle = new QHBoxLayout;
    middle->addLayout(left, 2);
    middle->addLayout(form, 3);

    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_downloadButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_tourBox, &QComboBox::currentIndexChanged, this, &TourEditor::showTour);
    connect(newButton, &QPushButton::clicked, this, &TourEditor::newTour);
    connect(deleteButton, &QPushButton::clicked, this, &TourEditor::deleteTour);
    connect(addView, &QPushButton::clicked, this, &TourEditor::addCurrentView);
    connect(addPark, &QPushButton::clicked, this, [this] {
        if (Status added = addParkPlots(m_park->currentData().toLongLong()); !added)
            say(added.errorMessage(), true);
    });
    connect(up, &QPushButton::clicked, this, [this] { moveSlide(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSlide(1); });
    connect(remove, &QPushButton::clicked, this, &TourEditor::removeSlide);
    connect(m_slides, &QListWidget::currentRowChanged, this, &TourEditor::showSlide);
    for (QLineEdit *edit : {m_name, m_titleZh, m_titleEn})
        connect(edit, &QLineEdit::textEdited, this, &TourEditor::slideEdited);
    for (QPlainTextEdit *edit : {m_textZh, m_textEn})
        connect(edit, &QPlainTextEdit::textChanged, this, &TourEditor::slideEdited);
    connect(m_seconds, &QDoubleSpinBox::valueChanged, this, &TourEditor::slideEdited);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (Status saved = save(); !saved)
            say(saved.errorMessage(), true);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_downloadButton, &QPushButton::clicked, this, &TourEditor::download);
    loadTours(0);
}

TourEditor::~TourEditor() = default;

void TourEditor::say(const QString &message, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #B02020;") : QString());
    m_status->setText(message);
}

void TourEditor::loadTours(qint64 select)
{
    auto tours = Tours::list(m_document.store());
    if (!tours) {
        say(tours.errorMessage(), true);
        return;
    }
    m_tours = *tours;
    m_loading = true;
    m_tourBox->clear();
    int index = 0;
    for (int i = 0; i < m_tours.size(); ++i) {
        m_tourBox->addItem(m_tours[i].name, m_tours[i].id);
        if (m_tours[i].id == select)
            index = i;
    }
    m_loading = false;
    if (m_tours.isEmpty()) {
        m_tour = Tour{0, tr("Fair tour"), {}};
        m_name->setText(m_tour.name);
        refreshList();
        return;
    }
    m_tourBox->setCurrentIndex(index);
    showTour(index);
}

void TourEditor::showTour(int index)
{
    if (m_loading || index < 0 || index >= m_tours.size())
        return;
    m_tour = m_tours[index];
    m_name->setText(m_tour.name);
    refreshList();
}

void TourEditor::refreshList()
{
    m_loading = true;
    const int keep = m_row;
    m_slides->clear();
    for (int i = 0; i < m_tour.slides.size(); ++i) {
        const Slide &s = m_tour.slides[i];
        QString label = s.title(false);
        if (label.isEmpty())
            label = s.kind == Slide::Kind::ParkPlots ? tr("Park → available plots")
                                                     : tr("View %1").arg(i + 1);
        m_slides->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(label));
    }
    m_loading = false;
    m_row = -1;
    const int row = std::min(keep < 0 ? 0 : keep, int(m_tour.slides.size()) - 1);
    m_slides->setCurrentRow(row);
    showSlide(row);
}

void TourEditor::showSlide(int row)
{
    if (m_loading)
        return;
    m_row = row;
    const bool has = row >= 0 && row < m_tour.slides.size();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_titleZh, m_titleEn, m_textZh, m_textEn, m_seconds})
        w->setEnabled(has);
    m_loading = true;
    const Slide s = has ? m_tour.slides[row] : Slide();
    m_titleZh->setText(s.titleZh);
    m_titleEn->setText(s.titleEn);
    m_textZh->setPlainText(s.textZh);
    m_textEn->setPlainText(s.textEn);
    m_seconds->setValue(s.seconds);
    for (QCheckBox *box : std::as_const(m_layers)) {
        box->setEnabled(has);
        box->setChecked(s.layers.isEmpty() || s.layers.contains(box->property("layer").toString()));
    }
    m_loading = false;
}

void TourEditor::slideEdited()
{
    if (m_loading)
        return;
    m_tour.name = m_name->text();
    if (m_row < 0 || m_row >= m_tour.slides.size())
        return;
    Slide &s = m_tour.slides[m_row];
    s.titleZh = m_titleZh->text();
    s.titleEn = m_titleEn->text();
    s.textZh = m_textZh->toPlainText();
    s.textEn = m_textEn->toPlainText();
    s.seconds = m_seconds->value();
    s.layers.clear();
    for (QCheckBox *box : std::as_const(m_layers)) {
        if (box->isChecked())
            s.layers << box->property("layer").toString();
    }
    if (QListWidgetItem *item = m_slides->item(m_row))
        item->setText(QStringLiteral("%1. %2").arg(m_row + 1).arg(s.title(false)));
}

void TourEditor::addCurrentView()
{
    Slide slide;
    const QRectF e = m_canvas.extent();
    slide.lonLat = QRectF(WebMercator::toLonLat(e.left(), e.top()),
                          WebMercator::toLonLat(e.right(), e.bottom()))
                       .normalized();
    for (const MapLayer &layer : m_canvas.map().layers) {
        if (layer.visible)
            slide.layers << layer.id;
    }
    slide.titleZh = tr("View %1").arg(m_tour.slides.size() + 1);
    m_tour.slides.insert(m_row + 1, slide);
    m_row = m_row + 1;
    refreshList();
}

Status TourEditor::addParkPlots(qint64 parkId)
{
    auto slide = Tours::parkPlotsSlide(m_document.store(), parkId);
    if (!slide)
        return slide.error();
    m_tour.slides.insert(m_row + 1, *slide);
    m_row = m_row + 1;
    refreshList();
    return {};
}

void TourEditor::moveSlide(int delta)
{
    const int to = m_row + delta;
    if (m_row < 0 || to < 0 || to >= m_tour.slides.size())
        return;
    m_tour.slides.swapItemsAt(m_row, to);
    m_row = to;
    refreshList();
}

void TourEditor::removeSlide()
{
    if (m_row < 0 || m_row >= m_tour.slides.size())
        return;
    m_tour.slides.removeAt(m_row);
    m_row = std::min(m_row, int(m_tour.slides.size()) - 1);
    refreshList();
}

void TourEditor::newTour()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New tour"), tr("Name of the tour:"),
                                               QLineEdit::Normal, tr("Fair tour"), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_tour = Tour{0, name.trimmed(), {}};
    m_name->setText(m_tour.name);
    m_row = -1;
    refreshList();
}

void TourEditor::deleteTour()
{
    if (!m_tour.id)
        return;
    if (Status done = Tours::remove(m_document, m_tour.id); !done) {
        say(done.errorMessage(), true);
        return;
    }
    say(tr("Tour deleted. Edit → Undo brings it back."));
    loadTours(0);
}

Status TourEditor::save()
{
    m_tour.name = m_name->text().trimmed();
    auto id = Tours::save(m_document, m_tour);
    if (!id)
        return id.error();
    say(tr("Tour \"%1\" saved in the project (%n slide(s)).", nullptr, int(m_tour.slides.size()))
            .arg(m_tour.name));
    m_row = -1;
    loadTours(*id);
    return {};
}

QString TourEditor::offlinePath() const
{
    const QFileInfo project(m_document.path());
    return project.dir().filePath(project.completeBaseName() + QStringLiteral(".tiles.mbtiles"));
}

void TourEditor::download()
{
    if (m_prefetch && m_prefetch->isRunning()) {
        m_prefetch->cancel();
        return;
    }
    const auto [base, overlay] = m_tianditu ? m_tianditu() : decltype(m_tianditu())();
    if (!base) {
        say(tr("Choose a Tianditu basemap (View → Basemap) and enter your token in Preferences "
               "first: only Tianditu tiles, with their map approval number, are downloaded."),
            true);
        return;
    }
    QList<QRectF> extents;
    for (const Slide &slide : std::as_const(m_tour.slides)) {
        auto stop = Tours::resolve(m_document.store(), slide, false);
        if (!stop)
            continue;
        extents << stop->to;
        if (!stop->from.isNull())
            extents << stop->from;
    }
    if (extents.isEmpty()) {
        say(tr("The tour has no slides to download tiles for."), true);
        return;
    }
    const QList<TileId> tiles = TilePrefetch::plan(extents, QSize(1920, 1080), base->maxZoom());
    m_prefetch = std::make_unique<TilePrefetch>(base, overlay);
    connect(m_prefetch.get(), &TilePrefetch::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_prefetch.get(), &TilePrefetch::finished, this,
            [this](bool ok, const QString &problem, int downloaded, int skipped) {
                m_progress->setVisible(false);
                m_downloadButton->setText(tr("Download basemap for offline use…"));
                if (!ok) {
                    say(problem, true);
                    return;
                }
                m_downloaded = offlinePath();
                say(tr("%1 tiles downloaded, %2 already there: %3. Choose it as the basemap "
                       "(View → Basemap → Add MBTiles) to present without network.")
                        .arg(downloaded)
                        .arg(skipped)
                        .arg(QFileInfo(m_downloaded).fileName()));
            });
    if (Status started = m_prefetch->start(tiles, offlinePath()); !started) {
        say(started.errorMessage(), true);
        return;
    }
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_downloadButton->setText(tr("Cancel the download"));
    say(tr("Downloading %n tile(s) at a pace the service allows…", nullptr, int(tiles.size())));
}
