// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class QTextStream;

// The arguments of one investatlas-cli command (`info`, `ledger list`, … or the tool itself),
// parsed by QCommandLineParser, with what every command shares: -h/--help, the check that the
// positional arguments are all there, and the "print the problem, return 1" of a usage error.
// Lives on the stack of the command that uses it, on the main thread (the one the streams are for).
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(CommandParser)
public:
    // `command` is how the user typed it after the program name ("ledger list"; empty for the
    // tool itself); `description` is the one-line summary shown by --help.
    CommandParser(const QString &command, const QString &description, QTextStream &out,
                  QTextStream &err);

    // A required positional argument, in order: `name` is its syntax (FILE.gpkg).
    void addArgument(const QString &name, const QString &description);
    void addOption(const QCommandLineOption &option);
    // --public: read the project as an audience sees it (public mode): confidential projects and
    // confidential fields are left out of everything the command prints or writes.
    void addPublicOption();
    // The audience --public asks for; the office's without it.
    Fields::Audience audience() const;
    // This command dispatches to further commands: the first positional argument names one and
    // everything after it belongs to that command. --help lists `commands` (name, summary).
    void setCommands(const QList<std::pair<QString, QString>> &commands);
    // Text printed by --help after the options and arguments.
    void setEpilog(const QString &epilog) { m_epilog = epilog; }

    // Parses the arguments that follow the command. std::nullopt: the command goes on; otherwise
    // the exit code to return at once: 0 after --help, 1 after a usage error (message on
    // stderr).
    [[nodiscard]] std::optional<int> parse(const QStringList &args);
    // Prints the problems, the usage line and where to find help; returns the usage exit code.
    int usageError(const QStringList &problems);
    // For a command group called without a command: prints the help to stderr; returns the
    // usage exit code.
    int commandMissing();

    // A command group (`targets`, `funds`, `units` …) from start to end: --help lists the
    // commands; without one, or with an unknown one, a usage error; otherwise the named command
    // runs with the arguments after it and its exit code is returned.
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(const QStringList &)> run;
    };
    static int runGroup(const QString &group, const QString &description,
                        const QList<Command> &commands, const QStringList &args, QTextStream &out,
                        QTextStream &err);

    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    // The positional arguments, in order.
    QStringList arguments() const { return m_parser.positionalArguments(); }

private:
    QString helpText() const;
    void printHelp(QTextStream &stream) const;

    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QStringList m_required;
    QList<std::pair<QString, QString>> m_commands;
    QString m_epilog;
    QTextStream &m_out;
    QTextStream &m_err;
};
