// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/publicmodeswitch.h"

#include "core/project/projectdocument.h"
#include "ui/shell/settings.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QWidget>

namespace {

bool askToLeave(QWidget *parent)
{
    if (qEnvironmentVariableIsSet("INVESTATLAS_NO_DIALOGS"))
        return false;
    return QMessageBox::question(
               parent, PublicModeSwitch::tr("Leave public mode"),
               PublicModeSwitch::tr("Leave public mode?\n\nConfidential projects, investors, "
                                    "amounts, officials and notes will be shown again. Make sure "
                                    "this screen is not in front of an audience."),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Yes;
}

} // namespace

PublicModeSwitch::PublicModeSwitch(QWidget *window, QLabel *banner)
    : QObject(window)
    , m_window(window)
    , m_banner(banner)
    , m_action(new QAction(tr("P&ublic mode"), this))
    , m_confirm(askToLeave)
{
    m_action->setObjectName(QStringLiteral("PublicModeAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_action->setStatusTip(tr("Hide confidential projects and fields everywhere: map, ledger, "
                              "details, exports and PDFs"));
    m_banner->setObjectName(QStringLiteral("PublicModeBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(10, 5, 10, 5);
    m_banner->setStyleSheet(QStringLiteral("#PublicModeBanner { background: #DDEEFF; color: "
                                           "#0B3D6B; border-bottom: 1px solid #8DB4DA; }"));
    m_banner->hide();
    // The action's own toggle would switch before asking: it only requests, and shows the
    // outcome.
    connect(m_action, &QAction::triggered, this, [this](bool on) { request(on); });
}

bool PublicModeSwitch::isOn() const
{
    return m_document ? m_document->isPublic() : Settings::publicMode();
}

void PublicModeSwitch::setDocument(ProjectDocument *document)
{
    m_document = document;
    if (m_document)
        (void)m_document->setPublicMode(Settings::publicMode());
    show(isOn());
}

bool PublicModeSwitch::request(bool on)
{
    if (on == isOn()) {
        show(on);
        return true;
    }
    if (!on && !m_confirm(m_window)) {
        show(true);
        return false;
    }
    Settings::setPublicMode(on);
    if (m_document)
        (void)m_document->setPublicMode(on);
    show(on);
    Q_EMIT switched(on);
    return true;
}

void PublicModeSwitch::show(bool on)
{
    m_action->setChecked(on);
    m_banner->setText(on ? tr("Public mode: confidential projects and fields are hidden on the "
                              "map, in the ledger, in details and in everything exported. "
                              "Editing is off.")
                         : QString());
    m_banner->setVisible(on);
}
