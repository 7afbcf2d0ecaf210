// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/brochuredialog.h"

#include "core/project/projectdocument.h"
#include "core/report/brochure.h"
#include "ui/shell/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLineEdit>

BrochureDialog::BrochureDialog(ProjectDocument &document, const QString &park, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("BrochureDialog"));
    setWindowTitle(tr("Park brochure"));
    m_park = new QComboBox(this);
    if (auto parks = Brochure::parks(document.store())) {
        for (const QString &name : *parks)
            m_park->addItem(name, name);
    }
    m_park->setCurrentIndex(std::max(0, m_park->findData(park)));
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::brochureLanguage())));
    m_contact = new QLineEdit(Settings::brochureContact(), this);
    m_contact->setPlaceholderText(tr("e.g. Investment Promotion Centre, 0578-0000000"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Park:"), m_park);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Contact line:"), m_contact);
    form->addRow(buttons);
}

QString BrochureDialog::park() const
{
    return m_park->currentData().toString();
}

QString BrochureDialog::language() const
{
    return m_language->currentData().toString();
}

QString BrochureDialog::contact() const
{
    return m_contact->text().trimmed();
}

QString BrochureDialog::run(ProjectDocument &document, const QString &park, QWidget *parent,
                            const std::function<void(const QString &)> &failed)
{
    BrochureDialog dialog(document, park, parent);
    if (dialog.park().isEmpty()) {
        failed(tr("The project has no parks."));
        return {};
    }
    if (dialog.exec() != QDialog::Accepted)
        return {};
    Settings::setBrochureLanguage(dialog.language());
    Settings::setBrochureContact(dialog.contact());
    const QString suggested
        = QFileInfo(document.path())
              .dir()
              .filePath(QStringLiteral("%1-%2.pdf").arg(dialog.park(), dialog.language()));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save the park brochure"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    BrochureOptions options;
    options.park = dialog.park();
    options.language = dialog.language();
    options.contact = dialog.contact();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = Brochure::write(document.store(), options, path);
    QGuiApplication::restoreOverrideCursor();
    if (!summary) {
        failed(tr("The brochure could not be written: %1").arg(summary.errorMessage()));
        return {};
    }
    return tr("Brochure written: %1 (%2 pages).")
        .arg(QDir::toNativeSeparators(path))
        .arg(summary->pages);
}
