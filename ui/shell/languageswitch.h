// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class MainWindow;

// View → Language without a restart. Strings are built once, in the language of the day, by
// every widget's constructor (menus, docks, ledger headers, legends, forms), so rather than
// retranslating each widget in place the main window is built anew around the same open
// ProjectDocument: nothing is reopened or written, the undo history and public mode stay, and
// the new window takes over the old one's layout and view (MainWindow::Handover). GUI thread.
namespace LanguageSwitch {

// Remembers `language` ("auto", "zh_CN", "en": Settings::language) and, when it differs from
// the language spoken, installs its translations, rebuilds the window and deletes the old one
// later. Returns the window that now shows the project: `window` itself when nothing changed.
MainWindow *apply(MainWindow *window, const QString &language);

} // namespace LanguageSwitch
