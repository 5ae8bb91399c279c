#include "hlc.h"

#include <algorithm>

namespace casedesk {

qint64 HybridClock::tick(qint64 nowMs)
{
    m_last = std::max(fromMs(nowMs), m_last + 1);
    return m_last;
}

void HybridClock::observe(qint64 remote)
{
    m_last = std::max(m_last, remote);
}

} // namespace casedesk
