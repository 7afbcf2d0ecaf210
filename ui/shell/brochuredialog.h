// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class ProjectDocument;
class QComboBox;
class QLineEdit;

// File → Park brochure: the park (preselected when chosen from the menu of parks), the
// language (中文 or English) and the contact line, then where to save the PDF; core writes it
// (Brochure), always public. Owned by its caller; GUI thread.
class BrochureDialog : public QDialog
{
    Q_OBJECT
public:
    BrochureDialog(ProjectDocument &document, const QString &park, QWidget *parent = nullptr);

    QString park() const;
    QString language() const; // "zh" or "en"
    QString contact() const;

    // Runs the whole exchange; returns the message for the status bar (empty when cancelled)
    // and reports a failure through `failed`.
    static QString run(ProjectDocument &document, const QString &park, QWidget *parent,
                       const std::function<void(const QString &)> &failed);

private:
    QComboBox *m_park = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_contact = nullptr;
};
