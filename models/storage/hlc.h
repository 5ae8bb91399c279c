#pragma once

#include <QtGlobal>

namespace casedesk {

// Hybrid logical clock: milliseconds since the epoch in the high 48 bits, a counter in the low 16.
// It orders versions; people are shown the wall-clock time stored beside it.
class HybridClock
{
public:
    explicit HybridClock(qint64 last = 0) : m_last(last) { }

    qint64 tick(qint64 nowMs);
    // Moves the clock past a timestamp seen in another site's version.
    void observe(qint64 remote);
    qint64 last() const { return m_last; }

    static qint64 fromMs(qint64 ms) { return ms << 16; }
    static qint64 toMs(qint64 hlc) { return hlc >> 16; }

private:
    qint64 m_last = 0;
};

} // namespace casedesk
