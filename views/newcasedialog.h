#pragma once

#include "casefiles.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace casedesk {

class CategoryChecks;
class ConsentForm;
class PersonForm;

// Intake: opens a new case file for a client after checking the fields and looking for a
// case the person may already have.
class NewCaseDialog : public QDialog
{
    Q_OBJECT

public:
    NewCaseDialog(CaseFiles &files, const QString &userName, QWidget *parent = nullptr);

    PersonForm *personForm() const { return m_person; }
    QString errorText() const;
    // The case opened by this dialog, or the existing one the worker chose instead.
    QUuid createdCase() const { return m_created; }
    QUuid existingCase() const { return m_existing; }
    void accept() override;

private:
    Result<NewCase> collect() const;
    void showError(const QString &message);

    CaseFiles &m_files;
    PersonForm *m_person;
    QComboBox *m_worker;
    QDateEdit *m_opened;
    CategoryChecks *m_categories;
    ConsentForm *m_consent;
    QLabel *m_error;
    QUuid m_created;
    QUuid m_existing;
};

} // namespace casedesk
