// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandparser.h"

#include "app/cli/exitcode.h"

#include <QTextStream>

#include <algorithm>

namespace {

QString shownName(const QString &command)
{
    return command.isEmpty() ? QStringLiteral("investatlas-cli")
                             : QStringLiteral("investatlas-cli ") + command;
}

} // namespace

CommandParser::CommandParser(const QString &command, const QString &description, QTextStream &out,
                             QTextStream &err)
    : m_command(command)
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
    , m_out(out)
    , m_err(err)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_help);
}

void CommandParser::addArgument(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    m_required << name;
}

void CommandParser::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void CommandParser::addPublicOption()
{
    addOption({QStringLiteral("public"),
               tr("Public mode: leave out confidential projects and confidential fields (the "
                  "investor, amounts, lead official, notes, the activity log's text …).")});
}

Fields::Audience CommandParser::audience() const
{
    return isSet(QStringLiteral("public")) ? Fields::Audience::Public : Fields::Audience::Office;
}

void CommandParser::setCommands(const QList<std::pair<QString, QString>> &commands)
{
    m_commands = commands;
    // Options after the command belong to the command: "info FILE --json" is info's --json.
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    m_parser.addPositionalArgument(QStringLiteral("COMMAND"),
                                   tr("One of the commands below, then its own arguments."),
                                   QStringLiteral("COMMAND [ARGUMENTS…]"));
}

std::optional<int> CommandParser::parse(const QStringList &args)
{
    // QCommandLineParser skips the first argument, the program.
    if (!m_parser.parse(QStringList{QCoreApplication::arguments().value(0)} + args))
        return usageError({m_parser.errorText()});
    if (m_parser.isSet(m_help)) {
        printHelp(m_out);
        return Success;
    }
    if (!m_commands.isEmpty())
        return std::nullopt; // the caller picks the command
    const QStringList given = m_parser.positionalArguments();
    if (given.size() < m_required.size())
        return usageError(
            {tr("Missing %1.").arg(m_required.mid(given.size()).join(QLatin1Char(' ')))});
    if (given.size() > m_required.size())
        return usageError({tr("Unexpected argument: %1").arg(given.at(m_required.size()))});
    return std::nullopt;
}

int CommandParser::usageError(const QStringList &problems)
{
    for (const QString &problem : problems)
        m_err << problem << '\n';
    const QString help = helpText();
    m_err << help.left(help.indexOf(QLatin1Char('\n'))) << '\n'; // the usage line
    m_err << tr("Run \"%1 --help\" for its arguments and options.").arg(shownName(m_command))
          << '\n';
    return UsageError;
}

int CommandParser::runGroup(const QString &group, const QString &description,
                            const QList<Command> &commands, const QStringList &args,
                            QTextStream &out, QTextStream &err)
{
    CommandParser parser(group, description, out, err);
    QList<std::pair<QString, QString>> listed;
    for (const Command &command : commands)
        listed.append({command.name, command.summary});
    parser.setCommands(listed);
    parser.setEpilog(tr("Run \"%1 COMMAND --help\" for the arguments and options of a command.")
                         .arg(shownName(group)));
    if (auto exit = parser.parse(args))
        return *exit;
    const QStringList rest = parser.arguments();
    if (rest.isEmpty())
        return parser.commandMissing();
    for (const Command &command : commands) {
        if (rest.first() == command.name)
            return command.run(rest.mid(1));
    }
    return parser.usageError({tr("Unknown command: %1").arg(rest.first())});
}

int CommandParser::commandMissing()
{
    printHelp(m_err);
    return UsageError;
}

void CommandParser::printHelp(QTextStream &stream) const
{
    stream << helpText();
}

QString CommandParser::helpText() const
{
    QString text = m_parser.helpText();
    // QCommandLineParser names the program as it was started, often a full path; show the
    // command as the user types it instead.
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    for (const QString &program :
         {QCoreApplication::arguments().value(0), QCoreApplication::applicationFilePath()}) {
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < lineEnd) {
            text.replace(at, program.size(), shownName(m_command));
            break;
        }
    }
    if (!m_commands.isEmpty()) {
        qsizetype width = 0;
        for (const auto &[name, summary] : m_commands)
            width = std::max(width, name.size());
        text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
        for (const auto &[name, summary] : m_commands)
            text += QStringLiteral("  ") + name.leftJustified(width + 2) + summary
                    + QLatin1Char('\n');
    }
    if (!m_epilog.isEmpty())
        text += QLatin1Char('\n') + m_epilog + QLatin1Char('\n');
    return text;
}
