#include "duplicatereview.h"

#include "permissions.h"
#include "recordstore.h"

namespace casedesk {

namespace {

// A person of a sensitive case is listed only for those who may read that case; a person
// whose case is not in this file is named as such, so listing it tells nothing.
bool readable(const RecordStore &store, const CaseVisibility &visibility, const QUuid &person)
{
    Statement st = store.db().statement(
        "SELECT c.id, c.office_id, c.assigned_user, c.sensitive FROM persons p "
        "JOIN cases c ON c.id = p.scope_root WHERE p.id=?");
    st.bind(1, person);
    if (st.step() != Statement::Step::Row)
        return true;
    const QUuid caseId = st.uuid(0);
    const QUuid office = st.uuid(1);
    const QUuid assigned = st.uuid(2);
    const bool sensitive = st.int64(3) == 1;
    st.reset();
    return visibility.canSeeCase(store, caseId, office)
        && visibility.canSeeDetails(office, assigned, sensitive);
}

} // namespace

QList<DuplicatePair> DuplicateReview::pairs(const RecordStore &store, bool includeDismissed)
{
    QList<DuplicatePair> list;
    if (!Access::require(store, Operation::ReviewDuplicates))
        return list;
    const CaseVisibility visibility(store);
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
        if (visibility.seesAllDetails()
            || (readable(store, visibility, pair.personA)
                && readable(store, visibility, pair.personB)))
            list.append(pair);
    }
    return list;
}

int DuplicateReview::openCount(const RecordStore &store)
{
    return int(pairs(store).size());
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
