#pragma once

#include "casefiles.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace casedesk {

class PhoneListEditor;

// The fields of one person (client or household member): names, birth date as typed,
// sex, citizenship, ID document, phones, address and languages.
class PersonForm : public QWidget
{
    Q_OBJECT

public:
    explicit PersonForm(QWidget *parent = nullptr);

    void setPerson(const PersonData &person);
    // The person as typed; fails with a message when the birth date cannot be read.
    // The remaining rules are CaseFiles::validatePerson's.
    Result<PersonData> person() const;
    QLineEdit *familyNameEdit() const { return m_family; }

    // How a birth date is put into the field so that PartialDate::parse reads it back.
    static QString editableDate(const PartialDate &date);

signals:
    // Emitted on every change made by the person typing, not by setPerson().
    void edited();

private:
    QLineEdit *addLine(const QString &objectName);

    QUuid m_id;
    QLineEdit *m_family;
    QLineEdit *m_given;
    QLineEdit *m_patronymic;
    QLineEdit *m_birthDate;
    QComboBox *m_sex;
    QLineEdit *m_citizenship;
    QComboBox *m_idType;
    QLineEdit *m_idNumber;
    PhoneListEditor *m_phones;
    QLineEdit *m_region;
    QLineEdit *m_locality;
    QLineEdit *m_street;
    QLineEdit *m_languages;
};

} // namespace casedesk
