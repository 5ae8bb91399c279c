#include "drafts.h"

#include "recordstore.h"

namespace casedesk {

Status Drafts::save(RecordStore &store, const QUuid &user, const QUuid &caseId, const QString &kind,
                    const QByteArray &content)
{
    if (user.isNull() || caseId.isNull())
        return Status::error(tr("A draft needs a signed-in worker and a case."));
    Statement st = store.db().statement(
        "INSERT INTO drafts(user, case_id, kind, content, saved_at) VALUES(?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(user, case_id, kind) DO UPDATE SET content=?4, saved_at=?5");
    st.bind(1, user).bind(2, caseId).bind(3, kind).bindBlob(4, content).bind(5, store.currentMs());
    return st.run();
}

std::optional<Drafts::Draft> Drafts::find(const RecordStore &store, const QUuid &user,
                                          const QUuid &caseId, const QString &kind)
{
    if (user.isNull())
        return std::nullopt;
    Statement st = store.db().statement(
        "SELECT content, saved_at FROM drafts WHERE user=? AND case_id=? AND kind=?");
    st.bind(1, user).bind(2, caseId).bind(3, kind);
    if (st.step() != Statement::Step::Row)
        return std::nullopt;
    return Draft { st.blob(0), st.int64(1) };
}

Status Drafts::remove(RecordStore &store, const QUuid &user, const QUuid &caseId,
                      const QString &kind)
{
    Statement st = store.db().statement("DELETE FROM drafts WHERE user=? AND case_id=? AND kind=?");
    st.bind(1, user).bind(2, caseId).bind(3, kind);
    return st.run();
}

QList<QUuid> Drafts::casesWithDrafts(const RecordStore &store, const QUuid &user)
{
    QList<QUuid> cases;
    Statement st = store.db().statement(
        "SELECT case_id FROM drafts WHERE user=? GROUP BY case_id ORDER BY max(saved_at) DESC");
    st.bind(1, user);
    while (st.step() == Statement::Step::Row)
        cases.append(st.uuid(0));
    return cases;
}

} // namespace casedesk
