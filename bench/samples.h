#pragma once

#include <QList>

namespace casedesk {

// Durations of one repeated operation in milliseconds, summarised the way the budgets are
// stated (median and 95th percentile by nearest rank, so a figure is always a measured one).
class Samples
{
public:
    void add(double ms) { m_values.append(ms); }
    int count() const { return int(m_values.size()); }
    bool isEmpty() const { return m_values.isEmpty(); }
    double median() const { return percentile(50); }
    double percentile(double p) const;
    double max() const;
    double mean() const;

private:
    QList<double> m_values;
};

} // namespace casedesk
