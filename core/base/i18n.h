// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// UI language: Simplified Chinese by default, English as the alternative.
namespace I18n {

// "auto" follows the system locale: English for an English system, Chinese for any other.
QLocale::Language resolve(const QString &setting);
// Installs InvestAtlas's and Qt's own translations for the language (none needed for English,
// the source language). Call once, before any window or message is created.
void install(QCoreApplication &app, const QString &setting);

} // namespace I18n
