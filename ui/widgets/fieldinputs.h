// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

class ProjectFile;
class QComboBox;
class QFormLayout;
class QWidget;
struct Field;

// The inputs of a form built from the field catalogue (the project editor, the parcel editor):
// one widget per field as Field::Input says — amounts typed as "5亿", "8000万" or a number in the
// unit chosen beside them, areas "5.3公顷", dates typed or picked (or left empty), choices from
// the code lists or from the project's units and parks, check boxes. Owns no widget (they are the
// parent's children); lives as long as the form. GUI thread.
class FieldInputs
{
    Q_DECLARE_TR_FUNCTIONS(FieldInputs)
public:
    struct Input
    {
        const Field *field = nullptr;
        QWidget *widget = nullptr; // QLineEdit, QPlainTextEdit, QComboBox, DateEdit, QCheckBox
        QComboBox *unit = nullptr; // amounts: the unit of a bare number
    };

    // Makes the input of `field` (choices of a reference read from `project`; a failure to read
    // them comes back in `problem`) and adds it as a row of `form`.
    QWidget *add(const Field &field, ProjectFile &project, QWidget *parent, QFormLayout *form,
                 QString *problem);
    const QList<Input> &inputs() const { return m_inputs; }
    // The input of the field stored in `column`; nullptr when there is none.
    QWidget *widget(const QString &column) const;

    // Shows a row's values (column → stored value).
    void setValues(const QVariantMap &row);
    // The values typed, column → value to store (null for empty); an Error naming the field
    // whose text cannot be read.
    Result<QVariantMap> values() const;

    // A stored number as a form shows it, divided by `divisor` (万 in 亿); empty for null.
    static QString numberText(const QVariant &v, double divisor = 1);

private:
    static void setValue(const Input &input, const QVariant &value);
    static Result<QVariant> value(const Input &input);
    QList<Input> m_inputs;
};
