// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gis/importpages.h"

#include "core/domain/fields.h"
#include "core/gis/vectorpresets.h"
#include "core/map/projectlayers.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"
#include "ui/gis/crschooser.h"
#include "ui/gis/importwizard.h"
#include "ui/widgets/scrollsafecombobox.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// Rows of the preview table.
constexpr int kPreviewRows = 20;
// Rejected and flagged features listed in the report; the rest are counted.
constexpr int kListedIssues = 200;

QLabel *wrappingLabel(QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("color: #A4262C;"));
    label->setText(text);
}

QTableWidget *table(QWidget *parent, const QString &objectName)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->verticalHeader()->hide();
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

QString origin(const QString &code)
{
    if (code == QLatin1String("file"))
        return ImportSourcePage::tr("from the file");
    if (code == QLatin1String("option"))
        return ImportSourcePage::tr("chosen");
    if (code == QLatin1String("guessed"))
        return ImportSourcePage::tr("guessed from the coordinates");
    if (code == QLatin1String("near"))
        return ImportSourcePage::tr("the project's zone, guessed");
    if (code == QLatin1String("cpg"))
        return ImportSourcePage::tr("from the .cpg file");
    if (code == QLatin1String("detected"))
        return ImportSourcePage::tr("detected");
    return ImportSourcePage::tr("fixed by the format");
}

QString offsetText(VectorImport::WebOffset offset)
{
    switch (offset) {
    case VectorImport::WebOffset::Gcj02:
        return ImportCrsPage::tr("Amap / Tencent (GCJ-02)");
    case VectorImport::WebOffset::Bd09:
        return ImportCrsPage::tr("Baidu (BD-09)");
    default:
        return ImportCrsPage::tr("None: survey data, GPS, Tianditu");
    }
}

} // namespace

// 1. Source ------------------------------------------------------------------------------------

ImportSourcePage::ImportSourcePage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_sourceLayer(new ScrollSafeComboBox(this))
    , m_sourceLayerLabel(new QLabel(tr("Layer in the file"), this))
    , m_target(new ScrollSafeComboBox(this))
    , m_preset(new ScrollSafeComboBox(this))
    , m_status(wrappingLabel(this, QStringLiteral("SourceStatus")))
{
    setTitle(tr("Source"));
    setSubTitle(tr("A Shapefile (also zipped), GeoPackage, GeoJSON, KML/KMZ, GPX, DXF, File "
                   "Geodatabase, or a CSV/XLSX table with coordinate columns."));
    m_path->setObjectName(QStringLiteral("SourcePath"));
    m_sourceLayer->setObjectName(QStringLiteral("SourceLayer"));
    m_target->setObjectName(QStringLiteral("TargetLayer"));
    m_preset->setObjectName(QStringLiteral("Preset"));
    auto *browse = new QPushButton(tr("Choose file…"), this);
    auto *folder = new QPushButton(tr("Folder (.gdb)…"), this);
    connect(browse, &QPushButton::clicked, this, [this] { this->browse(false); });
    connect(folder, &QPushButton::clicked, this, [this] { this->browse(true); });
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_wizard.path())
            setPath(m_path->text());
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    pathRow->addWidget(folder);
    for (const QString &layer : VectorImport::layers())
        m_target->addItem(ProjectLayers::title(layer), layer);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard.options().layer = m_target->currentData().toString();
        m_wizard.options().mapping.clear(); // another layer's fields: guess again
        m_wizard.options().values.clear();
    });
    connect(m_sourceLayer, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard.options().sourceLayer = m_sourceLayer->currentData().toString();
        readSource();
    });
    m_preset->addItem(tr("(none: guess from the file)"), QString());
    if (auto names = VectorPresets::names(m_wizard.document().store()))
        for (const QString &name : *names)
            m_preset->addItem(name, name);

    auto *form = new QFormLayout;
    form->addRow(tr("File"), pathRow);
    form->addRow(m_sourceLayerLabel, m_sourceLayer);
    form->addRow(tr("Import into"), m_target);
    form->addRow(tr("Preset"), m_preset);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    m_sourceLayer->hide();
    m_sourceLayerLabel->hide();
}

void ImportSourcePage::initializePage()
{
    m_target->setCurrentIndex(std::max(0, m_target->findData(m_wizard.options().layer)));
}

void ImportSourcePage::browse(bool folder)
{
    const QString path
        = folder ? QFileDialog::getExistingDirectory(this, tr("File Geodatabase folder (.gdb)"))
                 : QFileDialog::getOpenFileName(
                     this, tr("Import GIS layer"), QString(),
                     tr("GIS files (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.gpx *.dxf "
                        "*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

void ImportSourcePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_wizard.setPath(path);
    m_wizard.options().sourceLayer.clear();
    // Several layers (a GeoPackage, a DXF, an archive of Shapefiles): the user picks one.
    QSignalBlocker block(m_sourceLayer);
    m_sourceLayer->clear();
    if (auto layers = VectorImport::sourceLayers(path); layers && layers->size() > 1) {
        for (const VectorImport::SourceLayer &layer : *layers) {
            QString text = layer.name;
            if (layer.features >= 0)
                text += tr(" — %n feature(s)", nullptr, int(layer.features));
            if (!layer.geometry.isEmpty())
                text += QStringLiteral(", ") + layer.geometry;
            m_sourceLayer->addItem(text, layer.name);
        }
        m_wizard.options().sourceLayer = layers->first().name;
    }
    m_sourceLayer->setVisible(m_sourceLayer->count() > 1);
    m_sourceLayerLabel->setVisible(m_sourceLayer->count() > 1);
    readSource();
}

void ImportSourcePage::readSource()
{
    if (!m_wizard.readPreview()) {
        showProblem(m_status, m_wizard.error());
    } else {
        const VectorImport::Report &r = m_wizard.preview()->report;
        showProblem(m_status, {});
        m_status->setText(
            tr("%1, layer %2: %3 field(s). Encoding %4 (%5), coordinate system %6 "
               "(%7).")
                .arg(r.driver, r.sourceLayer)
                .arg(m_wizard.preview()->fields.size())
                .arg(r.encoding, origin(r.encodingOrigin), r.crs, origin(r.crsOrigin)));
    }
    Q_EMIT completeChanged();
}

bool ImportSourcePage::isComplete() const
{
    return m_wizard.preview() != nullptr;
}

bool ImportSourcePage::validatePage()
{
    const QString preset = m_preset->currentData().toString();
    if (preset.isEmpty())
        return true;
    auto loaded = VectorPresets::load(m_wizard.document().store(), preset, m_wizard.options());
    if (!loaded) {
        showProblem(m_status, loaded.errorMessage());
        return false;
    }
    loaded->sourceLayer = m_wizard.options().sourceLayer; // the file's own, not the preset's
    m_wizard.options() = *loaded;
    m_target->setCurrentIndex(std::max(0, m_target->findData(loaded->layer)));
    m_wizard.options().mapping = loaded->mapping; // the target's change cleared them
    m_wizard.options().values = loaded->values;
    if (!m_wizard.readPreview()) {
        showProblem(m_status, m_wizard.error());
        return false;
    }
    return true;
}

// 2. Attributes and encoding -------------------------------------------------------------------

ImportAttributesPage::ImportAttributesPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_encoding(new ScrollSafeComboBox(this))
    , m_encodingNote(new QLabel(this))
    , m_columns(new QWidget(this))
    , m_x(new ScrollSafeComboBox(this))
    , m_y(new ScrollSafeComboBox(this))
    , m_table(table(this, QStringLiteral("PreviewTable")))
    , m_status(wrappingLabel(this))
{
    setTitle(tr("Attributes"));
    setSubTitle(tr("Check that the values read well, Chinese included. If they do not, choose "
                   "the encoding the file was written in."));
    m_encoding->setObjectName(QStringLiteral("Encoding"));
    m_x->setObjectName(QStringLiteral("XColumn"));
    m_y->setObjectName(QStringLiteral("YColumn"));
    m_encoding->addItem(tr("Automatic"), QString());
    for (const char *name : {"UTF-8", "GBK", "GB18030", "Big5"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard.options().encoding = m_encoding->currentData().toString();
        reread();
    });
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(new QLabel(tr("Encoding"), this));
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_encodingNote, 1);

    auto *columns = new QHBoxLayout(m_columns);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(new QLabel(tr("Points from the columns: x (longitude)"), this));
    columns->addWidget(m_x, 1);
    columns->addWidget(new QLabel(tr("y (latitude)"), this));
    columns->addWidget(m_y, 1);
    for (QComboBox *box : {m_x, m_y}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            m_wizard.options().xField = m_x->currentData().toString();
            m_wizard.options().yField = m_y->currentData().toString();
            reread();
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(encodingRow);
    layout->addWidget(m_columns);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
}

void ImportAttributesPage::initializePage()
{
    QSignalBlocker block(m_encoding);
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(m_wizard.options().encoding)));
    showPreview();
}

void ImportAttributesPage::reread()
{
    m_wizard.readPreview();
    showPreview();
}

void ImportAttributesPage::showPreview()
{
    const VectorImport::Source *source = m_wizard.preview();
    m_table->clear();
    if (!source) {
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        showProblem(m_status, m_wizard.error());
        Q_EMIT completeChanged();
        return;
    }
    const VectorImport::Report &r = source->report;
    m_encodingNote->setText(tr("Reading as %1 (%2).").arg(r.encoding, origin(r.encodingOrigin)));
    // A table without geometry: which columns hold the coordinates.
    m_columns->setVisible(!source->hasGeometry);
    if (!source->hasGeometry) {
        for (auto [box, chosen] : {std::pair{m_x, r.xField}, std::pair{m_y, r.yField}}) {
            QSignalBlocker block(box);
            box->clear();
            box->addItem(tr("(choose)"), QString());
            for (const QString &field : source->fields)
                box->addItem(field, field);
            box->setCurrentIndex(std::max(0, box->findData(chosen)));
        }
    }
    const int rows = int(std::min<qsizetype>(kPreviewRows, source->features.size()));
    m_table->setColumnCount(int(source->fields.size()));
    m_table->setHorizontalHeaderLabels(source->fields);
    m_table->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const QStringList &values = source->features[row].values;
        for (int column = 0; column < values.size(); ++column)
            m_table->setItem(row, column, item(values[column]));
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    showProblem(m_status, !source->hasGeometry && r.xField.isEmpty()
                              ? tr("This table has no geometry: choose the columns that hold "
                                   "the coordinates.")
                              : QString());
    if (source->hasGeometry || !r.xField.isEmpty())
        m_status->setText(tr("The first %n feature(s) of the file.", nullptr, rows));
    Q_EMIT completeChanged();
}

bool ImportAttributesPage::isComplete() const
{
    const VectorImport::Source *source = m_wizard.preview();
    return source && (source->hasGeometry || !source->report.xField.isEmpty());
}

// 3. Coordinate system ---------------------------------------------------------------------------

ImportCrsPage::ImportCrsPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_fileCrs(wrappingLabel(this, QStringLiteral("FileCrs")))
    , m_choose(new QCheckBox(tr("Read it in another coordinate system:"), this))
    , m_chooser(new CrsChooser(this))
    , m_swap(new QCheckBox(tr("X and Y are the wrong way round: swap them"), this))
    , m_offset(new ScrollSafeComboBox(this))
    , m_checks(nullptr)
    , m_checksBox(new QWidget(this))
{
    setTitle(tr("Coordinate system"));
    setSubTitle(tr("Where the data lands. Survey data is usually CGCS2000 Gauss-Kruger; points "
                   "copied from Amap or Baidu are 300–700 m off until converted."));
    m_choose->setObjectName(QStringLiteral("ChooseCrs"));
    m_swap->setObjectName(QStringLiteral("SwapXY"));
    m_offset->setObjectName(QStringLiteral("WebOffset"));
    m_checksBox->setObjectName(QStringLiteral("Checks"));
    for (auto offset : {VectorImport::WebOffset::None, VectorImport::WebOffset::Gcj02,
                        VectorImport::WebOffset::Bd09})
        m_offset->addItem(offsetText(offset), int(offset));
    if (!m_wizard.projectExtent().isNull())
        m_chooser->setPreferredLongitude(m_wizard.projectExtent().center().x());

    auto update = [this] {
        if (m_filling)
            return;
        m_chooser->setEnabled(m_choose->isChecked());
        m_wizard.options().sourceCrs = m_choose->isChecked() ? m_chooser->crs() : QString();
        m_wizard.options().swapXY = m_swap->isChecked();
        m_wizard.options().webOffset = VectorImport::WebOffset(m_offset->currentData().toInt());
        reread();
    };
    connect(m_choose, &QCheckBox::toggled, this, update);
    connect(m_chooser, &CrsChooser::changed, this, update);
    connect(m_swap, &QCheckBox::toggled, this, update);
    connect(m_offset, &QComboBox::currentIndexChanged, this, update);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_fileCrs);
    layout->addWidget(m_choose);
    layout->addWidget(m_chooser);
    layout->addWidget(m_swap);
    auto *offsetRow = new QHBoxLayout;
    offsetRow->addWidget(new QLabel(tr("Copied from a web map"), content));
    offsetRow->addWidget(m_offset, 1);
    layout->addLayout(offsetRow);
    m_checks = new QVBoxLayout(m_checksBox);
    m_checks->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_checksBox);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long lines wrap instead
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void ImportCrsPage::initializePage()
{
    showState();
}

void ImportCrsPage::reread()
{
    m_wizard.readPreview();
    showState();
}

// The options as the widgets, what was read, and the checks with their fixes.
void ImportCrsPage::showState()
{
    m_filling = true;
    const VectorImport::Options &options = m_wizard.options();
    m_choose->setChecked(!options.sourceCrs.isEmpty());
    m_chooser->setEnabled(m_choose->isChecked());
    if (!options.sourceCrs.isEmpty())
        m_chooser->setEpsg(options.sourceCrs.mid(5).toInt());
    m_swap->setChecked(options.swapXY);
    m_offset->setCurrentIndex(m_offset->findData(int(options.webOffset)));
    const VectorImport::Source *source = m_wizard.preview();
    if (source && options.sourceCrs.isEmpty() && source->crsEpsg)
        m_chooser->setEpsg(source->crsEpsg); // ready to change from what the file says
    m_filling = false;

    while (QLayoutItem *old = m_checks->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    if (!source) {
        m_fileCrs->setText(QString());
        auto *error = wrappingLabel(m_checksBox);
        showProblem(error, m_wizard.error());
        m_checks->addWidget(error);
        Q_EMIT completeChanged();
        return;
    }
    const VectorImport::Report &r = source->report;
    m_fileCrs->setText(tr("Coordinate system: %1 (%2).").arg(r.crs, origin(r.crsOrigin)));
    const QList<ImportCheck::Suggestion> suggestions = m_wizard.suggestions();
    for (const ImportCheck::Suggestion &s : suggestions) {
        auto *box = new QFrame(m_checksBox);
        box->setObjectName(QStringLiteral("Suggestion"));
        box->setStyleSheet(QStringLiteral("#Suggestion { background: #FFF4CE; border: 1px solid "
                                          "#E0C36A; border-radius: 4px; }"));
        auto *row = new QVBoxLayout(box);
        auto *warning = wrappingLabel(box);
        warning->setText(s.warning);
        row->addWidget(warning);
        if (s.hasFix()) {
            auto *apply = new QPushButton(tr("Apply: %1").arg(s.fix), box);
            apply->setObjectName(QStringLiteral("ApplySuggestion"));
            // Long fixes wrap in the label; the button names the action briefly.
            if (s.fix.size() > 60) {
                auto *fix = wrappingLabel(box);
                fix->setText(s.fix);
                row->addWidget(fix);
                apply->setText(tr("Apply this fix"));
            }
            connect(apply, &QPushButton::clicked, this, [this, s] {
                m_wizard.options() = s.applied(m_wizard.options());
                // Queued: this button goes with the checks it belongs to.
                QMetaObject::invokeMethod(this, &ImportCrsPage::reread, Qt::QueuedConnection);
            });
            row->addWidget(apply, 0, Qt::AlignLeft);
        }
        m_checks->addWidget(box);
    }
    if (suggestions.isEmpty() && !source->extent.isNull()) {
        auto *ok = wrappingLabel(m_checksBox);
        ok->setObjectName(QStringLiteral("CheckPassed"));
        ok->setText(tr("✓ The data lands in China, around %1°E, %2°N%3.")
                        .arg(source->extent.center().x(), 0, 'f', 4)
                        .arg(source->extent.center().y(), 0, 'f', 4)
                        .arg(m_wizard.projectExtent().isNull()
                                 ? QString()
                                 : tr(", within the project's area")));
        m_checks->addWidget(ok);
    }
    Q_EMIT completeChanged();
}

bool ImportCrsPage::isComplete() const
{
    return m_wizard.preview() != nullptr;
}

// 4. Fields and values -------------------------------------------------------------------------

ImportFieldsPage::ImportFieldsPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_fields(table(this, QStringLiteral("FieldTable")))
    , m_values(table(this, QStringLiteral("ValueTable")))
    , m_valuesNote(wrappingLabel(this))
    , m_presetName(new QLineEdit(this))
    , m_savePreset(new QPushButton(tr("Save as preset"), this))
    , m_status(wrappingLabel(this))
{
    setTitle(tr("Fields and values"));
    setSubTitle(tr("Which field of the file fills which field of the layer, and what its "
                   "unknown values mean."));
    m_presetName->setObjectName(QStringLiteral("PresetName"));
    m_savePreset->setObjectName(QStringLiteral("SavePreset"));
    m_presetName->setPlaceholderText(tr("e.g. 丽水市自然资源局地块"));
    m_fields->setColumnCount(3);
    m_fields->setHorizontalHeaderLabels(
        {tr("Layer field"), tr("Field in the file"), tr("Values in the file")});
    m_values->setColumnCount(4);
    m_values->setHorizontalHeaderLabels(
        {tr("Layer field"), tr("Value in the file"), tr("Features"), tr("Means")});
    connect(m_savePreset, &QPushButton::clicked, this, &ImportFieldsPage::savePreset);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Preset name"), this));
    presetRow->addWidget(m_presetName, 1);
    presetRow->addWidget(m_savePreset);
    // Small minimums: the page must fit a 1366×768 screen; the tables scroll.
    m_fields->setMinimumHeight(120);
    m_values->setMinimumHeight(60);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields, 3);
    layout->addWidget(m_valuesNote);
    layout->addWidget(m_values, 1);
    layout->addLayout(presetRow);
    layout->addWidget(m_status);
}

void ImportFieldsPage::initializePage()
{
    const VectorImport::Source *source = m_wizard.fullSource();
    m_filling = true;
    m_fields->setRowCount(0);
    m_keys.clear();
    showProblem(m_status, source ? QString() : m_wizard.error());
    if (!source) {
        m_filling = false;
        Q_EMIT completeChanged();
        return;
    }
    VectorImport::Options &options = m_wizard.options();
    if (options.mapping.isEmpty())
        options.mapping = VectorImport::guessMapping(options.layer, source->fields);
    for (const Field &field : Fields::of(options.layer)) {
        if (field.type == Field::Type::Reference || field.isLocation())
            continue;
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        m_keys << Fields::key(field);
        m_fields->setItem(row, 0,
                          item(Fields::title(field)
                               + (field.has(Field::Required) ? QStringLiteral(" *") : QString())));
        auto *box = new ScrollSafeComboBox(m_fields);
        box->addItem(tr("(not imported)"), QString());
        for (const QString &name : source->fields)
            box->addItem(name, name);
        box->setCurrentIndex(std::max(0, box->findData(options.mapping.value(Fields::key(field)))));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportFieldsPage::mappingChanged);
        m_fields->setCellWidget(row, 1, box);
    }
    m_fields->resizeColumnToContents(0);
    m_fields->setColumnWidth(1, 200);
    m_filling = false;
    m_presetName->setEnabled(!m_wizard.document().store().isReadOnly());
    m_savePreset->setEnabled(!m_wizard.document().store().isReadOnly());
    mappingChanged();
}

void ImportFieldsPage::mappingChanged()
{
    if (m_filling)
        return;
    const VectorImport::Source *source = m_wizard.fullSource();
    if (!source)
        return;
    QMap<QString, QString> mapping;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const QString name
            = qobject_cast<QComboBox *>(m_fields->cellWidget(row, 1))->currentData().toString();
        if (!name.isEmpty())
            mapping.insert(m_keys[row], name);
        // A few distinct values of the chosen field, as they read.
        QStringList samples;
        const int column = int(source->fields.indexOf(name));
        for (qsizetype i = 0; column >= 0 && i < source->features.size() && samples.size() < 4;
             ++i) {
            const QString value = source->features[i].values.value(column).trimmed();
            if (!value.isEmpty() && !samples.contains(value))
                samples << value;
        }
        m_fields->setItem(row, 2, item(samples.join(QStringLiteral(" · "))));
    }
    m_wizard.options().mapping = mapping;
    showValues();
    Q_EMIT completeChanged();
}

// The values of mapped code fields that name no code, each with a choice of code.
void ImportFieldsPage::showValues()
{
    const VectorImport::Source *source = m_wizard.fullSource();
    VectorImport::Options &options = m_wizard.options();
    // The values the user translated stay listed, so a choice can be taken back.
    VectorImport::Options untranslated = options;
    untranslated.values.clear();
    const QList<VectorImport::UnknownValue> unknown
        = source ? VectorImport::unknownValues(*source, untranslated)
                 : QList<VectorImport::UnknownValue>();
    m_values->setRowCount(int(unknown.size()));
    const std::span<const Field> fields = Fields::of(options.layer);
    for (int row = 0; row < unknown.size(); ++row) {
        const VectorImport::UnknownValue &u = unknown[row];
        const Field *field = Fields::find(fields, u.field);
        m_values->setItem(row, 0, item(Fields::label(*field)));
        m_values->setItem(row, 1, item(u.text));
        m_values->setItem(row, 2, item(QString::number(u.count)));
        auto *box = new ScrollSafeComboBox(m_values);
        box->addItem(field->has(Field::Required)
                         ? tr("(the first code: %1)")
                               .arg(Domain::label(field->codes(),
                                                  QString::fromLatin1(field->codes().front().code)))
                         : tr("(leave empty)"),
                     QString());
        for (const DomainValue &value : field->codes())
            box->addItem(Domain::label(field->codes(), QString::fromLatin1(value.code)),
                         QString::fromLatin1(value.code));
        box->setCurrentIndex(
            std::max(0, box->findData(options.values.value(u.field).value(u.text))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, u] {
            QMap<QString, QString> &values = m_wizard.options().values[u.field];
            if (box->currentData().toString().isEmpty())
                values.remove(u.text);
            else
                values.insert(u.text, box->currentData().toString());
        });
        m_values->setCellWidget(row, 3, box);
    }
    m_values->resizeColumnsToContents();
    m_values->setVisible(!unknown.isEmpty());
    m_valuesNote->setText(unknown.isEmpty()
                              ? tr("Every value of the coded fields (status, land use, kind) "
                                   "names a known code.")
                              : tr("These values name no code of their field. Choose what each "
                                   "means; otherwise it is left empty and listed in the report."));
}

void ImportFieldsPage::savePreset()
{
    const QString name = m_presetName->text().trimmed();
    Status saved = VectorPresets::save(m_wizard.document().store(), name, m_wizard.options());
    if (!saved) {
        showProblem(m_status, saved.errorMessage());
        return;
    }
    showProblem(m_status, {});
    m_status->setText(tr("Saved in the project as the preset “%1”.").arg(name));
}

bool ImportFieldsPage::isComplete() const
{
    return !m_wizard.options().mapping.isEmpty();
}

// 5. Check and import --------------------------------------------------------------------------

ImportCheckPage::ImportCheckPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_report(new QTextBrowser(this))
{
    setTitle(tr("Check"));
    setSubTitle(tr("What the import would do; nothing is written yet. Import writes it as one "
                   "step that Edit → Undo takes back."));
    m_report->setObjectName(QStringLiteral("ReportText"));
    m_report->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_report);
    setFinalPage(true);
}

void ImportCheckPage::initializePage()
{
    const VectorImport::Plan *plan = m_wizard.planImport();
    m_planned = plan && plan->report.accepted > 0;
    if (!plan) {
        m_report->setHtml(QStringLiteral("<p style='color:#A4262C'>%1</p>")
                              .arg(m_wizard.error().toHtmlEscaped()));
        Q_EMIT completeChanged();
        return;
    }
    const VectorImport::Report &r = plan->report;
    const std::span<const Field> fields = Fields::of(r.layer);
    QString html;
    auto line = [&html](const QString &text) {
        html += QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    };
    html += QStringLiteral("<h3>%1</h3>")
                .arg(tr("%1 of %2 feature(s) would be imported into %3.")
                         .arg(r.accepted)
                         .arg(r.features)
                         .arg(ProjectLayers::title(r.layer))
                         .toHtmlEscaped());
    line(tr("Source: %1 (%2, layer %3)")
             .arg(QFileInfo(r.source).fileName(), r.driver, r.sourceLayer));
    line(tr("Coordinate system: %1 (%2) → CGCS2000 (EPSG:4490)").arg(r.crs, origin(r.crsOrigin)));
    if (!r.webOffset.isEmpty())
        line(tr("Web map offset removed: %1 → WGS 84")
                 .arg(r.webOffset == QLatin1String("bd09") ? QStringLiteral("BD-09")
                                                           : QStringLiteral("GCJ-02")));
    line(tr("Encoding: %1 (%2)").arg(r.encoding, origin(r.encodingOrigin)));
    QStringList mapped;
    for (auto it = r.mapping.cbegin(); it != r.mapping.cend(); ++it) {
        const Field *field = Fields::find(fields, it.key());
        mapped << (field ? Fields::title(*field) : it.key()) + QStringLiteral(" ← ") + it.value();
    }
    line(tr("Fields: %1").arg(mapped.join(QStringLiteral(", "))));
    if (r.repaired)
        line(tr("%n invalid geometry(ies) repaired.", nullptr, r.repaired));
    if (!r.defaulted.isEmpty())
        line(tr("Empty or unknown, set to: %1").arg(r.defaulted.join(QStringLiteral(", "))));
    if (!r.unknownValues.isEmpty())
        line(tr("Unknown values, left empty: %1").arg(r.unknownValues.join(QStringLiteral(", "))));
    if (!r.rejected.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>")
                    .arg(tr("%n feature(s) rejected", nullptr, int(r.rejected.size())));
        for (qsizetype i = 0; i < std::min<qsizetype>(kListedIssues, r.rejected.size()); ++i)
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("feature %1: %2")
                                 .arg(r.rejected[i].index)
                                 .arg(r.rejected[i].reason)
                                 .toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!r.flagged.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>")
                    .arg(tr("%n feature(s) with an area more than 3 % off the ellipsoidal one",
                            nullptr, int(r.flagged.size())));
        for (qsizetype i = 0; i < std::min<qsizetype>(kListedIssues, r.flagged.size()); ++i)
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("feature %1: %2 mu in the file, %3 mu on the ellipsoid")
                                 .arg(r.flagged[i].index)
                                 .arg(r.flagged[i].fileMu, 0, 'f', 2)
                                 .arg(r.flagged[i].computedMu, 0, 'f', 2)
                                 .toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!m_planned)
        html += QStringLiteral("<p style='color:#A4262C'>%1</p>")
                    .arg(tr("No feature can be imported as the settings stand: go back and "
                            "check the field mapping and the coordinate system.")
                             .toHtmlEscaped());
    m_report->setHtml(html);
    Q_EMIT completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_planned;
}

bool ImportCheckPage::validatePage()
{
    Status done = m_wizard.applyPlan();
    if (done)
        return true;
    const QString message = tr("Nothing was imported from %1: %2")
                                .arg(QFileInfo(m_wizard.path()).fileName(), done.errorMessage());
    m_report->append(
        QStringLiteral("<p style='color:#A4262C'>%1</p>").arg(message.toHtmlEscaped()));
    if (!qEnvironmentVariableIsSet("INVESTATLAS_NO_DIALOGS"))
        QMessageBox::warning(this, m_wizard.windowTitle(), message);
    m_planned = false; // the plan is gone; Back and Next plan again
    Q_EMIT completeChanged();
    return false;
}
