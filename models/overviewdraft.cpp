#include "overviewdraft.h"

#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk {

namespace {

constexpr int FormatVersion = 1;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject personJson(const PersonData &person)
{
    QJsonObject o = person.toFields().toJsonObject();
    // The form keeps the document type even while the number is empty.
    o.insert(QStringLiteral("id_type"), person.idType);
    QJsonArray phones;
    for (const PhoneData &phone : person.phones)
        phones.append(
            QJsonObject { { QStringLiteral("id"), phone.id.toString(QUuid::WithoutBraces) },
                          { QStringLiteral("number"), phone.number },
                          { QStringLiteral("kind"), phone.kind } });
    o.insert(QStringLiteral("phones"), phones);
    return o;
}

PersonData personFrom(const QJsonObject &o, const QUuid &id)
{
    PersonData p = PersonData::fromFields(id, QCborMap::fromJsonObject(o));
    for (const QJsonValue &value : o.value(QStringLiteral("phones")).toArray()) {
        const QJsonObject phone = value.toObject();
        PhoneData d;
        d.id = QUuid::fromString(phone.value(QStringLiteral("id")).toString());
        d.number = phone.value(QStringLiteral("number")).toString();
        d.kind = phone.value(QStringLiteral("kind")).toString(d.kind);
        p.phones.append(d);
    }
    return p;
}

QJsonArray idsJson(const QList<QUuid> &ids)
{
    QJsonArray array;
    for (const QUuid &id : ids)
        array.append(id.toString(QUuid::WithoutBraces));
    return array;
}

QList<QUuid> idsFrom(const QJsonValue &value)
{
    QList<QUuid> ids;
    for (const QJsonValue &id : value.toArray())
        ids.append(QUuid::fromString(id.toString()));
    return ids;
}

QJsonObject caseJson(const CaseFileData &d)
{
    return {
        { QStringLiteral("client"), personJson(d.client) },
        { QStringLiteral("assigned_worker"), d.assignedWorker },
        { QStringLiteral("management_model"), d.managementModel },
        { QStringLiteral("consent_given"), d.consentGiven },
        { QStringLiteral("consent_date"), dateText(d.consentDate) },
        { QStringLiteral("consent_scope"), d.consentScope },
        { QStringLiteral("consent_sites"), idsJson(d.consentSites) },
        { QStringLiteral("assigned_user"),
          d.assignedUser.isNull() ? QString() : d.assignedUser.toString(QUuid::WithoutBraces) },
        { QStringLiteral("sensitive"), d.sensitive },
        { QStringLiteral("sensitive_reason"), d.sensitiveReason },
        { QStringLiteral("categories"), QJsonArray::fromStringList(d.categories) },
    };
}

CaseFileData caseFrom(const QJsonObject &o, const CaseFileData &fresh)
{
    CaseFileData d = fresh;
    const auto text = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    const auto date = [&text](const char *key) {
        return QDate::fromString(text(key), Qt::ISODate);
    };
    d.client = personFrom(o.value(QStringLiteral("client")).toObject(), fresh.client.id);
    d.assignedWorker = text("assigned_worker");
    // The status is not typed in the form: it stays as the case has it now, also when a draft
    // written by an older version still carries it.
    if (o.contains(QStringLiteral("management_model")))
        d.managementModel = text("management_model");
    d.consentGiven = o.value(QStringLiteral("consent_given")).toBool();
    d.consentDate = date("consent_date");
    d.consentScope = text("consent_scope");
    d.consentSites = idsFrom(o.value(QStringLiteral("consent_sites")));
    d.assignedUser = QUuid::fromString(text("assigned_user"));
    d.sensitive = o.value(QStringLiteral("sensitive")).toBool();
    d.sensitiveReason = text("sensitive_reason");
    d.categories.clear();
    for (const QJsonValue &value : o.value(QStringLiteral("categories")).toArray())
        d.categories.append(value.toString());
    return d;
}

} // namespace

QByteArray OverviewDraft::encode(const CaseFileData &shown, const CaseFileData &edited)
{
    const QJsonObject root { { QStringLiteral("format"), FormatVersion },
                             { QStringLiteral("case"), shown.id.toString(QUuid::WithoutBraces) },
                             { QStringLiteral("shown"), caseJson(shown) },
                             { QStringLiteral("edited"), caseJson(edited) } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<OverviewDraft::State> OverviewDraft::decode(const QByteArray &json,
                                                          const CaseFileData &fresh)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != FormatVersion
        || QUuid::fromString(root.value(QStringLiteral("case")).toString()) != fresh.id)
        return std::nullopt;
    return State { caseFrom(root.value(QStringLiteral("shown")).toObject(), fresh),
                   caseFrom(root.value(QStringLiteral("edited")).toObject(), fresh) };
}

} // namespace casedesk
