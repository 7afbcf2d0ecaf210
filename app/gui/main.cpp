// SPDX-License-Identifier: GPL-3.0-or-later
// investatlas: the desktop application.

#include "core/base/i18n.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settings.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InvestAtlas"));
    QApplication::setApplicationName(QStringLiteral("InvestAtlas"));
    QApplication::setApplicationVersion(QStringLiteral(INVESTATLAS_VERSION));
    // INVESTATLAS_LANGUAGE (zh_CN, en) overrides the setting: screenshots and scripted runs.
    I18n::install(app, qEnvironmentVariable("INVESTATLAS_LANGUAGE", Settings::language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "InvestAtlas — map and "
                                                                     "ledger for investment "
                                                                     "promotion"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "Project file (.gpkg) to open"));
    parser.process(app);

    // On the heap: View → Language replaces the window by a new one (ui/shell/languageswitch.h).
    auto *window = new MainWindow;
    window->show();
    window->openInitial(parser.positionalArguments().value(0));
    const int code = app.exec();
    // The window of the end, and any replaced one not yet deleted, close their project.
    QList<MainWindow *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *mainWindow = qobject_cast<MainWindow *>(widget))
            windows << mainWindow;
    }
    qDeleteAll(windows);
    return code;
}
