#pragma once

#include "permissions.h"
#include "recordstore.h"
#include "session.h"

#include <memory>

namespace casedesk {

// Demo data and random edits go through the ordinary domain operations, which an office
// administrator (who may generate test data) may not call as such. After the GenerateTestData
// check, the generator works as the file's local user; the versions still carry the signed-in
// administrator as author, and the session is given back when the generator ends.
class TestDataSession
{
public:
    explicit TestDataSession(RecordStore &store)
        : m_store(store), m_status(Access::require(store, Operation::GenerateTestData))
    {
        if (!m_status)
            return;
        // Also without accounts: a session in place spares every operation the look-up.
        m_previous = store.session();
        m_installed = true;
        store.setSession(std::make_shared<const Session>(Session::local(store.author())));
    }
    ~TestDataSession()
    {
        if (m_installed)
            m_store.setSession(m_previous);
    }
    TestDataSession(const TestDataSession &) = delete;
    TestDataSession &operator=(const TestDataSession &) = delete;

    const Status &status() const { return m_status; }

private:
    RecordStore &m_store;
    Status m_status;
    std::shared_ptr<const Session> m_previous;
    bool m_installed = false;
};

} // namespace casedesk
