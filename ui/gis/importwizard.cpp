// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gis/importwizard.h"

#include "core/project/projectdocument.h"
#include "ui/gis/importpages.h"

#include <QApplication>

namespace {

// Features read for the preview and the checks before the whole source is read.
constexpr qint64 kPreviewFeatures = 50;

// Whether two option sets read a source the same way (mapping and values only plan).
bool sameReading(const VectorImport::Options &a, const VectorImport::Options &b)
{
    return a.sourceLayer == b.sourceLayer && a.sourceCrs == b.sourceCrs && a.encoding == b.encoding
           && a.webOffset == b.webOffset && a.swapXY == b.swapXY && a.xField == b.xField
           && a.yField == b.yField;
}

// Reads with a wait cursor: a whole source of 100 000 features takes seconds.
Result<VectorImport::Source> readWaiting(const QString &path, const VectorImport::Options &options)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto source = VectorImport::read(path, options);
    QApplication::restoreOverrideCursor();
    return source;
}

} // namespace

ImportWizard::ImportWizard(ProjectDocument &document, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_document(document)
    , m_projectExtent(ImportCheck::projectExtent(document.store()))
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import GIS layer"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    // The header banner costs height that a 1366×768 screen does not have.
    setWizardStyle(QWizard::ClassicStyle);
    setButtonText(QWizard::FinishButton, tr("Import"));
    if (!m_projectExtent.isNull())
        m_options.near = m_projectExtent.center();
    setPage(SourcePage, new ImportSourcePage(*this));
    setPage(AttributesPage, new ImportAttributesPage(*this));
    setPage(CrsPage, new ImportCrsPage(*this));
    setPage(FieldsPage, new ImportFieldsPage(*this));
    setPage(CheckPage, new ImportCheckPage(*this));
    resize(880, 620);
    if (!path.isEmpty())
        static_cast<ImportSourcePage *>(page(SourcePage))->setPath(path);
}

void ImportWizard::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_preview.reset();
    m_full.reset();
    m_plan.reset();
}

bool ImportWizard::readPreview()
{
    m_plan.reset();
    if (m_path.isEmpty()) {
        m_preview.reset();
        m_error = tr("Choose the file to import.");
        return false;
    }
    VectorImport::Options options = m_options;
    options.limit = kPreviewFeatures;
    auto source = readWaiting(m_path, options);
    if (!source) {
        m_preview.reset();
        m_error = source.errorMessage();
        return false;
    }
    m_preview = source.takeValue();
    m_error.clear();
    return true;
}

const VectorImport::Source *ImportWizard::fullSource()
{
    if (m_full && m_fullPath == m_path && sameReading(m_fullOptions, m_options))
        return &*m_full;
    m_full.reset();
    m_plan.reset();
    auto source = readWaiting(m_path, m_options);
    if (!source) {
        m_error = source.errorMessage();
        return nullptr;
    }
    m_full = source.takeValue();
    m_fullOptions = m_options;
    m_fullPath = m_path;
    return &*m_full;
}

QList<ImportCheck::Suggestion> ImportWizard::suggestions() const
{
    if (!m_preview)
        return {};
    return ImportCheck::run(*m_preview, m_options, m_projectExtent,
                            ImportCheck::knownPositions(m_document.store(), *m_preview, m_options));
}

const VectorImport::Plan *ImportWizard::planImport()
{
    const VectorImport::Source *source = fullSource();
    if (!source)
        return nullptr;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto planned = VectorImport::plan(m_document.store(), *source, m_options);
    QApplication::restoreOverrideCursor();
    if (!planned) {
        m_plan.reset();
        m_error = planned.errorMessage();
        return nullptr;
    }
    m_plan = planned.takeValue();
    return &*m_plan;
}

Status ImportWizard::applyPlan()
{
    if (!m_plan)
        return Error{tr("Nothing is planned to import.")};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status done = VectorImport::apply(m_document, *m_plan);
    QApplication::restoreOverrideCursor();
    if (done) {
        m_report = m_plan->report;
        m_importedExtent = m_full ? m_full->extent : QRectF();
    }
    m_plan.reset(); // its change set went to the undo stack, or nothing was written
    return done;
}
