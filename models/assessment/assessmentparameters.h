#pragma once

#include "assessmentresult.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

#include <optional>

namespace casedesk {

class RecordStore;

// One effective-dated value: the subsistence minimum (minor units per person per month), the
// poverty line as a share of it (per mille) or the housing norm (square metres per person).
struct ParameterValue
{
    QUuid id; // null for a value shipped with the program
    QString name;
    QString region; // empty: every region without its own value
    QDate effectiveFrom;
    qint64 value = 0;
    QString note;
};

// The means-test parameters: reference rows that only the central desk writes, over the values
// shipped in resources/assessments/parameters.json. A value is in force from its date until the
// next value of the same name and region.
class AssessmentParameters
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentParameters)

public:
    static const QStringList &names(); // subsistence_minimum, poverty_line_share, housing_norm
    static QString nameText(const QString &name);

    explicit AssessmentParameters(const RecordStore &store) : m_store(store) { }

    // Every value, the central desk's and the shipped ones, by name, region and date.
    QList<ParameterValue> all() const;
    // The value in force on the date for the region: the region's own, else the general one;
    // a stored value beats a shipped one from the same date.
    std::optional<ParameterValue> inForce(const QString &name, const QString &region,
                                          const QDate &date) const;
    ParameterUse use(const ParameterValue &value) const;

    // The central desk sets a value from a date (a new row, or a new version of the row with the
    // same name, region and date); refused at an office.
    static Result<QUuid> set(RecordStore &store, const ParameterValue &value);
    static QList<ParameterValue> shipped();

private:
    const RecordStore &m_store;
};

} // namespace casedesk
