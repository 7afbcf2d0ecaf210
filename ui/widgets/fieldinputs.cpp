// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/fieldinputs.h"

#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/domain/valueparsers.h"
#include "core/project/lookups.h"
#include "ui/widgets/dateedit.h"
#include "ui/widgets/scrollsafecombobox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {

double wanPer(ValueParsers::DefaultUnit unit)
{
    return unit == ValueParsers::DefaultUnit::Yi ? Domain::kWanPerYi : 1;
}

} // namespace

QString FieldInputs::numberText(const QVariant &v, double divisor)
{
    return v.isNull() ? QString() : QString::number(v.toDouble() / divisor, 'g', 12);
}

QWidget *FieldInputs::add(const Field &field, ProjectFile &project, QWidget *parent,
                          QFormLayout *form, QString *problem)
{
    Input input{&field, nullptr, nullptr};
    switch (field.input) {
    case Field::Input::Lines: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setMaximumHeight(70);
        input.widget = edit;
        break;
    }
    case Field::Input::Check:
        input.widget
            = new QCheckBox(field.hint ? Fields::hint(field) : Fields::label(field), parent);
        break;
    case Field::Input::Date:
        input.widget = new DateEdit(parent);
        break;
    case Field::Input::Choice: {
        auto *box = new ScrollSafeComboBox(parent);
        if (!field.has(Field::Required))
            box->addItem(tr("(not given)"), QVariant());
        if (field.type == Field::Type::Code) {
            for (const DomainValue &v : field.codes())
                box->addItem(Domain::label(field.codes(), QLatin1String(v.code)),
                             QLatin1String(v.code));
        } else if (auto choices = Lookups::references(project, QLatin1String(field.target))) {
            for (const Lookups::Choice &c : *choices)
                box->addItem(c.name, c.id);
        } else if (problem) {
            *problem = choices.errorMessage();
        }
        input.widget = box;
        break;
    }
    case Field::Input::Amount: {
        // A bare number is read in the unit chosen beside it; "5亿" or "8000万" say their own.
        input.unit = new ScrollSafeComboBox(parent);
        if (field.type == Field::Type::MoneyUsd) {
            input.unit->addItem(tr("10k USD (万美元)"), int(ValueParsers::DefaultUnit::Wan));
            input.unit->addItem(tr("100M USD (亿美元)"), int(ValueParsers::DefaultUnit::Yi));
        } else {
            input.unit->addItem(tr("100M CNY (亿元)"), int(ValueParsers::DefaultUnit::Yi));
            input.unit->addItem(tr("10k CNY (万元)"), int(ValueParsers::DefaultUnit::Wan));
        }
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(Fields::hint(field));
        input.widget = edit;
        // Switching the unit converts a number already typed, so it keeps its value.
        QComboBox *unit = input.unit;
        QObject::connect(unit, &QComboBox::currentIndexChanged, edit, [edit, unit](int index) {
            bool ok = false;
            const double shown = edit->text().trimmed().toDouble(&ok);
            if (!ok)
                return;
            const auto to = ValueParsers::DefaultUnit(unit->itemData(index).toInt());
            const auto from = ValueParsers::DefaultUnit(unit->itemData(1 - index).toInt());
            edit->setText(QString::number(shown * wanPer(from) / wanPer(to), 'g', 12));
        });
        break;
    }
    case Field::Input::Line:
    case Field::Input::Number:
    case Field::Input::None: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(Fields::hint(field));
        input.widget = edit;
        break;
    }
    }
    m_inputs << input;
    if (form) {
        if (field.input == Field::Input::Check) {
            form->addRow(QString(), input.widget);
        } else if (input.unit) {
            auto *row = new QHBoxLayout;
            row->addWidget(input.widget, 1);
            row->addWidget(input.unit);
            form->addRow(Fields::label(field), row);
        } else {
            form->addRow(Fields::title(field), input.widget);
        }
    }
    return input.widget;
}

QWidget *FieldInputs::widget(const QString &column) const
{
    for (const Input &input : m_inputs) {
        if (Fields::column(*input.field) == column)
            return input.widget;
    }
    return nullptr;
}

void FieldInputs::setValues(const QVariantMap &row)
{
    for (const Input &input : std::as_const(m_inputs))
        setValue(input, row.value(Fields::column(*input.field)));
}

Result<QVariantMap> FieldInputs::values() const
{
    QVariantMap v;
    for (const Input &input : m_inputs) {
        auto parsed = value(input);
        if (!parsed)
            return parsed.error();
        v.insert(Fields::column(*input.field), *parsed);
    }
    return v;
}

void FieldInputs::setValue(const Input &input, const QVariant &value)
{
    const Field &field = *input.field;
    // Before QLineEdit: a DateEdit is one.
    if (auto *date = qobject_cast<DateEdit *>(input.widget)) {
        date->setDate(QDate::fromString(value.toString(), Qt::ISODate));
    } else if (auto *line = qobject_cast<QLineEdit *>(input.widget)) {
        if (input.unit)
            line->setText(numberText(
                value, wanPer(ValueParsers::DefaultUnit(input.unit->currentData().toInt()))));
        else if (field.isNumber())
            line->setText(numberText(value));
        else
            line->setText(value.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(input.widget)) {
        text->setPlainText(value.toString());
    } else if (auto *box = qobject_cast<QComboBox *>(input.widget)) {
        const QVariant key = field.type == Field::Type::Code ? QVariant(value.toString()) : value;
        box->setCurrentIndex(std::max(0, box->findData(key)));
    } else if (auto *check = qobject_cast<QCheckBox *>(input.widget)) {
        check->setChecked(value.toInt() != 0);
    }
}

Result<QVariant> FieldInputs::value(const Input &input)
{
    const Field &field = *input.field;
    auto orNull = [](const QString &text) {
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
    };
    auto problem = [&](const QString &why) {
        return Error{Fields::label(field) + QStringLiteral(": ") + why};
    };
    if (auto *date = qobject_cast<DateEdit *>(input.widget)) { // before QLineEdit: it is one
        if (const QString why = date->problem(); !why.isEmpty())
            return problem(why);
        return date->date().isValid() ? QVariant(date->date().toString(Qt::ISODate)) : QVariant();
    }
    if (auto *line = qobject_cast<QLineEdit *>(input.widget)) {
        if (input.unit) {
            auto parsed = ValueParsers::parseAmount(
                line->text(), ValueParsers::DefaultUnit(input.unit->currentData().toInt()));
            if (!parsed)
                return problem(parsed.errorMessage());
            return parsed->has_value() ? QVariant((*parsed)->wan) : QVariant();
        }
        if (field.type == Field::Type::Area) {
            auto parsed = ValueParsers::parseArea(line->text());
            if (!parsed)
                return problem(parsed.errorMessage());
            return parsed->has_value() ? QVariant(**parsed) : QVariant();
        }
        if (field.isNumber() && !line->text().trimmed().isEmpty()) {
            bool ok = false;
            const double number = line->text().trimmed().toDouble(&ok);
            if (!ok)
                return problem(tr("\"%1\" is not a number").arg(line->text().trimmed()));
            return QVariant(number);
        }
        return orNull(line->text());
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(input.widget))
        return orNull(text->toPlainText());
    if (auto *box = qobject_cast<QComboBox *>(input.widget))
        return box->currentData();
    if (auto *check = qobject_cast<QCheckBox *>(input.widget))
        return QVariant(check->isChecked() ? 1 : 0);
    return QVariant();
}
