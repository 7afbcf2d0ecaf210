// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gis/exportdialog.h"

#include "core/gis/vectorexport.h"
#include "core/map/projectlayers.h"
#include "ui/gis/crschooser.h"
#include "ui/widgets/scrollsafecombobox.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

struct Format
{
    const char *suffix;
    const char *name;
};

constexpr Format kFormats[] = {
    {"gpkg", QT_TRANSLATE_NOOP("ExportDialog", "GeoPackage (.gpkg)")},
    {"shp", QT_TRANSLATE_NOOP("ExportDialog", "Shapefile (.shp, UTF-8 with .cpg)")},
    {"geojson", QT_TRANSLATE_NOOP("ExportDialog", "GeoJSON (.geojson)")},
    {"kml", QT_TRANSLATE_NOOP("ExportDialog", "KML (.kml, Google Earth)")},
    {"dxf", QT_TRANSLATE_NOOP("ExportDialog", "DXF (.dxf, CAD; shapes only)")},
    {"csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV (.csv, shapes as WKT)")},
};

} // namespace

ExportDialog::ExportDialog(ProjectFile &project, const QHash<QString, QList<qint64>> &selection,
                           QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_selection(selection)
    , m_layer(new ScrollSafeComboBox(this))
    , m_selectedOnly(new QCheckBox(this))
    , m_format(new ScrollSafeComboBox(this))
    , m_crs(new CrsChooser(this))
    , m_path(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export layer"));
    m_layer->setObjectName(QStringLiteral("ExportLayer"));
    m_selectedOnly->setObjectName(QStringLiteral("SelectedOnly"));
    m_format->setObjectName(QStringLiteral("ExportFormat"));
    m_path->setObjectName(QStringLiteral("ExportPath"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("ExportStatus"));
    for (const char *layer : {"parcels", "parks", "units", "enclaves", "projects"})
        m_layer->addItem(ProjectLayers::title(QLatin1String(layer)), QLatin1String(layer));
    // Start on the layer the selection is in.
    for (auto it = m_selection.cbegin(); it != m_selection.cend(); ++it) {
        if (!it.value().isEmpty() && m_layer->findData(it.key()) >= 0) {
            m_layer->setCurrentIndex(m_layer->findData(it.key()));
            break;
        }
    }
    for (const Format &format : kFormats)
        m_format->addItem(tr(format.name), QLatin1String(format.suffix));
    m_crs->setEpsg(4490);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString suffix = m_format->currentData().toString();
        const QString path = QFileDialog::getSaveFileName(
            this, windowTitle(), target(),
            QStringLiteral("%1 (*.%2)").arg(m_format->currentText(), suffix));
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
    });
    connect(m_layer, &QComboBox::currentIndexChanged, this, &ExportDialog::layerChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Layer"), m_layer);
    form->addRow(QString(), m_selectedOnly);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Coordinate system"), m_crs);
    form->addRow(tr("File"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("ExportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    layerChanged();
    resize(640, 300);
}

void ExportDialog::layerChanged()
{
    const QString layer = m_layer->currentData().toString();
    const qsizetype selected = m_selection.value(layer).size();
    m_selectedOnly->setText(
        selected ? tr("Only the %n feature(s) selected on the map", nullptr, int(selected))
                 : tr("Only the features selected on the map (none selected)"));
    m_selectedOnly->setEnabled(selected > 0);
    m_selectedOnly->setChecked(selected > 0);
    setFileName(layer);
}

void ExportDialog::formatChanged()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    setFileName(path.isEmpty() ? m_layer->currentData().toString()
                               : QFileInfo(path).completeBaseName());
}

// The file `base` with the format's suffix, in the folder already chosen (or Documents).
void ExportDialog::setFileName(const QString &base)
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString folder = path.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(path).absolutePath();
    m_path->setText(QDir::toNativeSeparators(
        QDir(folder).filePath(base + u'.' + m_format->currentData().toString())));
}

QString ExportDialog::target() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString suffix = m_format->currentData().toString();
    if (!path.isEmpty() && QFileInfo(path).suffix().toLower() != suffix)
        path += u'.' + suffix;
    return path;
}

void ExportDialog::accept()
{
    const QString path = target();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the file to write."));
        return;
    }
    VectorExport::Options options;
    options.layer = m_layer->currentData().toString();
    options.crs = m_crs->crs();
    if (m_selectedOnly->isChecked())
        options.fids = m_selection.value(options.layer);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = VectorExport::run(m_project, path, options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_status->setStyleSheet(QStringLiteral("color: #A4262C;"));
        m_status->setText(written.errorMessage());
        return;
    }
    m_summary = tr("%n feature(s) of %1 written to %2 (%3).", nullptr, int(*written))
                    .arg(m_layer->currentText(), QDir::toNativeSeparators(path), options.crs);
    QDialog::accept();
}
