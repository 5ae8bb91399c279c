#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <cmath>
#include <cstdio>

namespace casedesk {

// The figures of one run, printed as one JSON object or as lines a person reads, with the
// budgets of ARCHITECTURE §8 (stated for 200,000 cases on a 2-core machine) checked.
class BenchReport
{
public:
    void set(const QString &key, const QJsonValue &value, const QString &label = QString());
    // value < limit passes; a missing figure is reported as not measured.
    void budget(const QString &key, double limit, const QString &what);
    // value >= limit passes (rates).
    void budgetAtLeast(const QString &key, double limit, const QString &what);

    // The line above the budgets in the text output.
    void setBudgetNote(const QString &note) { m_budgetNote = note; }

    QJsonObject json() const;
    QString text() const;
    QStringList missedBudgets() const;

private:
    struct Budget
    {
        QString key;
        double limit;
        QString what;
        bool atLeast = false;
    };
    bool passes(const Budget &b) const;

    QJsonObject m_values;
    QList<QPair<QString, QString>> m_order; // key, label, in the order figures were set
    QList<Budget> m_budgets;
    QString m_budgetNote = QStringLiteral("stated for 200,000 cases on a 2-core machine");
};

// A progress line on stderr, so stdout stays the report.
inline void note(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

inline double rounded(double value, int decimals = 2)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace casedesk
