#include "migrations.h"

#include "database.h"

namespace casedesk {

namespace {

// Step 1: the versioned record store, the materialised case-file tables and search.
const char *const step1 = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE origin(n INTEGER PRIMARY KEY, inc BLOB NOT NULL UNIQUE, site BLOB);
CREATE TABLE incarnation_log(inc BLOB PRIMARY KEY, started_at INTEGER NOT NULL,
    reason TEXT NOT NULL, path TEXT, machine TEXT) WITHOUT ROWID;
CREATE TABLE version(vid INTEGER PRIMARY KEY, origin INTEGER NOT NULL, seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL, wall INTEGER NOT NULL, author TEXT NOT NULL, entity TEXT NOT NULL,
    row_id BLOB NOT NULL, scope_root BLOB, body BLOB NOT NULL, UNIQUE(origin, seq));
CREATE INDEX version_row ON version(row_id);
CREATE INDEX version_scope ON version(scope_root, wall);

CREATE TABLE sites(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    name TEXT, code TEXT, kind TEXT);
CREATE TABLE cases(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    case_number TEXT, client_id BLOB, household_id BLOB, office_id BLOB, assigned_worker TEXT,
    opened_date TEXT, status TEXT, closed_date TEXT, closure_reason TEXT, outcome TEXT,
    consent_given INTEGER, consent_date TEXT, consent_scope TEXT);
CREATE INDEX cases_number ON cases(case_number);
CREATE INDEX cases_status ON cases(status, rid);
CREATE INDEX cases_worker ON cases(assigned_worker, rid);
CREATE INDEX cases_opened ON cases(opened_date, rid);
CREATE INDEX cases_client ON cases(client_id);
CREATE TABLE persons(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    family_name TEXT, given_name TEXT, patronymic TEXT, birth_date TEXT, sex TEXT,
    citizenship TEXT, id_type TEXT, id_number TEXT, address_region TEXT, address_locality TEXT,
    address_street TEXT, languages TEXT);
CREATE INDEX persons_scope ON persons(scope_root);
CREATE INDEX persons_id_number ON persons(id_number);
CREATE INDEX persons_birth ON persons(birth_date);
CREATE TABLE phones(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    person_id BLOB, number TEXT, phone_kind TEXT);
CREATE INDEX phones_person ON phones(person_id);
CREATE INDEX phones_scope ON phones(scope_root);
CREATE TABLE households(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    case_id BLOB, note TEXT);
CREATE TABLE household_members(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, household_id BLOB, person_id BLOB, relationship TEXT);
CREATE INDEX household_members_household ON household_members(household_id);
CREATE INDEX household_members_scope ON household_members(scope_root);
CREATE TABLE case_categories(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    case_id BLOB, category TEXT);
CREATE INDEX case_categories_case ON case_categories(case_id);
CREATE INDEX case_categories_category ON case_categories(category, case_id);
CREATE TABLE interactions(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    case_id BLOB, occurred_at TEXT, interaction_kind TEXT, worker TEXT, note TEXT);
CREATE INDEX interactions_case ON interactions(case_id, occurred_at);

CREATE TABLE case_sort(rid INTEGER PRIMARY KEY, name_key BLOB);
CREATE INDEX case_sort_key ON case_sort(name_key, rid);
CREATE VIRTUAL TABLE case_fts USING fts5(names, numbers,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
)SQL";

// Step 2: scanned documents, their content stored once by SHA-256.
const char *const step2 = R"SQL(
CREATE TABLE documents(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    case_id BLOB, file_name TEXT, mime_type TEXT, size_bytes INTEGER, sha256 BLOB,
    added_at TEXT);
CREATE INDEX documents_case ON documents(case_id);
CREATE TABLE blob(sha256 BLOB PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL)
    WITHOUT ROWID;
)SQL";

// Step 3: faster case-list sorting and searching. One-letter prefixes get their own index
// (typing "Иванов А" or a single digit), the client's birth date gets a sort key beside the name,
// and the live-case count reads a small index. The search index is refilled by the store when
// it next opens the file for writing (meta 'search_reindex').
const char *const step3 = R"SQL(
DROP TABLE case_fts;
CREATE VIRTUAL TABLE case_fts USING fts5(names, numbers,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
ALTER TABLE case_sort ADD COLUMN birth_key TEXT;
CREATE INDEX case_sort_birth ON case_sort(birth_key, rid);
CREATE INDEX cases_deleted ON cases(deleted);
INSERT OR REPLACE INTO meta(key, value) VALUES('search_reindex', '1');
)SQL";

// Step 4: a per-case mark for a conflict in any row of the case (client, phones, household,
// interactions...), so the case list and the case file show it; filled by the reindex.
const char *const step4 = R"SQL(
ALTER TABLE case_sort ADD COLUMN any_conflict INTEGER NOT NULL DEFAULT 0;
INSERT OR REPLACE INTO meta(key, value) VALUES('search_reindex', '1');
)SQL";

// Step 5: sync between sites. Case sharing is a synced child row of the case; everything else
// here is local to the site: its keys, its peers and what each peer is known to hold, the scope
// roots sent to each peer, what this site holds of every origin, the package log and the
// possible duplicate persons found on import.
const char *const step5 = R"SQL(
CREATE TABLE case_shares(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    case_id BLOB, site_id BLOB);
CREATE INDEX case_shares_site ON case_shares(site_id, case_id);
CREATE INDEX case_shares_case ON case_shares(case_id);
CREATE INDEX cases_office ON cases(office_id);
CREATE TABLE site_keys(site BLOB PRIMARY KEY, sign_public BLOB NOT NULL,
    sign_secret BLOB NOT NULL, box_public BLOB NOT NULL, box_secret BLOB NOT NULL,
    created_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE peers(site BLOB PRIMARY KEY, name TEXT NOT NULL, code TEXT, kind TEXT NOT NULL,
    database_id BLOB, sign_public BLOB NOT NULL, box_public BLOB NOT NULL,
    added_at INTEGER NOT NULL, revoked_at INTEGER, revoke_reason TEXT, incarnation BLOB,
    vector_hlc INTEGER NOT NULL DEFAULT 0, received_hlc INTEGER NOT NULL DEFAULT 0,
    last_in_at INTEGER, last_out_at INTEGER) WITHOUT ROWID;
CREATE TABLE peer_ack(peer BLOB NOT NULL, inc BLOB NOT NULL, seq INTEGER NOT NULL,
    PRIMARY KEY(peer, inc)) WITHOUT ROWID;
CREATE TABLE peer_scope(peer BLOB NOT NULL, root BLOB NOT NULL, state INTEGER NOT NULL,
    since_hlc INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(peer, root)) WITHOUT ROWID;
CREATE TABLE peer_blob(peer BLOB NOT NULL, sha256 BLOB NOT NULL, PRIMARY KEY(peer, sha256))
    WITHOUT ROWID;
CREATE TABLE knowledge(inc BLOB PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE package_log(package BLOB NOT NULL, direction TEXT NOT NULL, peer BLOB NOT NULL,
    at INTEGER NOT NULL, created INTEGER, file_name TEXT, bytes INTEGER, versions INTEGER,
    blobs INTEGER, cases INTEGER, conflicts INTEGER, duplicates INTEGER,
    PRIMARY KEY(package, direction)) WITHOUT ROWID;
CREATE INDEX package_log_at ON package_log(at);
CREATE TABLE duplicate_review(person_a BLOB NOT NULL, person_b BLOB NOT NULL,
    found_at INTEGER NOT NULL, package BLOB, dismissed_at INTEGER,
    PRIMARY KEY(person_a, person_b)) WITHOUT ROWID;
-- The Conflicts page and the import summary look for conflicted rows in every table.
CREATE INDEX sites_conflicted ON sites(rid) WHERE conflict=1;
CREATE INDEX cases_conflicted ON cases(rid) WHERE conflict=1;
CREATE INDEX persons_conflicted ON persons(rid) WHERE conflict=1;
CREATE INDEX phones_conflicted ON phones(rid) WHERE conflict=1;
CREATE INDEX households_conflicted ON households(rid) WHERE conflict=1;
CREATE INDEX household_members_conflicted ON household_members(rid) WHERE conflict=1;
CREATE INDEX case_categories_conflicted ON case_categories(rid) WHERE conflict=1;
CREATE INDEX interactions_conflicted ON interactions(rid) WHERE conflict=1;
CREATE INDEX documents_conflicted ON documents(rid) WHERE conflict=1;
CREATE INDEX case_shares_conflicted ON case_shares(rid) WHERE conflict=1;
INSERT OR IGNORE INTO meta(key, value) VALUES('database_id', lower(hex(randomblob(16))));
)SQL";

// Step 6: accounts and the protection of personal data. Users are reference rows; a case gains
// the worker's account, the sensitive mark and the sites its consent covers; openings of
// sensitive cases and consent overrides are synced rows of the case. Local to the site: the site
// key wrapped for each administrator, the wrong-password count per login, and the unsaved
// edits of a worker whose screen was taken over by another sign-in.
const char *const step6 = R"SQL(
CREATE TABLE users(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    login TEXT, display_name TEXT, office_id BLOB, roles TEXT, active INTEGER,
    password_hash TEXT);
CREATE INDEX users_login ON users(login);
CREATE INDEX users_conflicted ON users(rid) WHERE conflict=1;
ALTER TABLE cases ADD COLUMN assigned_user BLOB;
ALTER TABLE cases ADD COLUMN sensitive INTEGER;
ALTER TABLE cases ADD COLUMN sensitive_reason TEXT;
ALTER TABLE cases ADD COLUMN consent_sites TEXT;
CREATE TABLE case_access(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    case_id BLOB, user_id BLOB, user_login TEXT, user_name TEXT, site_id BLOB,
    opened_at TEXT);
CREATE INDEX case_access_case ON case_access(case_id, opened_at);
CREATE INDEX case_access_opened ON case_access(opened_at);
CREATE INDEX case_access_conflicted ON case_access(rid) WHERE conflict=1;
CREATE TABLE consent_overrides(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, case_id BLOB, action TEXT, target TEXT, reason TEXT, user_id BLOB,
    user_name TEXT, made_at TEXT);
CREATE INDEX consent_overrides_case ON consent_overrides(case_id);
CREATE INDEX consent_overrides_conflicted ON consent_overrides(rid) WHERE conflict=1;
ALTER TABLE site_keys ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
CREATE TABLE key_wraps(user BLOB PRIMARY KEY, salt BLOB NOT NULL, opslimit INTEGER NOT NULL,
    memlimit INTEGER NOT NULL, nonce BLOB NOT NULL, wrapped BLOB NOT NULL,
    created_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE sign_in_failures(login TEXT PRIMARY KEY, failures INTEGER NOT NULL,
    last_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE drafts(user BLOB NOT NULL, case_id BLOB NOT NULL, kind TEXT NOT NULL,
    content BLOB NOT NULL, saved_at INTEGER NOT NULL, PRIMARY KEY(user, case_id, kind))
    WITHOUT ROWID;
)SQL";

// Step 7: needs assessments. An assessment and each of its answers are rows of the case; the
// templates issued by the central desk (by content hash) and the means-test parameters are
// reference rows.
const char *const step7 = R"SQL(
CREATE TABLE assessments(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    case_id BLOB, template_id TEXT, template_version INTEGER, template_hash TEXT,
    assessment_date TEXT, status TEXT, author_name TEXT, author_user BLOB, completed_at TEXT,
    completed_by TEXT, level TEXT, outcome TEXT, result TEXT);
CREATE INDEX assessments_case ON assessments(case_id, assessment_date);
CREATE INDEX assessments_conflicted ON assessments(rid) WHERE conflict=1;
CREATE TABLE assessment_answers(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, assessment_id BLOB, question_id TEXT, value TEXT, answer_status TEXT);
CREATE INDEX assessment_answers_assessment ON assessment_answers(assessment_id);
CREATE INDEX assessment_answers_conflicted ON assessment_answers(rid) WHERE conflict=1;
CREATE TABLE assessment_templates(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, template_id TEXT, template_version INTEGER, effective_from TEXT,
    content_hash TEXT, content TEXT);
CREATE INDEX assessment_templates_conflicted ON assessment_templates(rid) WHERE conflict=1;
CREATE TABLE assessment_parameters(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, name TEXT, region TEXT, effective_from TEXT, value INTEGER, note TEXT);
CREATE INDEX assessment_parameters_conflicted ON assessment_parameters(rid) WHERE conflict=1;
)SQL";

// Step 8: individual action plans of a case: the plan, its goals, actions and reviews, and for
// a social contract the obligations, the assistance and the monthly compliance record; referrals
// of a case and the partner agencies (reference rows).
const char *const step8 = R"SQL(
CREATE TABLE plans(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    case_id BLOB, kind TEXT, start_date TEXT, end_date TEXT, status TEXT, signed_off_by TEXT,
    signed_off_at TEXT);
CREATE INDEX plans_case ON plans(case_id);
CREATE INDEX plans_conflicted ON plans(rid) WHERE conflict=1;
CREATE TABLE plan_goals(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    plan_id BLOB, text TEXT, need TEXT, assessment_id BLOB);
CREATE INDEX plan_goals_plan ON plan_goals(plan_id);
CREATE INDEX plan_goals_conflicted ON plan_goals(rid) WHERE conflict=1;
CREATE TABLE plan_actions(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    plan_id BLOB, goal_id BLOB, kind TEXT, description TEXT, agency TEXT, person TEXT,
    due_date TEXT, status TEXT, outcome_note TEXT, done_date TEXT);
CREATE INDEX plan_actions_plan ON plan_actions(plan_id);
CREATE INDEX plan_actions_due ON plan_actions(status, due_date);
CREATE INDEX plan_actions_conflicted ON plan_actions(rid) WHERE conflict=1;
CREATE TABLE plan_reviews(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    plan_id BLOB, review_date TEXT, note TEXT, author TEXT, before TEXT);
CREATE INDEX plan_reviews_plan ON plan_reviews(plan_id);
CREATE INDEX plan_reviews_conflicted ON plan_reviews(rid) WHERE conflict=1;
CREATE TABLE contract_obligations(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, plan_id BLOB, side TEXT, text TEXT);
CREATE INDEX contract_obligations_plan ON contract_obligations(plan_id);
CREATE INDEX contract_obligations_conflicted ON contract_obligations(rid) WHERE conflict=1;
CREATE TABLE contract_assistance(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, plan_id BLOB, kind TEXT, monthly_amount INTEGER, conditions TEXT);
CREATE INDEX contract_assistance_plan ON contract_assistance(plan_id);
CREATE INDEX contract_assistance_conflicted ON contract_assistance(rid) WHERE conflict=1;
CREATE TABLE contract_compliance(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, plan_id BLOB, month TEXT, kept INTEGER, note TEXT, consequence TEXT,
    reason TEXT);
CREATE INDEX contract_compliance_plan ON contract_compliance(plan_id, month);
CREATE INDEX contract_compliance_conflicted ON contract_compliance(rid) WHERE conflict=1;
CREATE TABLE agencies(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    name TEXT, kind TEXT, site_id BLOB);
CREATE INDEX agencies_conflicted ON agencies(rid) WHERE conflict=1;
CREATE TABLE referrals(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    case_id BLOB, agency_id BLOB, agency_name TEXT, site_id BLOB, reason TEXT, documents TEXT,
    sent_date TEXT, deadline TEXT, status TEXT, status_date TEXT, status_reason TEXT,
    feedback TEXT);
CREATE INDEX referrals_case ON referrals(case_id);
CREATE INDEX referrals_status ON referrals(status, deadline);
CREATE INDEX referrals_conflicted ON referrals(rid) WHERE conflict=1;
)SQL";

// Step 9: the case-management model of a case, closure with its notes, sign-off and reopening,
// scheduled visits and re-registrations, and each case's last contact (for "My day"), filled
// by the reindex. The closures waiting for sign-off have a small index of their own: with the
// sampled statistics SQLite otherwise reads every case to find them.
const char *const step9 = R"SQL(
ALTER TABLE cases ADD COLUMN closing_notes TEXT;
ALTER TABLE cases ADD COLUMN closed_by TEXT;
ALTER TABLE cases ADD COLUMN closure_seen TEXT;
ALTER TABLE cases ADD COLUMN reopened_date TEXT;
ALTER TABLE cases ADD COLUMN reopen_reason TEXT;
ALTER TABLE cases ADD COLUMN management_model TEXT;
CREATE TABLE visits(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    case_id BLOB, visit_date TEXT, visit_time TEXT, visit_kind TEXT, purpose TEXT,
    repeat_months INTEGER, status TEXT, status_date TEXT, interaction_id BLOB, note TEXT);
CREATE INDEX visits_case ON visits(case_id, visit_date);
CREATE INDEX visits_date ON visits(status, visit_date);
CREATE INDEX visits_conflicted ON visits(rid) WHERE conflict=1;
CREATE INDEX plans_status ON plans(status);
CREATE INDEX cases_closure_requested ON cases(closed_date) WHERE status='closure_requested';
ALTER TABLE case_sort ADD COLUMN last_contact TEXT;
CREATE INDEX case_sort_contact ON case_sort(last_contact);
INSERT OR REPLACE INTO meta(key, value) VALUES('search_reindex', '1');
)SQL";

// Step 10: what "My day" and the supervisor view count, kept per case beside its sort keys so
// the region-wide counts read two narrow covering indexes instead of walking every case, plan
// and action: the case's worker, office and status and the plans of the case waiting for
// sign-off (in case_sort), and the open actions of its open plans with their due dates
// (action_watch). Their columns are named as in cases (id is the case's id), so the case
// visibility and worker conditions apply to them as written.
// Both are derived like the search index and filled by the reindex.
const char *const step10 = R"SQL(
ALTER TABLE case_sort ADD COLUMN id BLOB;
ALTER TABLE case_sort ADD COLUMN assigned_worker TEXT;
ALTER TABLE case_sort ADD COLUMN office_id BLOB;
ALTER TABLE case_sort ADD COLUMN status TEXT;
ALTER TABLE case_sort ADD COLUMN sign_off_plans INTEGER NOT NULL DEFAULT 0;
CREATE INDEX case_sort_worker ON case_sort(assigned_worker, office_id, status, last_contact,
    any_conflict, sign_off_plans, id);
CREATE INDEX case_sort_sign_off ON case_sort(assigned_worker, office_id, id, sign_off_plans,
    status) WHERE status='open' AND sign_off_plans>0;
CREATE TABLE action_watch(rid INTEGER PRIMARY KEY, case_rid INTEGER NOT NULL, id BLOB NOT NULL,
    assigned_worker TEXT, office_id BLOB, due_date TEXT);
CREATE INDEX action_watch_worker ON action_watch(assigned_worker, office_id, due_date, id);
CREATE INDEX action_watch_case ON action_watch(case_rid);
CREATE INDEX plans_draft ON plans(start_date) WHERE status='draft' AND deleted=0;
INSERT OR REPLACE INTO meta(key, value) VALUES('search_reindex', '1');
)SQL";

// Step 11: case conferences: the conference (its own scope root), participants, the cases
// discussed with their sections, numbered decisions and follow-up actions, attached documents,
// each approval of the minutes, and the sites' lists of partner specialists.
const char *const step11 = R"SQL(
CREATE TABLE conferences(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, scope_root BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0, heads BLOB,
    office_id BLOB, conference_date TEXT, conference_time TEXT, place TEXT, chair TEXT,
    secretary TEXT, kind TEXT, title TEXT, status TEXT, revision INTEGER, correction_note TEXT);
CREATE INDEX conferences_date ON conferences(conference_date);
CREATE INDEX conferences_office ON conferences(office_id);
CREATE INDEX conferences_conflicted ON conferences(rid) WHERE conflict=1;
CREATE TABLE conference_participants(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, conference_id BLOB, partner_id BLOB, name TEXT, agency TEXT, role TEXT,
    attendance TEXT, approved_rev INTEGER);
CREATE INDEX conference_participants_conference ON conference_participants(conference_id);
CREATE INDEX conference_participants_conflicted ON conference_participants(rid)
    WHERE conflict=1;
CREATE TABLE conference_cases(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, conference_id BLOB, case_id BLOB, position INTEGER, situation TEXT,
    benefits TEXT, services TEXT, risks TEXT, needs TEXT, approved_rev INTEGER);
CREATE INDEX conference_cases_conference ON conference_cases(conference_id);
CREATE INDEX conference_cases_case ON conference_cases(case_id);
CREATE INDEX conference_cases_conflicted ON conference_cases(rid) WHERE conflict=1;
CREATE TABLE conference_decisions(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, conference_id BLOB, conference_case_id BLOB, number INTEGER, text TEXT,
    approved_rev INTEGER);
CREATE INDEX conference_decisions_case ON conference_decisions(conference_case_id);
CREATE INDEX conference_decisions_conflicted ON conference_decisions(rid) WHERE conflict=1;
CREATE TABLE conference_followups(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, conference_id BLOB, decision_id BLOB, what TEXT, who TEXT, agency TEXT,
    deadline TEXT, approved_rev INTEGER, plan_action_id BLOB);
CREATE INDEX conference_followups_decision ON conference_followups(decision_id);
CREATE INDEX conference_followups_action ON conference_followups(plan_action_id);
CREATE INDEX conference_followups_conflicted ON conference_followups(rid) WHERE conflict=1;
CREATE TABLE conference_documents(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, conference_id BLOB, mime_type TEXT, size_bytes INTEGER, sha256 BLOB,
    file_name TEXT, added_at TEXT);
CREATE INDEX conference_documents_conference ON conference_documents(conference_id);
CREATE INDEX conference_documents_conflicted ON conference_documents(rid) WHERE conflict=1;
CREATE TABLE conference_approvals(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, conference_id BLOB, revision INTEGER, approved_by TEXT, approved_at TEXT,
    pdf_size INTEGER, pdf_sha256 BLOB, source_sha256 BLOB);
CREATE INDEX conference_approvals_conference ON conference_approvals(conference_id, revision);
CREATE INDEX conference_approvals_conflicted ON conference_approvals(rid) WHERE conflict=1;
CREATE TABLE partner_specialists(rid INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE,
    scope_root BLOB, deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0,
    heads BLOB, name TEXT, agency TEXT, role TEXT);
CREATE INDEX partner_specialists_conflicted ON partner_specialists(rid) WHERE conflict=1;
)SQL";

const char *const steps[]
    = { step1, step2, step3, step4, step5, step6, step7, step8, step9, step10, step11 };
constexpr int stepCount = int(sizeof(steps) / sizeof(steps[0]));

} // namespace

int Migrations::latestVersion()
{
    return stepCount;
}

Status Migrations::migrate(Database &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = stepCount;
    const int current = db.userVersion();
    if (current < 0)
        return db.lastError(tr("Cannot read the data format version"));
    if (current > stepCount)
        return Status::error(tr("This file was made by a newer version of CaseDesk."));
    for (int version = current + 1; version <= targetVersion; ++version) {
        Transaction tx(db);
        if (!tx.status())
            return tx.status();
        if (Status s = db.exec(steps[version - 1]); !s)
            return Status::error(tr("Upgrading the file to data format %1 failed: %2")
                                     .arg(version)
                                     .arg(s.message()));
        const QByteArray pragma = "PRAGMA user_version=" + QByteArray::number(version);
        if (Status s = db.exec(pragma.constData()); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return Status::ok();
}

} // namespace casedesk
