// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <span>

struct Field;

// The rules every stored project obeys, whoever writes it (editor, importer, a script): the
// catalogue's required fields filled in, known codes, no negative amounts or areas, no text
// longer than Fields::kMaxTextChars (Fields),
// milestone dates in lifecycle order (Lifecycle).
class ProjectRules
{
    Q_DECLARE_TR_FUNCTIONS(ProjectRules)
public:
    // `values` holds a project's columns; the first broken rule comes back as a translated message.
    static Status check(const QVariantMap &values);
    // The catalogue's part of the rules for a row of any table: required fields filled in, known
    // codes, no negative numbers, no over-long texts. `needs` is the message for an empty
    // required field, with %1 for its label.
    static Status checkFields(std::span<const Field> fields, const QVariantMap &values,
                              const QString &needs);
};
