// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/domain.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <span>

// One column of a project table as the whole program knows it: where it is stored, what it holds
// and in which unit, its label (English source, translated in the "Fields" context), the header
// words the importer recognises, the header the exporter writes, how the editor asks for it and
// whether it is confidential. Constant data; see Fields for the catalogue itself.
struct Field
{
    enum class Type {
        Key,      // the row's number (fid): written to exports so the activity log can refer to it
        Text,     //
        Integer,  //
        Money,    // 万元 (10⁴ CNY) stored, shown in 亿元
        MoneyUsd, // 万美元
        Area,     // 亩
        MoneyPerMu, // 万元/亩
        MoneyWan,   // 万元 stored and shown: one plot's tax or output of a year
        Number,     // a plain decimal without a unit (容积率, the plot ratio)
        Date,       // ISO YYYY-MM-DD
        Code,       // one code of `codes`
        Boolean,    // 0/1; 是/否 in spreadsheets
        Reference,  // fid of a row of `target`; shown, exported and imported by that row's name
        Longitude,  // of the row's point geometry (column geom), CGCS2000 degrees
        Latitude,   //
    };
    // How the project editor asks for the value; None: not edited there.
    enum class Input { None, Line, Lines, Amount, Number, Date, Choice, Check };
    enum Flag {
        Required = 0x1,
        // Negotiation data: who invests how much, the activity log, the lead official, notes.
        // Never shown to an audience (presentations); the office's own ledger shows it.
        Confidential = 0x2,
        Shown = 0x4,      // a column of the ledger table by default (the others: its column menu)
        Title = 0x8,      // names the row (project name, parcel code)
        Lifecycle = 0x10, // the stage and what belongs to it (editor's stage tab)
        Milestone = 0x20, // the date a stage was reached
        Commitment = 0x40, // a 标准地 commitment (investment intensity, plot ratio, tax, deadline)
        Derived = 0x80,    // computed by the program (a parcel's 亩均 grade): never imported
    };

    const char *key;    // stable id; import mappings and presets name fields by it
    const char *column; // column in the table; nullptr when derived (a project's name in the log)
    Type type;
    const char *label;  // English, QT_TRANSLATE_NOOP("Fields", …)
    const char *header; // exported header (Chinese, UTF-8); the unit is added: 总投资(万元)
    const char *words;  // further headers the importer takes, '|'-separated, most specific first
    Input input = Input::None;
    int flags = 0;
    std::span<const DomainValue> (*codes)() = nullptr; // Type::Code
    const char *target = nullptr;                      // Type::Reference: units, parks
    const char *hint = nullptr;                        // editor placeholder, QT_TRANSLATE_NOOP

    bool has(Flag flag) const { return (flags & flag) != 0; }
    bool isNumber() const;
    bool isLocation() const { return type == Type::Longitude || type == Type::Latitude; }
};

// The field catalogue: projects, their activity log, and (smaller) parcels, parks, units and
// enclaves. The ledger importer and exporter, the ledger table, the details panel, the project
// editor, ProjectRules and Validator read it; nothing else lists the columns of these tables.
//
// Confidentiality: a confidential field is left out of everything shown to an audience
// (Audience::Public: presentations, public details), and a project marked confidential is left
// out altogether. The office (Audience::Office) sees everything: ledger, editor, exports, validate.
namespace Fields {

enum class Audience { Office, Public };

std::span<const Field> projects();
std::span<const Field> events(); // project_events, as the exported activity log has it
std::span<const Field> funds();  // project_funds: funds arrived per project and month
std::span<const Field> parcels();
std::span<const Field> parcelEvents();           // a parcel's history (parcel_events)
std::span<const Field> parcelYearly();           // a parcel's figures by year (parcel_yearly)
std::span<const Field> of(const QString &table); // empty for tables without a catalogue
QStringList tables();                            // the tables that have one

const Field *find(std::span<const Field> fields, const QString &key);
const Field *byColumn(std::span<const Field> fields, const QString &column);
// The fields of a table that carry a flag, in catalogue order.
QList<const Field *> withFlag(std::span<const Field> fields, Field::Flag flag);

QString key(const Field &field);
QString column(const Field &field);
QString label(const Field &field); // translated
QString hint(const Field &field);  // translated; empty when there is none

// The unit values are stored in, as spreadsheets write it (万元, 万美元, 亩, 万元/亩); empty for
// values without a unit.
QString storedUnit(const Field &field);
// The unit values are shown in (translated: 亿元 for money, 亩 …); empty without a unit.
QString displayUnit(const Field &field);
// The label with the display unit, for a column title: "Total investment (100M CNY)".
QString title(const Field &field);
// A stored value in the display unit, localised, without the unit (ledger table cells).
QString displayNumber(const Field &field, const QVariant &value);
// A stored value as a person reads it: numbers with their unit, codes as labels, yes/no, texts
// elided() to kShownChars. References must already be resolved to names. Empty for null.
QString display(const Field &field, const QVariant &value);

// At most this many characters of a text are shown (ledger table, details): laying out a text
// of megabytes (a hostile or broken file) took gigabytes of memory. Readers for display fetch
// kShownChars + 1 characters, so that elided() can tell that there is more.
constexpr int kShownChars = 1000;
// A text cut to kShownChars characters, ending in "…" when it was longer.
QString elided(const QString &text);
// The longest text a field may hold; the importer rejects longer ones, and so do the rules that
// guard every edit (ProjectRules).
constexpr int kMaxTextChars = 10000;
// What is wrong with `text` as a value of `field` when it is longer than kMaxTextChars
// (translated); empty when it is not.
QString lengthProblem(const Field &field, const QString &text);

// The exported header: the header word and the stored unit, "总投资(万元)".
QString exportHeader(const Field &field);
// Every header the importer takes for the field, the exported header first.
QStringList headerWords(const Field &field);

bool isShownTo(const Field &field, Audience audience);
// The fields of `fields` an audience may see, in catalogue order.
QList<const Field *> shownTo(std::span<const Field> fields, Audience audience);

// The boolean column that marks a row of `table` confidential (projects: `confidential`); empty
// for tables whose rows are never confidential themselves.
QString confidentialColumn(const QString &table);
// The SQL condition that keeps the rows of `table` an audience may see, for a WHERE clause:
// in public, projects not marked confidential, and the activity log and parcel links of those
// projects only; "1" for every other table and for the office. `alias` is how the query names
// the table (empty: its own name).
QString visibleRows(const QString &table, Audience audience, const QString &alias = {});

} // namespace Fields
