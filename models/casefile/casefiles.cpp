#include "casefiles.h"

#include "caseaccess.h"
#include "consent.h"
#include "fieldvalue.h"
#include "permissions.h"
#include "planvocabulary.h"
#include "rowid.h"
#include "searchtext.h"
#include "syncscope.h"
#include "syncstate.h"
#include "vocabulary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace casedesk {

namespace {

QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

// The account of the assigned worker: as chosen, or the signed-in user when they are the worker.
QCborValue assignedUserOf(const RecordStore &store, const NewCase &newCase)
{
    if (!newCase.assignedUser.isNull())
        return QCborValue(newCase.assignedUser);
    const auto session = Access::current(store);
    if (session && !session->isLocal()
        && session->user().name.compare(newCase.assignedWorker.trimmed(), Qt::CaseInsensitive) == 0)
        return QCborValue(session->user().id);
    return QCborValue(QCborValue::Null);
}

Status writeCategories(RecordStore &store, const QUuid &caseId, const QStringList &categories)
{
    const QStringList known = Vocabulary::codes(Vocabulary::categories());
    for (const QString &c : categories)
        if (!known.contains(c))
            return Status::error(CaseFiles::tr("Unknown category of vulnerability: %1").arg(c));
    QHash<QString, QUuid> existing;
    Statement st = store.db().statement(
        "SELECT id, category FROM case_categories WHERE case_id=? AND deleted=0");
    st.bind(1, caseId);
    while (st.step() == Statement::Step::Row)
        existing.insert(st.text(1), st.uuid(0));
    st.reset();
    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    for (const QString &category : categories) {
        if (existing.remove(category))
            continue;
        if (auto r = store.create(QStringLiteral("case_category"), caseId,
                                  { { QStringLiteral("case_id"), QCborValue(caseId) },
                                    { QStringLiteral("category"), category } });
            !r)
            return r.status();
    }
    for (const QUuid &id : std::as_const(existing))
        if (Status s = store.remove(QStringLiteral("case_category"), id); !s)
            return s;
    return batch.commit();
}

} // namespace

QString PersonData::fullName() const
{
    QStringList parts;
    for (const QString &p : { familyName, givenName, patronymic })
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(QLatin1Char(' '));
}

QCborMap PersonData::toFields() const
{
    return {
        { QStringLiteral("family_name"), textOrNull(familyName.trimmed()) },
        { QStringLiteral("given_name"), textOrNull(givenName.trimmed()) },
        { QStringLiteral("patronymic"), textOrNull(patronymic.trimmed()) },
        { QStringLiteral("birth_date"), textOrNull(birthDate.toIso()) },
        { QStringLiteral("sex"), textOrNull(sex) },
        { QStringLiteral("citizenship"), textOrNull(citizenship.trimmed()) },
        { QStringLiteral("id_type"),
          textOrNull(idNumber.trimmed().isEmpty() ? QString() : idType) },
        { QStringLiteral("id_number"), textOrNull(CaseFiles::normalizeIdNumber(idNumber)) },
        { QStringLiteral("address_region"), textOrNull(region.trimmed()) },
        { QStringLiteral("address_locality"), textOrNull(locality.trimmed()) },
        { QStringLiteral("address_street"), textOrNull(street.trimmed()) },
        { QStringLiteral("languages"), textOrNull(languages.trimmed()) },
    };
}

PersonData PersonData::fromFields(const QUuid &id, const QCborMap &f)
{
    PersonData p;
    p.id = id;
    p.familyName = f.value(QStringLiteral("family_name")).toString();
    p.givenName = f.value(QStringLiteral("given_name")).toString();
    p.patronymic = f.value(QStringLiteral("patronymic")).toString();
    const auto birth
        = PartialDate::parse(f.value(QStringLiteral("birth_date")).toString(), QDate(9999, 12, 31));
    if (birth)
        p.birthDate = birth.value();
    p.sex = f.value(QStringLiteral("sex")).toString();
    p.citizenship = f.value(QStringLiteral("citizenship")).toString();
    p.idType = f.value(QStringLiteral("id_type")).toString();
    p.idNumber = f.value(QStringLiteral("id_number")).toString();
    p.region = f.value(QStringLiteral("address_region")).toString();
    p.locality = f.value(QStringLiteral("address_locality")).toString();
    p.street = f.value(QStringLiteral("address_street")).toString();
    p.languages = f.value(QStringLiteral("languages")).toString();
    return p;
}

QString CaseFiles::normalizeIdNumber(const QString &number)
{
    static const QRegularExpression spaces(QStringLiteral("\\s"));
    QString n = number.toUpper();
    n.remove(spaces);
    return n;
}

Status CaseFiles::validateIdNumber(const QString &type, const QString &raw)
{
    const QString number = normalizeIdNumber(raw);
    if (number.isEmpty())
        return Status::ok();
    struct Rule
    {
        const char *type;
        const char *pattern;
    };
    // Formats used across the region's documents; see docs/data-model.md.
    static const Rule rules[] = {
        { "national_id", "^[A-Z]{0,2}\\d{6,9}$" },
        { "passport", "^[A-Z]{1,2}\\d{7,8}$" },
        { "personal_number", "^(\\d{12}|\\d{14})$" },
        { "birth_certificate", "^[A-ZА-Я0-9-]{5,20}$" },
        { "residence_permit", "^[A-Z0-9]{6,12}$" },
        { "other", "^.{1,40}$" },
    };
    static const QHash<QString, QRegularExpression> compiled = [] {
        QHash<QString, QRegularExpression> map;
        for (const Rule &rule : rules)
            map.insert(QString::fromLatin1(rule.type),
                       QRegularExpression(QString::fromUtf8(rule.pattern)));
        return map;
    }();
    for (const Rule &rule : rules) {
        if (type != QLatin1String(rule.type))
            continue;
        if (compiled.value(type).match(number).hasMatch())
            return Status::ok();
        if (type == QLatin1String("passport"))
            return Status::error(tr("A passport number is one or two Latin letters and 7 or 8 "
                                    "digits, for example N12345678."));
        if (type == QLatin1String("national_id"))
            return Status::error(tr("An ID card number is 6 to 9 digits, optionally after one "
                                    "or two Latin letters."));
        if (type == QLatin1String("personal_number"))
            return Status::error(tr("A personal identification number has 12 or 14 digits."));
        if (type == QLatin1String("birth_certificate"))
            return Status::error(tr("A birth certificate number is 5 to 20 letters, digits or "
                                    "dashes."));
        if (type == QLatin1String("residence_permit"))
            return Status::error(tr("A residence permit number is 6 to 12 Latin letters or "
                                    "digits."));
        return Status::error(tr("The document number is too long (40 characters at most)."));
    }
    return Status::error(tr("Choose the kind of ID document."));
}

Status CaseFiles::validatePerson(const PersonData &person)
{
    if (person.familyName.trimmed().isEmpty())
        return Status::error(tr("The family name is required."));
    if (person.givenName.trimmed().isEmpty())
        return Status::error(tr("The given name is required."));
    if (Status s = validateIdNumber(person.idType, person.idNumber); !s)
        return s;
    for (const PhoneData &phone : person.phones) {
        int digits = 0;
        for (const QChar c : phone.number)
            digits += c.isDigit() ? 1 : 0;
        static const QRegularExpression allowed(QStringLiteral("^[0-9+()\\-\\s]*$"));
        if (!allowed.match(phone.number).hasMatch() || digits < 5 || digits > 15)
            return Status::error(
                tr("The phone number \"%1\" is not valid: use 5 to 15 digits, with + ( ) - "
                   "or spaces if you like.")
                    .arg(phone.number));
    }
    return Status::ok();
}

QString CaseFiles::nextCaseNumber(const QDate &date) const
{
    const QString prefix = QStringLiteral("%1-%2-").arg(m_store.site().code).arg(date.year());
    Statement st = m_store.db().statement(
        "SELECT max(case_number) FROM cases WHERE case_number >= ? AND case_number < ?");
    st.bind(1, prefix).bind(2, prefix + QStringLiteral("A"));
    qint64 next = 1;
    if (st.step() == Statement::Step::Row && !st.isNull(0))
        next = st.text(0).mid(prefix.size()).toLongLong() + 1;
    st.reset();
    // After a restore the numbers continue past a gap (see docs/decisions.md).
    Statement floor
        = m_store.db().statement("SELECT value FROM meta WHERE key='case_number_floor'");
    if (floor.step() == Statement::Step::Row)
        next = std::max(next, floor.text(0).toLongLong());
    return prefix + QStringLiteral("%1").arg(next, 6, 10, QLatin1Char('0'));
}

Status CaseFiles::checkEditable(const QUuid &caseId) const
{
    if (Status s = checkHeldHere(caseId); !s)
        return s;
    Statement st = m_store.db().statement("SELECT status FROM cases WHERE id=? AND deleted=0");
    st.bind(1, caseId);
    const QString status = st.step() == Statement::Step::Row ? st.text(0) : QString();
    if (status == QLatin1String("closed"))
        return Status::error(tr("This case is closed. Reopen it to change it."));
    if (status == QLatin1String("closure_requested"))
        return Status::error(tr("This case's closure is waiting for a supervisor's sign-off. "
                                "Withdraw the closure to change the case."));
    return Status::ok();
}

Status CaseFiles::checkHeldHere(const QUuid &caseId) const
{
    const CaseScopeInfo scope = SyncScope::caseScope(m_store, caseId);
    // An unknown case is reported by the write itself.
    if (scope.owner.isNull() || scope.editableHere)
        return Status::ok();
    return Status::error(tr("This case was transferred to %1; it is read-only here.")
                             .arg(Peers::siteName(m_store, scope.owner)));
}

Status CaseFiles::checkWrite(const QUuid &caseId) const
{
    if (Status s = CaseAccess::checkWrite(m_store, caseId); !s)
        return s;
    return checkEditable(caseId);
}

Status CaseFiles::writePhones(const QUuid &caseId, const PersonData &person)
{
    QHash<QUuid, QPair<QString, QString>> existing;
    Statement st = m_store.db().statement(
        "SELECT id, number, phone_kind FROM phones WHERE person_id=? AND deleted=0");
    st.bind(1, person.id);
    while (st.step() == Statement::Step::Row)
        existing.insert(st.uuid(0), { st.text(1), st.text(2) });
    st.reset();
    for (const PhoneData &phone : person.phones) {
        const QCborMap fields { { QStringLiteral("number"), phone.number.trimmed() },
                                { QStringLiteral("phone_kind"), phone.kind } };
        if (!phone.id.isNull() && existing.contains(phone.id)) {
            existing.remove(phone.id);
            if (Status s = m_store.update(QStringLiteral("phone"), phone.id, fields); !s)
                return s;
            continue;
        }
        QCborMap all = fields;
        all.insert(QStringLiteral("person_id"), QCborValue(person.id));
        if (auto id = m_store.create(QStringLiteral("phone"), caseId, all); !id)
            return id.status();
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        if (Status s = m_store.remove(QStringLiteral("phone"), it.key()); !s)
            return s;
    return Status::ok();
}

Result<QUuid> CaseFiles::openCase(const NewCase &newCase)
{
    if (Status s = Access::require(m_store, Operation::EditCases); !s)
        return s;
    if (newCase.sensitive) {
        if (Status s = Access::require(m_store, Operation::MarkSensitive); !s)
            return s;
        if (newCase.sensitiveReason.trimmed().isEmpty())
            return Status::error(tr("Give the reason the case is sensitive."));
    }
    if (Status s = validatePerson(newCase.client); !s)
        return s;
    if (newCase.assignedWorker.trimmed().isEmpty())
        return Status::error(tr("Choose the worker the case is assigned to."));
    if (!newCase.openedDate.isValid() || newCase.openedDate > QDate::currentDate())
        return Status::error(tr("The opening date cannot be in the future."));
    if (newCase.consentGiven && newCase.consentDate.isValid()
        && newCase.consentDate > QDate::currentDate())
        return Status::error(tr("The consent date cannot be in the future."));

    const QUuid caseId = newRowId();
    PersonData client = newCase.client;
    client.id = newRowId();
    const QUuid householdId = newRowId();
    WriteBatch batch(m_store);
    if (!batch.status())
        return batch.status();
    const QCborMap caseFields {
        { QStringLiteral("case_number"), nextCaseNumber(newCase.openedDate) },
        { QStringLiteral("client_id"), QCborValue(client.id) },
        { QStringLiteral("household_id"), QCborValue(householdId) },
        { QStringLiteral("office_id"), QCborValue(m_store.site().id) },
        { QStringLiteral("assigned_worker"), newCase.assignedWorker.trimmed() },
        { QStringLiteral("opened_date"), newCase.openedDate.toString(Qt::ISODate) },
        { QStringLiteral("status"), QStringLiteral("open") },
        { QStringLiteral("consent_given"), newCase.consentGiven },
        { QStringLiteral("consent_date"),
          textOrNull(newCase.consentGiven ? newCase.consentDate.toString(Qt::ISODate)
                                          : QString()) },
        { QStringLiteral("consent_scope"), textOrNull(newCase.consentScope.trimmed()) },
        { QStringLiteral("consent_sites"),
          textOrNull(newCase.consentGiven ? Consent::joinSites(newCase.consentSites) : QString()) },
        { QStringLiteral("assigned_user"), assignedUserOf(m_store, newCase) },
        { QStringLiteral("sensitive"), newCase.sensitive },
        { QStringLiteral("sensitive_reason"),
          textOrNull(newCase.sensitive ? newCase.sensitiveReason.trimmed() : QString()) },
    };
    if (auto r = m_store.create(QStringLiteral("case"), caseId, caseFields, caseId); !r)
        return r.status();
    if (auto r = m_store.create(QStringLiteral("person"), caseId, client.toFields(), client.id); !r)
        return r.status();
    if (Status s = writePhones(caseId, client); !s)
        return s;
    if (auto r = m_store.create(QStringLiteral("household"), caseId,
                                { { QStringLiteral("case_id"), QCborValue(caseId) } }, householdId);
        !r)
        return r.status();
    if (auto r = m_store.create(QStringLiteral("household_member"), caseId,
                                { { QStringLiteral("household_id"), QCborValue(householdId) },
                                  { QStringLiteral("person_id"), QCborValue(client.id) },
                                  { QStringLiteral("relationship"), QStringLiteral("self") } });
        !r)
        return r.status();
    if (Status s = writeCategories(m_store, caseId, newCase.categories); !s)
        return s;
    if (Status s = batch.commit(); !s)
        return s;
    return caseId;
}

Result<QUuid> CaseFiles::addHouseholdMember(const QUuid &caseId, const PersonData &data,
                                            const QString &relationship)
{
    if (Status s = checkWrite(caseId); !s)
        return s;
    if (Status s = validatePerson(data); !s)
        return s;
    bool deleted = false;
    const QCborMap c = m_store.row(QStringLiteral("case"), caseId, &deleted);
    if (c.isEmpty() || deleted)
        return Status::error(tr("The case file does not exist."));
    PersonData person = data;
    person.id = newRowId();
    WriteBatch batch(m_store);
    if (!batch.status())
        return batch.status();
    if (auto r = m_store.create(QStringLiteral("person"), caseId, person.toFields(), person.id); !r)
        return r.status();
    if (Status s = writePhones(caseId, person); !s)
        return s;
    auto member = m_store.create(
        QStringLiteral("household_member"), caseId,
        { { QStringLiteral("household_id"), c.value(QStringLiteral("household_id")) },
          { QStringLiteral("person_id"), QCborValue(person.id) },
          { QStringLiteral("relationship"), relationship } });
    if (!member)
        return member.status();
    if (Status s = batch.commit(); !s)
        return s;
    return member.value();
}

Status CaseFiles::removeHouseholdMember(const QUuid &memberId)
{
    if (Status s = Access::require(m_store, Operation::EditCases); !s)
        return s;
    const QCborMap member = m_store.row(QStringLiteral("household_member"), memberId);
    if (member.isEmpty())
        return Status::error(tr("The household member does not exist."));
    Statement root = m_store.db().statement("SELECT scope_root FROM household_members WHERE id=?");
    root.bind(1, memberId);
    const QUuid caseId = root.step() == Statement::Step::Row ? root.uuid(0) : QUuid();
    root.reset();
    if (Status s = checkWrite(caseId); !s)
        return s;
    if (member.value(QStringLiteral("relationship")).toString() == QLatin1String("self"))
        return Status::error(tr("The client cannot be removed from their own household."));
    // The person was recorded for this household; leaving it, they leave the case file too.
    WriteBatch batch(m_store);
    if (!batch.status())
        return batch.status();
    if (Status s = m_store.remove(QStringLiteral("household_member"), memberId); !s)
        return s;
    if (Status s = m_store.remove(QStringLiteral("person"),
                                  member.value(QStringLiteral("person_id")).toUuid());
        !s)
        return s;
    return batch.commit();
}

Status CaseFiles::updatePerson(const QUuid &caseId, const PersonData &person)
{
    if (Status s = checkWrite(caseId); !s)
        return s;
    if (Status s = validatePerson(person); !s)
        return s;
    WriteBatch batch(m_store);
    if (!batch.status())
        return batch.status();
    if (Status s = m_store.update(QStringLiteral("person"), person.id, person.toFields()); !s)
        return s;
    if (Status s = writePhones(caseId, person); !s)
        return s;
    return batch.commit();
}

Status CaseFiles::updateCase(const QUuid &caseId, const QCborMap &fields)
{
    // The mark has its own role and rules (setSensitive).
    if (fields.contains(QStringLiteral("sensitive"))
        || fields.contains(QStringLiteral("sensitive_reason")))
        return Status::error(tr("Mark the case sensitive, or lift the mark, with its own "
                                "check box."));
    for (const char *field :
         { "status", "closed_date", "closure_reason", "outcome", "closing_notes", "closed_by",
           "closure_seen", "reopened_date", "reopen_reason" })
        if (fields.contains(QLatin1String(field)))
            return Status::error(tr("A case is closed and reopened with its own commands, not by "
                                    "editing its status."));
    if (Status s = checkWrite(caseId); !s)
        return s;
    if (!fields.contains(QStringLiteral("management_model")))
        return m_store.update(QStringLiteral("case"), caseId, fields);
    // The model has its own check; the other fields of the same save are written with it.
    QCborMap rest = fields;
    const QString model = rest.take(QStringLiteral("management_model")).toString();
    WriteBatch batch(m_store);
    Status s = batch.status();
    if (s)
        s = setManagementModel(caseId, model);
    if (s && !rest.isEmpty())
        s = m_store.update(QStringLiteral("case"), caseId, rest);
    return s ? batch.commit() : s;
}

Status CaseFiles::setManagementModel(const QUuid &caseId, const QString &model)
{
    if (Status s = checkWrite(caseId); !s)
        return s;
    if (!model.isEmpty() && !Vocabulary::codes(PlanVocabulary::managementModels()).contains(model))
        return Status::error(tr("Choose light touch, standard or intensive case management."));
    return m_store.update(QStringLiteral("case"), caseId,
                          { { QStringLiteral("management_model"), textOrNull(model) } });
}

Status CaseFiles::setCategories(const QUuid &caseId, const QStringList &categories)
{
    if (Status s = checkWrite(caseId); !s)
        return s;
    return writeCategories(m_store, caseId, categories);
}

Status CaseFiles::setSensitive(const QUuid &caseId, bool sensitive, const QString &reason)
{
    if (Status s = Access::require(m_store, Operation::MarkSensitive); !s)
        return s;
    if (Status s = checkWrite(caseId); !s)
        return s;
    bool deleted = false;
    if (m_store.row(QStringLiteral("case"), caseId, &deleted).isEmpty() || deleted)
        return Status::error(tr("The case file does not exist."));
    if (sensitive && reason.trimmed().isEmpty())
        return Status::error(tr("Give the reason the case is sensitive."));
    if (sensitive && !SyncScope::caseScope(m_store, caseId).sharedWith.isEmpty())
        return Status::error(tr("Stop sharing the case first: a sensitive case stays with its "
                                "office and the central desk."));
    return m_store.update(QStringLiteral("case"), caseId,
                          { { QStringLiteral("sensitive"), sensitive },
                            { QStringLiteral("sensitive_reason"), textOrNull(reason.trimmed()) } });
}

Result<QUuid> CaseFiles::recordInteraction(const QUuid &caseId, const Interaction &interaction)
{
    if (Status s = checkWrite(caseId); !s)
        return s;
    if (!interaction.occurredAt.isValid())
        return Status::error(tr("Give the date and time of the interaction."));
    if (interaction.occurredAt > QDateTime::currentDateTime().addSecs(3600))
        return Status::error(tr("An interaction cannot be recorded in the future."));
    if (!Vocabulary::codes(Vocabulary::interactionKinds()).contains(interaction.kind))
        return Status::error(tr("Choose the kind of interaction."));
    if (interaction.worker.trimmed().isEmpty())
        return Status::error(tr("Give the worker who had the interaction."));
    return m_store.create(QStringLiteral("interaction"), caseId,
                          { { QStringLiteral("case_id"), QCborValue(caseId) },
                            { QStringLiteral("occurred_at"), isoUtc(interaction.occurredAt) },
                            { QStringLiteral("interaction_kind"), interaction.kind },
                            { QStringLiteral("worker"), interaction.worker.trimmed() },
                            { QStringLiteral("note"), interaction.note } });
}

Result<QByteArray> CaseFiles::readDocumentFile(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.isFile())
        return Status::error(tr("The file %1 does not exist.").arg(filePath));
    if (info.size() > MaxDocumentBytes)
        return Status::error(tr("The file %1 is %2 MB; documents up to %3 MB can be attached. "
                                "Scan it at a lower resolution or in several parts.")
                                 .arg(info.fileName())
                                 .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                 .arg(MaxDocumentBytes / (1024 * 1024)));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(
            tr("The file %1 cannot be read: %2").arg(filePath, file.errorString()));
    const QByteArray data = file.readAll();
    if (data.size() != info.size())
        return Status::error(tr("The file %1 could not be read completely.").arg(filePath));
    return data;
}

Result<QUuid> CaseFiles::attachDocument(const QUuid &caseId, const QString &filePath)
{
    if (Status s = checkWrite(caseId); !s)
        return s;
    const Result<QByteArray> data = readDocumentFile(filePath);
    if (!data)
        return data.status();
    const QFileInfo info(filePath);
    return attachContent(caseId, info.fileName(), QMimeDatabase().mimeTypeForFile(info).name(),
                         data.value());
}

Result<QUuid> CaseFiles::attachContent(const QUuid &caseId, const QString &fileName,
                                       const QString &mimeType, const QByteArray &data)
{
    if (Status s = checkWrite(caseId); !s)
        return s;
    if (data.size() > MaxDocumentBytes)
        return Status::error(tr("The file %1 is %2 MB; documents up to %3 MB can be attached. "
                                "Scan it at a lower resolution or in several parts.")
                                 .arg(fileName)
                                 .arg(double(data.size()) / (1024 * 1024), 0, 'f', 1)
                                 .arg(MaxDocumentBytes / (1024 * 1024)));
    const QByteArray sha = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    WriteBatch batch(m_store);
    if (!batch.status())
        return batch.status();
    Statement blob
        = m_store.db().statement("INSERT OR IGNORE INTO blob(sha256, size, data) VALUES(?, ?, ?)");
    blob.bindBlob(1, sha).bind(2, qint64(data.size())).bindBlob(3, data);
    if (Status s = blob.run(); !s)
        return s;
    auto id
        = m_store.create(QStringLiteral("document"), caseId,
                         { { QStringLiteral("case_id"), QCborValue(caseId) },
                           { QStringLiteral("file_name"), fileName },
                           { QStringLiteral("mime_type"), mimeType },
                           { QStringLiteral("size_bytes"), qint64(data.size()) },
                           { QStringLiteral("sha256"), sha },
                           { QStringLiteral("added_at"), isoUtc(QDateTime::currentDateTime()) } });
    if (!id)
        return id.status();
    if (Status s = batch.commit(); !s)
        return s;
    return id.value();
}

Result<QByteArray> CaseFiles::documentContent(const QUuid &documentId) const
{
    Statement root = m_store.db().statement("SELECT scope_root FROM documents WHERE id=?");
    root.bind(1, documentId);
    const QUuid caseId = root.step() == Statement::Step::Row ? root.uuid(0) : QUuid();
    root.reset();
    const auto level = CaseAccess::readLevel(m_store, caseId);
    if (!level)
        return level.status();
    if (level.value() != CaseAccess::Level::Details)
        return Status::error(CaseAccess::restrictedMessage());
    Statement st = m_store.db().statement(
        "SELECT b.data FROM documents d JOIN blob b ON b.sha256=d.sha256 WHERE d.id=?");
    st.bind(1, documentId);
    if (st.step() != Statement::Step::Row)
        return Status::error(tr("The document's content is not in this file (it may not have "
                                "arrived from the other office yet)."));
    return st.blob(0);
}

} // namespace casedesk
