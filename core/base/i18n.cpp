// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <utility>

namespace {

// Words of Qt's own dialogs that Qt's Chinese translation (6.4) lacks: the file dialog's "Kind"
// column said "Folder". Listed here so that lupdate puts them, in Qt's context, into our .ts;
// our translator then answers for Qt.
[[maybe_unused]] const char *const kQtGaps[] = {
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
};
[[maybe_unused]] const char *const kQtGapsWithComment[][2] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
};

// The translators install() put in, removed by the next install().
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

} // namespace

namespace I18n {

QLocale::Language resolve(const QString &setting)
{
    if (setting == QLatin1String("en"))
        return QLocale::English;
    if (setting == QLatin1String("zh_CN"))
        return QLocale::Chinese;
    return QLocale::system().language() == QLocale::English ? QLocale::English : QLocale::Chinese;
}

void install(QCoreApplication &app, const QString &setting)
{
    for (QTranslator *translator : std::exchange(installed(), {})) {
        app.removeTranslator(translator);
        delete translator;
    }
    if (resolve(setting) == QLocale::English) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return;
    }
    const QLocale chinese(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    QLocale::setDefault(chinese);
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/investatlas_zh_CN.qm")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(chinese, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    installed() = {ours, qt};
}

bool englishUi()
{
    return QLocale().language() == QLocale::English;
}

DocumentLanguage::DocumentLanguage(const QString &code)
{
    if (code.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return;
    // Loaded once and shared: every Chinese document uses the same translations.
    static const std::shared_ptr<const QTranslator> chinese = [] {
        auto translator = std::make_shared<QTranslator>();
        (void)translator->load(QStringLiteral(":/i18n/investatlas_zh_CN.qm"));
        return std::shared_ptr<const QTranslator>(translator);
    }();
    m_translator = chinese;
}

QLocale DocumentLanguage::locale() const
{
    return isEnglish()
               ? QLocale(QLocale::English, QLocale::UnitedStates)
               : QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
}

QString DocumentLanguage::translate(const char *context, const char *source,
                                    const char *disambiguation, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    // Qt's own %n replacement, which translate() leaves to QCoreApplication.
    if (n >= 0)
        text.replace(QLatin1String("%n"), locale().toString(n));
    return text;
}

} // namespace I18n
