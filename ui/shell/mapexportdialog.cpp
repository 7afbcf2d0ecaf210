// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mapexportdialog.h"

#include "ui/map/mapcanvas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

MapExportDialog::MapExportDialog(const MapCanvas &canvas, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("MapExportDialog"));
    setWindowTitle(tr("Export map"));
    m_title = new QLineEdit(title, this);
    m_size = new QComboBox(this);
    const QSize window = canvas.size();
    m_size->addItem(tr("As the window (%1 × %2 pixels)").arg(window.width()).arg(window.height()),
                    QSizeF());
    m_size->addItem(tr("A4 landscape"), QSizeF(297, 210));
    m_size->addItem(tr("A4 portrait"), QSizeF(210, 297));
    m_size->addItem(tr("A3 landscape"), QSizeF(420, 297));
    m_size->addItem(tr("A0 poster"), QSizeF(1189, 841));
    m_size->addItem(tr("Your own size"), QSizeF(-1, -1));
    m_width = new QDoubleSpinBox(this);
    m_height = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *box : {m_width, m_height}) {
        box->setRange(20, 2000);
        box->setDecimals(0);
        box->setSuffix(tr(" mm"));
    }
    m_width->setValue(297);
    m_height->setValue(210);
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(72, 600);
    m_dpi->setValue(150);
    m_dpi->setSuffix(tr(" dpi"));
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF (vector, fonts embedded)"), QStringLiteral("pdf"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_legend = new QCheckBox(tr("Legend"), this);
    m_legend->setChecked(true);
    m_decorations = new QCheckBox(tr("Scale bar and north arrow"), this);
    m_decorations->setChecked(true);
    connect(m_size, &QComboBox::currentIndexChanged, this, &MapExportDialog::sizeChosen);
    auto *custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(new QLabel(QStringLiteral("×"), this));
    custom->addWidget(m_height);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Size:"), m_size);
    form->addRow(QString(), custom);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("Format:"), m_format);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_decorations);
    form->addRow(buttons);
    sizeChosen();
}

void MapExportDialog::sizeChosen()
{
    const QSizeF chosen = m_size->currentData().toSizeF();
    const bool own = chosen.width() < 0;
    m_width->setEnabled(own);
    m_height->setEnabled(own);
    if (!chosen.isValid() && !own) { // the window, at the resolution chosen
        const QSizeF mm = MapExport::sizeForPixels(m_canvas.size(), 96);
        m_width->setValue(mm.width());
        m_height->setValue(mm.height());
    } else if (!own) {
        m_width->setValue(chosen.width());
        m_height->setValue(chosen.height());
    }
}

QString MapExportDialog::suffix() const
{
    return m_format->currentData().toString();
}

MapExportOptions MapExportDialog::options() const
{
    MapExportOptions options;
    const QSizeF chosen = m_size->currentData().toSizeF();
    options.dpi = m_dpi->value();
    // "As the window": the window's pixels at the chosen resolution, so a PNG has exactly them
    // at 96 dpi and more detail above.
    options.sizeMm = !chosen.isValid() && chosen.width() >= 0
                         ? MapExport::sizeForPixels(m_canvas.size(), 96)
                         : QSizeF(m_width->value(), m_height->value());
    options.layout.title = m_title->text().trimmed();
    const MapSettings map = m_canvas.frameSettings();
    if (m_legend->isChecked())
        options.layout.legend = MapLayout::legendFor(map);
    options.layout.attribution = MapLayout::attributionFor(map);
    options.layout.scaleBar = options.layout.northArrow = m_decorations->isChecked();
    return options;
}

QString MapExportDialog::run(const MapCanvas &canvas, const QString &title, const QString &folder,
                             bool withBasemap, QWidget *parent,
                             const std::function<void(const QString &)> &failed)
{
    MapExportDialog dialog(canvas, title, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString suffix = dialog.suffix();
    const QString filter
        = suffix == QLatin1String("pdf") ? tr("PDF files (*.pdf)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export map"),
        QDir(folder).filePath((title.isEmpty() ? tr("map") : title) + QLatin1Char('.') + suffix),
        filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    MapSettings map = canvas.frameSettings();
    map.extent = canvas.extent();
    MapExportOptions options = dialog.options();
    if (!withBasemap) {
        map.basemap.reset();
        map.basemapOverlay.reset();
        options.layout.attribution = MapLayout::attributionFor(map);
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = MapExport::write(map, options, path);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        failed(tr("The map could not be exported: %1").arg(written.errorMessage()));
        return {};
    }
    return tr("Map exported: %1 (%2 KB).")
        .arg(QDir::toNativeSeparators(path))
        .arg(QLocale().toString(written->bytes / 1024));
}
