#include "samples.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace casedesk {

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    // Nearest rank: the smallest value with at least p% of the samples at or below it.
    const int rank = std::max(1, int(std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted.at(std::min(rank, int(sorted.size())) - 1);
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
}

double Samples::mean() const
{
    if (m_values.isEmpty())
        return 0;
    return std::accumulate(m_values.cbegin(), m_values.cend(), 0.0) / double(m_values.size());
}

} // namespace casedesk
