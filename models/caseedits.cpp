#include "caseedits.h"

#include "fieldvalue.h"

#include <QSet>

namespace casedesk {

namespace {

bool samePhones(const QList<PhoneData> &a, const QList<PhoneData> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].number.trimmed() != b[i].number.trimmed()
            || a[i].kind != b[i].kind)
            return false;
    return true;
}

QList<PhoneData> mergePhones(const QList<PhoneData> &shown, const QList<PhoneData> &edited,
                             const QList<PhoneData> &current)
{
    QHash<QUuid, PhoneData> shownById;
    for (const PhoneData &p : shown)
        shownById.insert(p.id, p);
    QHash<QUuid, PhoneData> editedById;
    QList<PhoneData> added;
    for (const PhoneData &p : edited) {
        if (p.id.isNull() || !shownById.contains(p.id))
            added << p;
        else
            editedById.insert(p.id, p);
    }
    QList<PhoneData> result;
    for (const PhoneData &p : current) {
        if (!shownById.contains(p.id)) {
            result << p; // added elsewhere meanwhile
            continue;
        }
        if (!editedById.contains(p.id))
            continue; // removed in the form
        const PhoneData &mine = editedById.value(p.id);
        const PhoneData &before = shownById.value(p.id);
        const bool touched
            = mine.number.trimmed() != before.number.trimmed() || mine.kind != before.kind;
        result << (touched ? mine : p);
    }
    return result + added;
}

} // namespace

bool CaseEdits::samePerson(const PersonData &a, const PersonData &b)
{
    return a.familyName.trimmed() == b.familyName.trimmed()
        && a.givenName.trimmed() == b.givenName.trimmed()
        && a.patronymic.trimmed() == b.patronymic.trimmed() && a.birthDate == b.birthDate
        && a.sex == b.sex && a.citizenship.trimmed() == b.citizenship.trimmed()
        && (a.idType == b.idType || (a.idNumber.isEmpty() && b.idNumber.isEmpty()))
        && CaseFiles::normalizeIdNumber(a.idNumber) == CaseFiles::normalizeIdNumber(b.idNumber)
        && a.region.trimmed() == b.region.trimmed() && a.locality.trimmed() == b.locality.trimmed()
        && a.street.trimmed() == b.street.trimmed()
        && a.languages.trimmed() == b.languages.trimmed() && samePhones(a.phones, b.phones);
}

PersonData CaseEdits::mergePerson(const PersonData &shown, const PersonData &edited,
                                  const PersonData &current)
{
    PersonData r = current;
    // Field groups of the store move as one unit, as they were typed together.
    if (edited.familyName.trimmed() != shown.familyName.trimmed()
        || edited.givenName.trimmed() != shown.givenName.trimmed()
        || edited.patronymic.trimmed() != shown.patronymic.trimmed()) {
        r.familyName = edited.familyName;
        r.givenName = edited.givenName;
        r.patronymic = edited.patronymic;
    }
    if (!(edited.birthDate == shown.birthDate))
        r.birthDate = edited.birthDate;
    if (edited.sex != shown.sex)
        r.sex = edited.sex;
    if (edited.citizenship.trimmed() != shown.citizenship.trimmed())
        r.citizenship = edited.citizenship;
    if (edited.idType != shown.idType
        || CaseFiles::normalizeIdNumber(edited.idNumber)
            != CaseFiles::normalizeIdNumber(shown.idNumber)) {
        r.idType = edited.idType;
        r.idNumber = edited.idNumber;
    }
    if (edited.region.trimmed() != shown.region.trimmed()
        || edited.locality.trimmed() != shown.locality.trimmed()
        || edited.street.trimmed() != shown.street.trimmed()) {
        r.region = edited.region;
        r.locality = edited.locality;
        r.street = edited.street;
    }
    if (edited.languages.trimmed() != shown.languages.trimmed())
        r.languages = edited.languages;
    r.phones = mergePhones(shown.phones, edited.phones, current.phones);
    return r;
}

bool CaseEdits::sameCaseFields(const CaseFileData &a, const CaseFileData &b)
{
    return changedCaseFields(a, b).isEmpty();
}

QCborMap CaseEdits::changedCaseFields(const CaseFileData &shown, const CaseFileData &edited)
{
    const auto text = textOrNull;
    const auto date = dateOrNull;
    QCborMap fields;
    if (edited.assignedWorker.trimmed() != shown.assignedWorker.trimmed())
        fields.insert(QStringLiteral("assigned_worker"), text(edited.assignedWorker));
    // The status group is written only by closing and reopening (CaseClosure).
    if (edited.managementModel != shown.managementModel)
        fields.insert(QStringLiteral("management_model"), text(edited.managementModel));
    if (edited.consentGiven != shown.consentGiven || edited.consentDate != shown.consentDate
        || edited.consentScope.trimmed() != shown.consentScope.trimmed()) {
        fields.insert(QStringLiteral("consent_given"), edited.consentGiven);
        fields.insert(QStringLiteral("consent_date"), date(edited.consentDate));
        fields.insert(QStringLiteral("consent_scope"), text(edited.consentScope));
    }
    return fields;
}

QStringList CaseEdits::mergeCategories(const QStringList &shown, const QStringList &edited,
                                       const QStringList &current)
{
    const QSet<QString> before(shown.cbegin(), shown.cend());
    const QSet<QString> after(edited.cbegin(), edited.cend());
    QSet<QString> result(current.cbegin(), current.cend());
    result.unite(after - before);
    result.subtract(before - after);
    QStringList list(result.cbegin(), result.cend());
    list.sort();
    return list;
}

} // namespace casedesk
