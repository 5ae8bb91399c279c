#include "benchreport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace casedesk {

void BenchReport::set(const QString &key, const QJsonValue &value, const QString &label)
{
    if (!m_values.contains(key))
        m_order.append({ key, label.isEmpty() ? key : label });
    m_values.insert(key, value);
}

void BenchReport::budget(const QString &key, double limit, const QString &what)
{
    m_budgets.append({ key, limit, what, false });
}

void BenchReport::budgetAtLeast(const QString &key, double limit, const QString &what)
{
    m_budgets.append({ key, limit, what, true });
}

bool BenchReport::passes(const Budget &b) const
{
    const QJsonValue v = m_values.value(b.key);
    if (!v.isDouble())
        return false;
    return b.atLeast ? v.toDouble() >= b.limit : v.toDouble() < b.limit;
}

QStringList BenchReport::missedBudgets() const
{
    QStringList missed;
    for (const Budget &b : m_budgets)
        if (!passes(b))
            missed << b.key;
    return missed;
}

QJsonObject BenchReport::json() const
{
    QJsonObject out = m_values;
    QJsonObject budgets;
    for (const Budget &b : m_budgets)
        budgets.insert(b.key,
                       QJsonObject { { QStringLiteral("limit"), b.limit },
                                     { QStringLiteral("at_least"), b.atLeast },
                                     { QStringLiteral("pass"), passes(b) } });
    out.insert(QStringLiteral("budgets"), budgets);
    out.insert(QStringLiteral("budgets_missed"), QJsonArray::fromStringList(missedBudgets()));
    return out;
}

QString BenchReport::text() const
{
    QString out;
    for (const auto &[key, label] : m_order) {
        const QJsonValue v = m_values.value(key);
        QString shown;
        if (v.isDouble()) {
            const double d = v.toDouble();
            shown = d == qint64(d) ? QString::number(qint64(d)) : QString::number(d, 'f', 2);
        } else if (v.isString()) {
            shown = v.toString();
        } else if (v.isBool()) {
            shown = v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        } else if (v.isNull()) {
            shown = QStringLiteral("unknown");
        } else {
            shown = QString::fromUtf8(
                v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        }
        out += QStringLiteral("%1: %2\n").arg(label, -40).arg(shown);
    }
    out += QStringLiteral("\nBudgets (%1):\n").arg(m_budgetNote);
    for (const Budget &b : m_budgets) {
        const QJsonValue v = m_values.value(b.key);
        out += QStringLiteral("  %1 %2: %3 (%4 %5)\n")
                   .arg(passes(b) ? QStringLiteral("pass") : QStringLiteral("MISS"), b.what,
                        v.isDouble() ? QString::number(v.toDouble(), 'f', 1)
                                     : QStringLiteral("not measured"),
                        b.atLeast ? QStringLiteral("at least") : QStringLiteral("limit"))
                   .arg(b.limit);
    }
    return out;
}

} // namespace casedesk
