#pragma once

#include "assessmenttemplate.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace casedesk {

// Chooses the template of a new assessment among those in force today, with each one's
// description.
class NewAssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    NewAssessmentDialog(const QList<const AssessmentTemplate *> &templates,
                        QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // The hash of the chosen template, or empty.
    QString chosenHash() const;
    // Chooses by template id (for tests and shortcuts); false when it is not offered.
    bool choose(const QString &templateId);

private:
    void showDescription();

    QList<const AssessmentTemplate *> m_templates;
    QListWidget *m_list;
    QLabel *m_description;
    QPushButton *m_start;
};

} // namespace casedesk
