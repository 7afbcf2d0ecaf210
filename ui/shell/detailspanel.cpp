// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/detailspanel.h"

#include "core/domain/domain.h"
#include "core/project/featuredetails.h"
#include "core/project/projectdocument.h"
#include "core/project/projectnotifier.h"
#include "core/storage/projectfile.h"

#include <QLocale>

DetailsPanel::DetailsPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
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
    // A project's page also shows its activity log, its unit and park names.
    const bool shown = change.touchesRow(m_layer, m_fid)
                       || (m_layer == QLatin1String("projects")
                           && change.touchesAny(
                               {QStringLiteral("project_events"), QStringLiteral("project_parcels"),
                                QStringLiteral("units"), QStringLiteral("parks")}));
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
    if (layer == QLatin1String("projects")) {
        showProject(fid);
        return;
    }
    if (!m_project) {
        showEmpty();
        return;
    }
    auto details = FeatureDetails::read(*m_project, layer, fid);
    if (!details) {
        setPlainText(details.errorMessage());
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p style='color:#555'>%2</p><table>")
                       .arg(details->title.toHtmlEscaped(), details->kind.toHtmlEscaped());
    for (const auto &[label, value] : details->fields)
        html += QStringLiteral(
                    "<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    for (const auto &[heading, text] : details->related)
        html += QStringLiteral("<p><b>%1</b>：%2</p>")
                    .arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
    setHtml(html);
    m_layer = layer;
    m_fid = fid;
}

void DetailsPanel::showProject(qint64 fid)
{
    if (!m_project) {
        showEmpty();
        return;
    }
    QStringList milestoneColumns;
    for (const QString &stage : Domain::codes(Domain::stages()))
        milestoneColumns << QStringLiteral("p.") + Domain::milestoneColumn(stage);
    auto stmt = m_project->db().prepare(
        QStringLiteral("SELECT p.name, p.investor, p.investor_type, u.name, k.name, p.chain, "
                       "p.investment_wan, p.land_mu, p.stage, p.lead_official, p.task_force, "
                       "p.confidential, p.notes, p.drop_reason, %1 FROM projects p "
                       "LEFT JOIN units u ON u.fid = p.unit_id "
                       "LEFT JOIN parks k ON k.fid = p.park_id WHERE p.fid = ?1")
            .arg(milestoneColumns.join(QLatin1Char(','))));
    if (!stmt) {
        setPlainText(stmt.errorMessage());
        return;
    }
    stmt->bind(1, fid);
    const SqliteStep row = stmt->step();
    if (row.failed()) {
        setPlainText(row.errorMessage());
        return;
    }
    if (!row.hasRow()) {
        showEmpty();
        return;
    }
    m_layer = QStringLiteral("projects");
    m_fid = fid;
    const QLocale locale;
    auto money = [&](int column) {
        return stmt->isNull(column)
                   ? tr("not given")
                   : tr("%1 (100M CNY)")
                         .arg(locale.toString(stmt->real(column) / Domain::kWanPerYi, 'f', 2));
    };
    auto field = [](const QString &label, const QString &value) {
        return QStringLiteral(
                   "<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(stmt->text(0).toHtmlEscaped());
    if (stmt->int64(11))
        html += QStringLiteral("<p style='color:#B00020'><b>%1</b></p>")
                    .arg(tr("Confidential: not shown in presentations").toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += field(tr("Investor"), stmt->text(1));
    html += field(tr("Investor type"), Domain::label(Domain::investorTypes(), stmt->text(2)));
    html += field(tr("Unit"), stmt->text(3));
    html += field(tr("Park"), stmt->text(4));
    html += field(tr("Industry chain"), stmt->text(5));
    html += field(tr("Total investment"), money(6));
    html += field(tr("Land"), stmt->isNull(7)
                                  ? tr("not given")
                                  : tr("%1 mu").arg(locale.toString(stmt->real(7), 'f', 0)));
    html += field(tr("Stage"), Domain::label(Domain::stages(), stmt->text(8)));
    html += field(tr("Lead official"), stmt->text(9));
    html += field(tr("Task force"), stmt->text(10));
    html += QStringLiteral("</table><h4>%1</h4><table>").arg(tr("Milestones").toHtmlEscaped());
    const QStringList stages = Domain::codes(Domain::stages());
    for (int i = 0; i < stages.size(); ++i) {
        if (!stmt->isNull(14 + i))
            html += field(Domain::label(Domain::stages(), stages[i]), stmt->text(14 + i));
    }
    html += QStringLiteral("</table>");
    if (!stmt->isNull(13))
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Reason dropped: %1").arg(stmt->text(13)).toHtmlEscaped());
    if (!stmt->isNull(12))
        html += QStringLiteral("<p style='color:#444'>%1</p>").arg(stmt->text(12).toHtmlEscaped());
    setHtml(html);
}
