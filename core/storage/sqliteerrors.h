// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

// The one place where SQLite's result codes become sentences a user can act on: "attempt to write
// a readonly database", "database is locked", "disk I/O error" and "database or disk is full"
// reached the Chinese UI in English, saying neither what to do nor which file. SQLite's own text
// is kept only as a detail. Stateless; any thread.
class SqliteErrors
{
    Q_DECLARE_TR_FUNCTIONS(SqliteErrors)
public:
    // What a result code (primary or extended) means for `file`, translated; empty for codes that
    // mean a faulty query rather than a problem with the file, the disk or another program.
    static QString explain(int resultCode, const QString &file);
    // The last error of `db` for the user: explain()'s sentence with SQLite's text as a detail,
    // or "Database error: …" with SQLite's text when there is no sentence for it.
    static QString describe(sqlite3 *db);
    // "sentence (SQLite: raw)": the sentence for the user, SQLite's words for whoever helps them.
    static QString withDetail(const QString &sentence, const QString &raw);
};
