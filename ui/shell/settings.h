// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/warnings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Every persistent setting of the application, declared once with its default. Backed by
// QSettings (registry on Windows, ~/.config on Linux).
namespace Settings {

QString language(); // "auto" (default), "zh_CN" or "en"
void setLanguage(const QString &language);

QString lastProject();
void setLastProject(const QString &path);

QStringList recentProjects(); // most recent first, at most kMaxRecent
void addRecentProject(const QString &path);
inline constexpr int kMaxRecent = 8;

QByteArray windowGeometry();
QByteArray windowState();
void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

QString tiandituToken();
void setTiandituToken(const QString &token);
QString tileCacheDir(); // where online basemap tiles are kept
// Tianditu's map approval number (审图号) as the user last confirmed it; empty: the one this
// version knows (XyzTileSource::kTiandituApproval).
QString tiandituApproval();
void setTiandituApproval(const QString &approval);
// Presentation: the screen (index into the screens), the language ("zh" or "en").
int presentationScreen();
void setPresentationScreen(int index);
QString presentationLanguage();
void setPresentationLanguage(const QString &language);

// Public mode (ProjectDocument::setPublicMode) is remembered: a restart in the middle of a fair
// comes back in public mode, never showing the office view to the room.
bool publicMode(); // false by default
void setPublicMode(bool on);

// The park brochure's last language ("zh" or "en") and contact line.
QString brochureLanguage();
void setBrochureLanguage(const QString &language);
QString brochureContact();
void setBrochureContact(const QString &contact);

// The thresholds of the warnings list (signed/land not started after N days, idle N months).
WarningRules warningRules();
void setWarningRules(const WarningRules &rules);

QByteArray ledgerHeaderState();
void setLedgerHeaderState(const QByteArray &state);

} // namespace Settings
