// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class ProjectFile;

// Checks an open project for problems a user must fix: database integrity, broken references,
// unknown coded values and milestone dates out of lifecycle order. Read-only.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    // One translated line per problem; empty when the project is clean.
    static QStringList check(ProjectFile &project);
};
