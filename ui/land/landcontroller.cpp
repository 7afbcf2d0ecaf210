// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/land/landcontroller.h"

#include "core/commands/parcelshapes.h"
#include "core/domain/domain.h"
#include "core/map/crs/mercator.h"
#include "core/map/mapdocument.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"
#include "ui/land/landdialog.h"
#include "ui/land/matchdialog.h"
#include "ui/land/parceldialog.h"
#include "ui/map/mapcanvas.h"
#include "ui/map/tools/drawparceltool.h"
#include "ui/map/tools/projectlandtool.h"
#include "ui/map/tools/splittool.h"
#include "ui/map/tools/vertextool.h"
#include "ui/widgets/scrollsafecombobox.h"

#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace {

bool noDialogs()
{
    return qEnvironmentVariableIsSet("INVESTATLAS_NO_DIALOGS");
}

} // namespace

LandController::LandController(QMainWindow *window, MapCanvas *canvas)
    : QObject(window)
    , m_window(window)
    , m_canvas(canvas)
    , m_menu(new QMenu(tr("&Land"), window))
    , m_toolBar(window->addToolBar(tr("Land tools")))
    , m_tools(new QActionGroup(this))
    , m_draw(new DrawParcelTool(canvas))
    , m_vertices(new VertexTool(canvas))
    , m_split(new SplitTool(canvas))
    , m_place(new ProjectLandTool(canvas, ProjectLandTool::Mode::Place))
    , m_link(new ProjectLandTool(canvas, ProjectLandTool::Mode::Link))
{
    m_menu->setObjectName(QStringLiteral("LandMenu"));
    // Before Help, which comes last.
    QMenuBar *bar = window->menuBar();
    bar->insertMenu(bar->actions().isEmpty() ? nullptr : bar->actions().last(), m_menu);
    m_toolBar->setObjectName(QStringLiteral("LandToolbar"));
    auto named = [](QAction *action, const char *name) {
        action->setObjectName(QLatin1String(name));
        return action;
    };
    named(m_menu->addAction(tr("Idle land and mu-average evaluation…"), this,
                            &LandController::openLandDialog),
          "LandDialogAction")
        ->setStatusTip(tr("Idle and low-efficiency land per unit against its 盘活 target, "
                          "腾笼换鸟 candidates, 标准地 commitments, grade lines"));
    QAction *match = named(m_menu->addAction(tr("Match parcels to the project…"), this,
                                             &LandController::openMatchDialog),
                           "MatchAction");
    match->setStatusTip(tr("Rank the parcels on offer and the idle ones for the project chosen "
                           "in the ledger (精准匹配)"));
    named(m_menu->addAction(tr("Mu-average map"), this, &LandController::showGradeMap),
          "GradeMapAction")
        ->setStatusTip(tr("Colour the parcels by their 亩均 grade A–D"));
    m_menu->addSeparator();
    QAction *edit = named(m_menu->addAction(tr("Edit parcel…"), this,
                                            [this] {
                                                const QList<qint64> fids = selectedParcels();
                                                if (fids.size() == 1)
                                                    editParcel(fids.first());
                                                else
                                                    say(tr("Select one parcel on the map "
                                                           "first."),
                                                        true);
                                            }),
                          "EditParcelAction");
    m_editActions << match << edit;
    // The land report and the grade map are made of 亩均 tax and output: office figures.
    m_officeActions << action(QStringLiteral("LandDialogAction"))
                    << action(QStringLiteral("GradeMapAction"));

    m_pan = m_tools->addAction(tr("Pan and identify"));
    m_pan->setObjectName(QStringLiteral("PanToolAction"));
    m_pan->setCheckable(true);
    m_pan->setChecked(true);
    connect(m_pan, &QAction::triggered, this, [this] { m_canvas->setTool(nullptr); });
    m_toolBar->addAction(m_pan);
    m_menu->addSeparator();
    addTool(m_draw, tr("Draw parcel"),
            tr("Click the corners of a new parcel (they snap to neighbours); double-click or "
               "Enter to finish, Backspace to take back a corner, Esc to drop it"));
    addTool(m_vertices, tr("Edit corners"),
            tr("Click a parcel, then drag a corner to move it, double-click an edge to add one, "
               "right-click a corner to remove it"));
    addTool(m_split, tr("Split parcel"),
            tr("Draw a line across the parcel, from outside to outside, and double-click"));
    QAction *merge = named(
        m_menu->addAction(tr("Merge selected parcels"), this, &LandController::mergeSelected),
        "MergeAction");
    merge->setStatusTip(tr("Merge the parcels selected on the map (Ctrl+click) into one"));
    QAction *remove = named(
        m_menu->addAction(tr("Delete selected parcel"), this, &LandController::deleteSelected),
        "DeleteParcelAction");
    // Merge and delete stay in the menu: the toolbar shares a row with the main one on a laptop.
    m_editActions << merge << remove;
    m_menu->addSeparator();
    addTool(m_place, tr("Place project"),
            tr("Click where the project chosen in the ledger is: its point moves there"));
    addTool(m_link, tr("Link parcels to project"),
            tr("Click parcels to link them to the project chosen in the ledger (again to "
               "unlink)"));
    m_draw->setAskValues([this](double mu) { return askNewParcel(mu); });
    // Back to panning whenever the canvas drops a tool (deleted, or set elsewhere).
    connect(m_canvas, &MapCanvas::toolChanged, this, [this](MapTool *tool) {
        if (!tool || tool->objectName() == QLatin1String("pan"))
            m_pan->setChecked(true);
    });
}

void LandController::addTool(EditTool *tool, const QString &text, const QString &tip)
{
    QAction *action = m_tools->addAction(text);
    action->setObjectName(tool->objectName() + QStringLiteral("Action"));
    action->setCheckable(true);
    action->setStatusTip(tip);
    action->setToolTip(text + QStringLiteral("\n") + tip);
    connect(action, &QAction::triggered, this, [this, tool] { m_canvas->setTool(tool); });
    connect(tool, &EditTool::message, this, &LandController::say);
    tool->setCurrentProject([this] { return m_currentProject ? m_currentProject() : 0; });
    m_menu->addAction(action);
    m_toolBar->addAction(action);
    m_editActions << action;
    m_editTools << tool;
}

LandDialog *LandController::landDialog() const
{
    return m_landDialog;
}

MatchDialog *LandController::matchDialog() const
{
    return m_matchDialog;
}

QAction *LandController::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

void LandController::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_canvas->setTool(nullptr);
    for (EditTool *tool : std::as_const(m_editTools))
        tool->setDocument(document);
    // Dialogs belong to the project they were opened for.
    delete m_landDialog;
    delete m_matchDialog;
    updateEnabled();
}

void LandController::updateEnabled()
{
    const bool isPublic = m_document && m_document->isPublic();
    const bool editable = m_document && !m_document->store().isReadOnly() && !isPublic;
    if (isPublic) {
        // What was open shows office data or edits: it goes with the office.
        m_canvas->setTool(nullptr);
        delete m_landDialog;
        delete m_matchDialog;
    }
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(editable);
    for (QAction *action : std::as_const(m_officeActions))
        action->setEnabled(m_document && !isPublic);
    m_menu->setEnabled(m_document != nullptr);
}

void LandController::setCurrentProject(std::function<qint64()> current)
{
    m_currentProject = std::move(current);
}

QList<qint64> LandController::selectedParcels() const
{
    QList<qint64> fids;
    for (const MapCanvas::FeatureKey &key : m_canvas->selection()) {
        if (key.first == QLatin1String("parcels"))
            fids << key.second;
    }
    std::sort(fids.begin(), fids.end());
    return fids;
}

void LandController::say(const QString &text, bool problem)
{
    m_window->statusBar()->showMessage(text, problem ? 15000 : 8000);
}

bool LandController::confirm(const QString &title, const QString &question)
{
    return noDialogs()
           || QMessageBox::question(m_window, title, question,
                                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                  == QMessageBox::Yes;
}

void LandController::showParcel(qint64 fid)
{
    m_canvas->setSelection({{QStringLiteral("parcels"), fid}});
    m_canvas->zoomToSelection();
    Q_EMIT parcelShown(fid);
}

void LandController::editParcel(qint64 fid)
{
    if (!m_document)
        return;
    ParcelDialog dialog(*m_document, fid, m_window);
    dialog.exec();
}

void LandController::openLandDialog()
{
    if (!m_document)
        return;
    if (!m_landDialog) {
        m_landDialog = new LandDialog(*m_document, m_window);
        m_landDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_landDialog, &LandDialog::parcelActivated, this, &LandController::showParcel);
    }
    m_landDialog->show();
    m_landDialog->raise();
}

void LandController::openMatchDialog()
{
    if (!m_document)
        return;
    const qint64 project = m_currentProject ? m_currentProject() : 0;
    if (!project) {
        say(tr("Choose a project in the ledger first."), true);
        return;
    }
    delete m_matchDialog;
    m_matchDialog = new MatchDialog(*m_document, project, m_window);
    m_matchDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_matchDialog, &MatchDialog::candidatesFound, this, [this](const QList<qint64> &fids) {
        QSet<MapCanvas::FeatureKey> keys;
        for (qint64 fid : fids)
            keys.insert({QStringLiteral("parcels"), fid});
        m_canvas->setSelection(keys);
    });
    connect(m_matchDialog, &MatchDialog::candidateChosen, this, [this](const QList<qint64> &fids) {
        QSet<MapCanvas::FeatureKey> keys;
        for (qint64 fid : fids)
            keys.insert({QStringLiteral("parcels"), fid});
        m_canvas->setSelection(keys);
        m_canvas->zoomToSelection();
        if (!fids.isEmpty())
            Q_EMIT parcelShown(fids.first());
    });
    m_matchDialog->show();
    m_matchDialog->find();
}

void LandController::mergeSelected()
{
    if (!m_document)
        return;
    const QList<qint64> fids = selectedParcels();
    if (fids.size() < 2) {
        say(tr("Select two or more adjacent parcels on the map (Ctrl+click) first."), true);
        return;
    }
    auto kept = ParcelShapes::mergeParcels(*m_document, fids, tr("map"));
    if (!kept) {
        say(kept.errorMessage(), true);
        return;
    }
    m_canvas->setSelection({{QStringLiteral("parcels"), *kept}});
    say(tr("%n parcel(s) merged into one. Edit → Undo splits them again.", nullptr,
           int(fids.size())),
        false);
}

void LandController::deleteSelected()
{
    if (!m_document)
        return;
    const QList<qint64> fids = selectedParcels();
    if (fids.size() != 1) {
        say(tr("Select the one parcel to delete on the map first."), true);
        return;
    }
    if (!confirm(tr("Delete parcel"), tr("Delete the selected parcel with its history, figures "
                                         "and project links?\nEdit → Undo brings it back until "
                                         "you close the project.")))
        return;
    if (Status done = ParcelShapes::deleteParcel(*m_document, fids.first()); !done) {
        say(done.errorMessage(), true);
        return;
    }
    m_canvas->setSelection({});
    say(tr("Parcel deleted. Edit → Undo brings it back."), false);
}

void LandController::showGradeMap()
{
    if (!m_document)
        return;
    MapDocument &map = m_document->map();
    map.setLayerStyle(QStringLiteral("parcels"), QStringLiteral("grade"));
    map.setLayerVisible(QStringLiteral("parcels"), true);
}

// The new parcel's code, status, land use and park: the park it lies in is proposed.
std::optional<QVariantMap> LandController::askNewParcel(double areaMu)
{
    if (!m_document)
        return std::nullopt;
    std::optional<qint64> park;
    const QList<QPointF> corners = m_draw->corners();
    if (!corners.isEmpty()) {
        QList<QPointF> ring;
        for (const QPointF &c : corners)
            ring << WebMercator::toLonLat(c.x(), c.y());
        if (auto found = ParcelShapes::parkOf(m_document->store(), ring))
            park = *found;
    }
    const QString code
        = QStringLiteral("NEW-%1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))
          + QStringLiteral("-%1").arg(QTime::currentTime().msecsSinceStartOfDay() % 100000);
    QVariantMap values{{QStringLiteral("code"), code},
                       {QStringLiteral("status"), QStringLiteral("reserve")},
                       {QStringLiteral("land_use"), QStringLiteral("industrial")},
                       {QStringLiteral("park_id"), park ? QVariant(*park) : QVariant()}};
    if (noDialogs())
        return values;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("New parcel"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(
        new QLabel(tr("Measured area: %1 mu").arg(QLocale().toString(areaMu, 'f', 1)), &dialog));
    auto *codeEdit = new QLineEdit(code, &dialog);
    auto *status = new ScrollSafeComboBox(&dialog);
    for (const QString &s : Domain::codes(Domain::parcelStatuses()))
        status->addItem(Domain::label(Domain::parcelStatuses(), s), s);
    auto *use = new ScrollSafeComboBox(&dialog);
    for (const QString &u : Domain::codes(Domain::landUses()))
        use->addItem(Domain::label(Domain::landUses(), u), u);
    auto *parks = new ScrollSafeComboBox(&dialog);
    parks->addItem(tr("(not in a park)"), QVariant());
    if (auto list = Lookups::parks(m_document->store(), Lookups::Order::Name)) {
        for (const Lookups::Choice &c : *list)
            parks->addItem(c.name, c.id);
    }
    parks->setCurrentIndex(std::max(0, parks->findData(values.value(QStringLiteral("park_id")))));
    form->addRow(tr("Parcel code"), codeEdit);
    form->addRow(tr("Status"), status);
    form->addRow(tr("Land use"), use);
    form->addRow(tr("Park"), parks);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    values.insert(QStringLiteral("code"), codeEdit->text().trimmed());
    values.insert(QStringLiteral("status"), status->currentData());
    values.insert(QStringLiteral("land_use"), use->currentData());
    values.insert(QStringLiteral("park_id"), parks->currentData());
    return values;
}
