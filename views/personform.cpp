#include "personform.h"

#include "phonelisteditor.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace casedesk {

PersonForm::PersonForm(QWidget *parent) : QWidget(parent)
{
    m_family = addLine(QStringLiteral("familyNameEdit"));
    m_given = addLine(QStringLiteral("givenNameEdit"));
    m_patronymic = addLine(QStringLiteral("patronymicEdit"));
    m_birthDate = addLine(QStringLiteral("birthDateEdit"));
    m_birthDate->setPlaceholderText(tr("12.03.1984, 03.1984 or 1984"));
    m_birthDate->setToolTip(tr("When only the month or the year of birth is known, type just "
                               "that."));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->addItem(tr("Not recorded"), QString());
    for (const auto &item : Vocabulary::sexes())
        m_sex->addItem(item.second, item.first);
    m_citizenship = addLine(QStringLiteral("citizenshipEdit"));
    m_idType = new QComboBox(this);
    m_idType->setObjectName(QStringLiteral("idTypeCombo"));
    for (const auto &item : Vocabulary::idDocumentTypes())
        m_idType->addItem(item.second, item.first);
    m_idNumber = addLine(QStringLiteral("idNumberEdit"));
    m_phones = new PhoneListEditor(this);
    m_region = addLine(QStringLiteral("regionEdit"));
    m_locality = addLine(QStringLiteral("localityEdit"));
    m_street = addLine(QStringLiteral("streetEdit"));
    m_languages = addLine(QStringLiteral("languagesEdit"));
    m_languages->setPlaceholderText(tr("for example kk, ru"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Patronymic:"), m_patronymic);
    form->addRow(tr("&Birth date:"), m_birthDate);
    form->addRow(tr("S&ex:"), m_sex);
    form->addRow(tr("&Citizenship:"), m_citizenship);
    form->addRow(tr("ID docu&ment:"), m_idType);
    form->addRow(tr("Document number:"), m_idNumber);
    form->addRow(tr("Phones:"), m_phones);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Locality:"), m_locality);
    form->addRow(tr("S&treet and house:"), m_street);
    form->addRow(tr("L&anguages:"), m_languages);

    connect(m_sex, &QComboBox::activated, this, &PersonForm::edited);
    connect(m_idType, &QComboBox::activated, this, &PersonForm::edited);
    connect(m_phones, &PhoneListEditor::edited, this, &PersonForm::edited);
}

QLineEdit *PersonForm::addLine(const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textEdited, this, &PersonForm::edited);
    return edit;
}

QString PersonForm::editableDate(const PartialDate &date)
{
    // toDisplay() follows the locale (3/12/1984 in the US), which parse() would read as
    // day first; the dotted form is what the placeholder teaches and parse() expects.
    switch (date.precision()) {
    case PartialDate::Precision::None:
        return QString();
    case PartialDate::Precision::Year:
        return QString::number(date.year());
    case PartialDate::Precision::Month:
        return QStringLiteral("%1.%2").arg(date.month(), 2, 10, QLatin1Char('0')).arg(date.year());
    case PartialDate::Precision::Day:
        return QStringLiteral("%1.%2.%3")
            .arg(date.day(), 2, 10, QLatin1Char('0'))
            .arg(date.month(), 2, 10, QLatin1Char('0'))
            .arg(date.year());
    }
    return QString();
}

void PersonForm::setPerson(const PersonData &person)
{
    m_id = person.id;
    m_family->setText(person.familyName);
    m_given->setText(person.givenName);
    m_patronymic->setText(person.patronymic);
    m_birthDate->setText(editableDate(person.birthDate));
    const int sex = m_sex->findData(person.sex);
    m_sex->setCurrentIndex(sex >= 0 ? sex : 0);
    m_citizenship->setText(person.citizenship);
    const int idType = m_idType->findData(person.idType);
    m_idType->setCurrentIndex(idType >= 0 ? idType : 0);
    m_idNumber->setText(person.idNumber);
    m_phones->setPhones(person.phones);
    m_region->setText(person.region);
    m_locality->setText(person.locality);
    m_street->setText(person.street);
    m_languages->setText(person.languages);
}

Result<PersonData> PersonForm::person() const
{
    PersonData p;
    p.id = m_id;
    p.familyName = m_family->text().trimmed();
    p.givenName = m_given->text().trimmed();
    p.patronymic = m_patronymic->text().trimmed();
    const auto birth = PartialDate::parse(m_birthDate->text());
    if (!birth)
        return Status::error(tr("Birth date: %1").arg(birth.message()));
    p.birthDate = birth.value();
    p.sex = m_sex->currentData().toString();
    p.citizenship = m_citizenship->text().trimmed();
    p.idType = m_idType->currentData().toString();
    p.idNumber = m_idNumber->text().trimmed();
    p.phones = m_phones->phones();
    p.region = m_region->text().trimmed();
    p.locality = m_locality->text().trimmed();
    p.street = m_street->text().trimmed();
    p.languages = m_languages->text().trimmed();
    return p;
}

} // namespace casedesk
