// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

// UI language: Simplified Chinese by default, English as the alternative.
namespace I18n {

// "auto" follows the system locale: English for an English system, Chinese for any other.
QLocale::Language resolve(const QString &setting);
// Installs InvestAtlas's and Qt's own translations for the language (none needed for English,
// the source language) and makes its locale the default, in place of those installed before:
// first before any window or message is created, again to switch the language while the program
// runs (the windows are then rebuilt: ui/shell/languageswitch.h). GUI thread.
void install(QCoreApplication &app, const QString &setting);

// Whether the program speaks English (the source language) rather than Chinese: names of units,
// parks and chains are then shown in English where the project has them (LocalNames).
bool englishUi();

// The language of a document written in a language of its own (a brochure in English while the
// program speaks Chinese, or the other way round): translates strings marked for lupdate
// (QT_TRANSLATE_NOOP) from the compiled translations, independently of the installed ones.
// A cheap value; any thread.
class DocumentLanguage
{
public:
    // "en" (the source language) or "zh" / "zh_CN"; anything else is Chinese.
    explicit DocumentLanguage(const QString &code = QStringLiteral("zh"));
    bool isEnglish() const { return !m_translator; }
    QString code() const { return isEnglish() ? QStringLiteral("en") : QStringLiteral("zh"); }
    QLocale locale() const;
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

private:
    std::shared_ptr<const QTranslator> m_translator; // null for English
};

} // namespace I18n
