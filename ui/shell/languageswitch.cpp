// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/languageswitch.h"

#include "core/base/i18n.h"
#include "core/project/projectdocument.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settings.h"

#include <QApplication>
#include <QDialog>

namespace LanguageSwitch {

MainWindow *apply(MainWindow *window, const QString &language)
{
    Settings::setLanguage(language);
    if ((I18n::resolve(language) == QLocale::English) == I18n::englishUi())
        return window;
    // What the window opened goes with it (a modal dialog cannot be open: the menu was used).
    for (QDialog *dialog : window->findChildren<QDialog *>())
        dialog->close();
    MainWindow::Handover handover = window->handOver();
    I18n::install(*qApp, language);
    auto *next = new MainWindow;
    next->setAttribute(Qt::WA_DeleteOnClose, window->testAttribute(Qt::WA_DeleteOnClose));
    next->takeOver(std::move(handover));
    if (next->isVisible())
        next->activateWindow();
    // Shown before the old one hides, so the application never has no window (it would quit:
    // QGuiApplication::quitOnLastWindowClosed).
    window->hide();
    window->deleteLater();
    return next;
}

} // namespace LanguageSwitch
