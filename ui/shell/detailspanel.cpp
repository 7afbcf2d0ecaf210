// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/detailspanel.h"

#include "core/project/featuredetails.h"
#include "core/project/projectdocument.h"
#include "core/project/projectnotifier.h"
#include "core/storage/projectfile.h"

#include <QUrl>

DetailsPanel::DetailsPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == QLatin1String("edit") && !m_layer.isEmpty())
            Q_EMIT editRequested(m_layer, m_fid);
    });
    showEmpty();
}

void DetailsPanel::setDocument(ProjectDocument *document)
{
    m_project = document ? &document->store() : nullptr;
    showEmpty();
    if (document)
        connect(&document->notifier(), &ProjectNotifier::changed, this, &DetailsPanel::applyChange);
}

void DetailsPanel::applyChange(const ProjectChange &change)
{
    if (m_layer.isEmpty())
        return;
    // A project's page also shows its activity log, its unit and park names; a parcel's its
    // history, figures, grade lines and projects.
    const bool shown
        = change.touchesRow(m_layer, m_fid)
          || (m_layer == QLatin1String("projects")
              && change.touchesAny({QStringLiteral("project_events"),
                                    QStringLiteral("project_parcels"), QStringLiteral("units"),
                                    QStringLiteral("parks")}))
          || (m_layer == QLatin1String("parcels")
              && change.touchesAny(
                  {QStringLiteral("parcel_events"), QStringLiteral("parcel_yearly"),
                   QStringLiteral("project_parcels"), QStringLiteral("land_grading")}));
    if (shown)
        showFeature(m_layer, m_fid);
}

void DetailsPanel::showEmpty()
{
    m_layer.clear();
    m_fid = 0;
    setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(tr("Select a project in the ledger, or click a feature on the map, to see its "
                        "details here.")
                         .toHtmlEscaped()));
}

void DetailsPanel::showFeature(const QString &layer, qint64 fid)
{
    if (!m_project) {
        showEmpty();
        return;
    }
    auto details = FeatureDetails::read(*m_project, layer, fid);
    if (!details) { // deleted meanwhile, most likely
        m_layer.clear();
        m_fid = 0;
        setPlainText(details.errorMessage());
        return;
    }
    auto escaped = [](const QString &text) {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    QString html = QStringLiteral("<h3>%1</h3><p style='color:#555'>%2</p>")
                       .arg(escaped(details->title), escaped(details->kind));
    if (details->confidential)
        html += QStringLiteral("<p style='color:#B00020'><b>%1</b></p>")
                    .arg(escaped(tr("Confidential: not shown in presentations")));
    for (const QString &warning : details->warnings)
        html += QStringLiteral("<p style='color:#B00020'>⚠ %1</p>").arg(escaped(warning));
    for (const FeatureDetails::Section &section : details->sections) {
        if (!section.heading.isEmpty())
            html += QStringLiteral("<h4>%1</h4>").arg(escaped(section.heading));
        html += QStringLiteral("<table>");
        for (const auto &[label, value] : section.fields)
            html += QStringLiteral("<tr><td style='color:#555;padding-right:12px;"
                                   "white-space:nowrap' valign='top'>%1</td><td>%2</td></tr>")
                        .arg(escaped(label), escaped(value));
        html += QStringLiteral("</table>");
    }
    for (const auto &[heading, text] : details->related)
        html += QStringLiteral("<p><b>%1</b>：%2</p>").arg(escaped(heading), escaped(text));
    if (layer == QLatin1String("parcels") && !m_project->isReadOnly())
        html += QStringLiteral("<p><a href='edit'>%1</a></p>")
                    .arg(escaped(tr("Change status, figures or attributes…")));
    setHtml(html);
    m_layer = layer;
    m_fid = fid;
}

void DetailsPanel::showProject(qint64 fid)
{
    showFeature(QStringLiteral("projects"), fid);
}
