// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ledger/projectquery.h"

#include <QObject>

class ProjectFile;
class ProjectDocument;
class QWidget;

// Spreadsheet import and export as the user drives them: choose a file, check the column
// mapping, preview what will be rejected and why, decide about new units and duplicates, then
// import as one undoable command; or export the filtered ledger. Owns no data.
class LedgerTransfer : public QObject
{
    Q_OBJECT
public:
    LedgerTransfer(ProjectDocument &document, QWidget *parent);
    void importLedger();
    void exportLedger(const ProjectFilter &filter);

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    void failed(const QString &title, const QString &text);

private:
    void fail(const QString &title, const QString &text) { Q_EMIT failed(title, text); }

    ProjectFile &m_project;
    ProjectDocument &m_document;
    QWidget *m_parent;
};
