#include "assessmentparameters.h"

#include "fieldvalue.h"
#include "permissions.h"
#include "recordstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace casedesk {

namespace {

bool earlier(const ParameterValue &a, const ParameterValue &b)
{
    if (a.name != b.name)
        return a.name < b.name;
    if (a.region != b.region)
        return a.region < b.region;
    if (a.effectiveFrom != b.effectiveFrom)
        return a.effectiveFrom < b.effectiveFrom;
    return a.id.isNull() && !b.id.isNull(); // shipped before stored
}

} // namespace

const QStringList &AssessmentParameters::names()
{
    static const QStringList list
        = { QStringLiteral("subsistence_minimum"), QStringLiteral("poverty_line_share"),
            QStringLiteral("housing_norm") };
    return list;
}

QString AssessmentParameters::nameText(const QString &name)
{
    if (name == QLatin1String("subsistence_minimum"))
        return tr("Subsistence minimum per person per month");
    if (name == QLatin1String("poverty_line_share"))
        return tr("Poverty line as a share of the subsistence minimum (per mille)");
    if (name == QLatin1String("housing_norm"))
        return tr("Housing norm, square metres per person");
    return name;
}

QList<ParameterValue> AssessmentParameters::shipped()
{
    static const QList<ParameterValue> values = [] {
        QList<ParameterValue> list;
        QFile file(QStringLiteral(":/assessments/parameters.json"));
        if (!file.open(QIODevice::ReadOnly))
            return list;
        const QJsonArray array = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QLatin1String("values"))
                                     .toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            ParameterValue p;
            p.name = o.value(QLatin1String("name")).toString();
            p.region = o.value(QLatin1String("region")).toString();
            p.effectiveFrom = QDate::fromString(o.value(QLatin1String("effective_from")).toString(),
                                                Qt::ISODate);
            p.value = qint64(o.value(QLatin1String("value")).toDouble());
            if (names().contains(p.name) && p.effectiveFrom.isValid())
                list << p;
        }
        return list;
    }();
    return values;
}

QList<ParameterValue> AssessmentParameters::all() const
{
    QList<ParameterValue> list = shipped();
    Statement st = m_store.db().statement(
        "SELECT id, name, region, effective_from, value, note FROM assessment_parameters "
        "WHERE deleted=0");
    while (st.step() == Statement::Step::Row) {
        ParameterValue p;
        p.id = st.uuid(0);
        p.name = st.text(1);
        p.region = st.text(2);
        p.effectiveFrom = QDate::fromString(st.text(3), Qt::ISODate);
        p.value = st.int64(4);
        p.note = st.text(5);
        list << p;
    }
    std::sort(list.begin(), list.end(), earlier);
    return list;
}

std::optional<ParameterValue>
AssessmentParameters::inForce(const QString &name, const QString &region, const QDate &date) const
{
    std::optional<ParameterValue> own;
    std::optional<ParameterValue> general;
    const QString wanted = region.trimmed().toCaseFolded();
    // Sorted by date, shipped before stored: the last match on or before the date wins.
    for (const ParameterValue &p : all()) {
        if (p.name != name || p.effectiveFrom > date)
            continue;
        if (p.region.isEmpty())
            general = p;
        else if (!wanted.isEmpty() && p.region.trimmed().toCaseFolded() == wanted)
            own = p;
    }
    return own ? own : general;
}

ParameterUse AssessmentParameters::use(const ParameterValue &value) const
{
    return { value.name, value.region, value.value, value.effectiveFrom,
             value.id.isNull() ? QStringLiteral("shipped")
                               : value.id.toString(QUuid::WithoutBraces) };
}

Result<QUuid> AssessmentParameters::set(RecordStore &store, const ParameterValue &value)
{
    if (Status s = Access::require(store, Operation::ManageReferenceData); !s)
        return s;
    if (store.site().kind != QLatin1String("hub"))
        return Status::error(tr("Only the central desk sets the poverty line and the other "
                                "means-test parameters; they reach offices in the next package."));
    if (!names().contains(value.name))
        return Status::error(tr("Unknown parameter %1; known: %2")
                                 .arg(value.name, names().join(QStringLiteral(", "))));
    if (!value.effectiveFrom.isValid())
        return Status::error(tr("Give the date from which the value is in force."));
    if (value.value < 0
        || (value.name == QLatin1String("poverty_line_share") && value.value > 10000))
        return Status::error(
            tr("The value %1 is not possible for %2.").arg(value.value).arg(nameText(value.name)));
    const QString date = value.effectiveFrom.toString(Qt::ISODate);
    const QString region = value.region.trimmed();
    Statement st = store.db().statement(
        "SELECT id FROM assessment_parameters WHERE deleted=0 AND name=? AND region=? "
        "AND effective_from=?");
    st.bind(1, value.name).bind(2, region).bind(3, date);
    const QUuid existing = st.step() == Statement::Step::Row ? st.uuid(0) : QUuid();
    st.reset();
    const QCborMap values { { QStringLiteral("value"), value.value },
                            { QStringLiteral("note"), textOrNull(value.note) } };
    if (!existing.isNull()) {
        if (Status s = store.update(QStringLiteral("assessment_parameter"), existing, values); !s)
            return s;
        return existing;
    }
    QCborMap fields = values;
    fields.insert(QStringLiteral("name"), value.name);
    fields.insert(QStringLiteral("region"), region);
    fields.insert(QStringLiteral("effective_from"), date);
    return store.create(QStringLiteral("assessment_parameter"), QUuid(), fields);
}

} // namespace casedesk
