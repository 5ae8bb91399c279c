#pragma once

namespace casedesk {

// The scope roots of a site (ARCHITECTURE §4, docs/data-model.md), its id bound to ?1: the
// cases it owns or that are shared with it (deleted ones too: their tombstones travel), the
// conferences it keeps or that discuss one of those cases, its own list of partner specialists
// and the central desk's. One query for the export, the import's trust check and the digest.
inline const char *scopeRootsSql()
{
    return "WITH c(id) AS (SELECT id FROM cases WHERE office_id=?1 UNION "
           "SELECT case_id FROM case_shares WHERE site_id=?1 AND deleted=0) "
           "SELECT id FROM c UNION SELECT id FROM conferences WHERE office_id=?1 UNION "
           "SELECT conference_id FROM conference_cases WHERE deleted=0 AND case_id IN (SELECT id "
           "FROM c) UNION "
           "SELECT ?1 UNION SELECT id FROM sites WHERE kind='hub'";
}

// Whether one root (?2) is in the scope of a site (?1), the same rule row by row.
inline const char *scopeContainsSql()
{
    return "SELECT 1 FROM cases WHERE id=?2 AND office_id=?1 UNION ALL "
           "SELECT 1 FROM case_shares WHERE case_id=?2 AND site_id=?1 AND deleted=0 UNION ALL "
           "SELECT 1 FROM conferences WHERE id=?2 AND office_id=?1 UNION ALL "
           "SELECT 1 FROM conference_cases cc WHERE cc.conference_id=?2 AND cc.deleted=0 AND "
           "(EXISTS (SELECT 1 FROM cases WHERE id=cc.case_id AND office_id=?1) OR EXISTS "
           "(SELECT 1 FROM case_shares WHERE case_id=cc.case_id AND site_id=?1 AND deleted=0)) "
           "UNION ALL SELECT 1 WHERE ?2=?1 UNION ALL "
           "SELECT 1 FROM sites WHERE id=?2 AND kind='hub' LIMIT 1";
}

} // namespace casedesk
