// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kLastProject = QStringLiteral("project/last");
const QString kRecent = QStringLiteral("project/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLedgerHeader = QStringLiteral("ledger/header");
const QString kTiandituToken = QStringLiteral("basemap/tiandituToken");
const QString kPublicMode = QStringLiteral("present/publicMode");
const QString kApproval = QStringLiteral("basemap/tiandituApproval");
const QString kPresentationScreen = QStringLiteral("present/screen");
const QString kPresentationLanguage = QStringLiteral("present/language");
const QString kBrochureLanguage = QStringLiteral("present/brochureLanguage");
const QString kBrochureContact = QStringLiteral("present/brochureContact");

} // namespace

namespace Settings {

QString language()
{
    return QSettings().value(kLanguage, QStringLiteral("auto")).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

QString lastProject()
{
    return QSettings().value(kLastProject).toString();
}

void setLastProject(const QString &path)
{
    QSettings().setValue(kLastProject, path);
}

QStringList recentProjects()
{
    return QSettings().value(kRecent).toStringList();
}

void addRecentProject(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    QStringList recent = recentProjects();
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecent, recent);
}

QByteArray windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray windowState()
{
    return QSettings().value(kState).toByteArray();
}

void setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

WarningRules warningRules()
{
    QSettings settings;
    WarningRules rules;
    rules.signedDays
        = settings.value(QStringLiteral("warnings/signedDays"), rules.signedDays).toInt();
    rules.landDays = settings.value(QStringLiteral("warnings/landDays"), rules.landDays).toInt();
    rules.idleMonths
        = settings.value(QStringLiteral("warnings/idleMonths"), rules.idleMonths).toInt();
    return rules;
}

void setWarningRules(const WarningRules &rules)
{
    QSettings settings;
    settings.setValue(QStringLiteral("warnings/signedDays"), rules.signedDays);
    settings.setValue(QStringLiteral("warnings/landDays"), rules.landDays);
    settings.setValue(QStringLiteral("warnings/idleMonths"), rules.idleMonths);
}

QString tiandituToken()
{
    return QSettings().value(kTiandituToken).toString();
}

void setTiandituToken(const QString &token)
{
    QSettings().setValue(kTiandituToken, token.trimmed());
}

QString tileCacheDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("tiles"));
}

QString tiandituApproval()
{
    return QSettings().value(kApproval).toString();
}

void setTiandituApproval(const QString &approval)
{
    QSettings().setValue(kApproval, approval.trimmed());
}

int presentationScreen()
{
    return QSettings().value(kPresentationScreen, 0).toInt();
}

void setPresentationScreen(int index)
{
    QSettings().setValue(kPresentationScreen, index);
}

QString presentationLanguage()
{
    return QSettings().value(kPresentationLanguage, QStringLiteral("zh")).toString();
}

void setPresentationLanguage(const QString &language)
{
    QSettings().setValue(kPresentationLanguage, language);
}

bool publicMode()
{
    return QSettings().value(kPublicMode, false).toBool();
}

void setPublicMode(bool on)
{
    QSettings().setValue(kPublicMode, on);
}

QString brochureLanguage()
{
    return QSettings().value(kBrochureLanguage, QStringLiteral("zh")).toString();
}

void setBrochureLanguage(const QString &language)
{
    QSettings().setValue(kBrochureLanguage, language);
}

QString brochureContact()
{
    return QSettings().value(kBrochureContact).toString();
}

void setBrochureContact(const QString &contact)
{
    QSettings().setValue(kBrochureContact, contact);
}

QByteArray ledgerHeaderState()
{
    return QSettings().value(kLedgerHeader).toByteArray();
}

void setLedgerHeaderState(const QByteArray &state)
{
    QSettings().setValue(kLedgerHeader, state);
}

} // namespace Settings
