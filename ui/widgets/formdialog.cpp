// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/formdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

FormDialog::FormDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
{
    setWindowTitle(title);
    m_problem->setStyleSheet(QStringLiteral("color:#B00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
}

bool FormDialog::run(const std::function<QString()> &save)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout()->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, save] {
        const QString problem = save();
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
        if (problem.isEmpty())
            accept();
    });
    return exec() == QDialog::Accepted;
}
