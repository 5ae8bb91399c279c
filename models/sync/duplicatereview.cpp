#include "duplicatereview.h"

#include "permissions.h"
#include "recordstore.h"

namespace casedesk {

QList<DuplicatePair> DuplicateReview::pairs(const RecordStore &store, bool includeDismissed)
{
    QList<DuplicatePair> list;
    Statement st = store.db().statement(
        "SELECT person_a, person_b, found_at, package, dismissed_at FROM duplicate_review "
        "WHERE ?1 OR dismissed_at IS NULL ORDER BY found_at DESC, person_a, person_b");
    st.bind(1, qint64(includeDismissed ? 1 : 0));
    while (st.step() == Statement::Step::Row) {
        DuplicatePair pair;
        pair.personA = st.uuid(0);
        pair.personB = st.uuid(1);
        pair.foundAt = st.int64(2);
        pair.package = st.uuid(3);
        pair.dismissedAt = st.isNull(4) ? 0 : st.int64(4);
        list.append(pair);
    }
    return list;
}

int DuplicateReview::openCount(const RecordStore &store)
{
    Statement st
        = store.db().statement("SELECT count(*) FROM duplicate_review WHERE dismissed_at IS NULL");
    return st.step() == Statement::Step::Row ? int(st.int64(0)) : 0;
}

Status DuplicateReview::dismiss(RecordStore &store, const QUuid &personA, const QUuid &personB)
{
    if (Status s = Access::require(store, Operation::ReviewDuplicates); !s)
        return s;
    Statement st = store.db().statement(
        "UPDATE duplicate_review SET dismissed_at=?3 WHERE dismissed_at IS NULL AND "
        "((person_a=?1 AND person_b=?2) OR (person_a=?2 AND person_b=?1))");
    st.bind(1, personA).bind(2, personB).bind(3, store.currentMs());
    if (Status s = st.run(); !s)
        return s;
    if (store.db().changes() == 0)
        return Status::error(tr("These two persons are not on the review list."));
    return Status::ok();
}

} // namespace casedesk
