#pragma once

#include "casefiles.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace casedesk {

class PersonForm;

// Adds a person to a case's household: their person fields and how they relate to the client.
class HouseholdMemberDialog : public QDialog
{
    Q_OBJECT

public:
    HouseholdMemberDialog(CaseFiles &files, const QUuid &caseId, QWidget *parent = nullptr);

    PersonForm *personForm() const { return m_person; }
    QString errorText() const;
    void accept() override;

private:
    void showError(const QString &message);

    CaseFiles &m_files;
    QUuid m_caseId;
    PersonForm *m_person;
    QComboBox *m_relationship;
    QLabel *m_error;
};

} // namespace casedesk
