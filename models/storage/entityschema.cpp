#include "entityschema.h"

#include <algorithm>

namespace casedesk {

namespace {

FieldDef text(const char *name)
{
    return { QString::fromLatin1(name), FieldType::Text };
}

FieldDef uuid(const char *name)
{
    return { QString::fromLatin1(name), FieldType::Uuid };
}

FieldDef integer(const char *name)
{
    return { QString::fromLatin1(name), FieldType::Integer };
}

FieldDef boolean(const char *name)
{
    return { QString::fromLatin1(name), FieldType::Bool };
}

GroupDef group(const char *name, QList<FieldDef> fields)
{
    return { QString::fromLatin1(name), std::move(fields) };
}

QList<EntityDef> makeSchema()
{
    QList<EntityDef> all = {
        // An individual action plan or social contract of a case.
        { QStringLiteral("plan"),
          QStringLiteral("plans"),
          ScopeRule::Case,
          { group("link", { uuid("case_id") }),
            group("plan", { text("kind"), text("start_date"), text("end_date"), text("status") }),
            group("signoff", { text("signed_off_by"), text("signed_off_at") }) } },
        { QStringLiteral("plan_goal"),
          QStringLiteral("plan_goals"),
          ScopeRule::Case,
          { group("link", { uuid("plan_id") }),
            group("goal", { text("text"), text("need"), uuid("assessment_id") }) } },
        // Who does what by when; the status and its outcome are one group.
        { QStringLiteral("plan_action"),
          QStringLiteral("plan_actions"),
          ScopeRule::Case,
          { group("link", { uuid("plan_id"), uuid("goal_id") }),
            group("action", { text("kind"), text("description") }),
            group("responsible", { text("agency"), text("person") }),
            group("due", { text("due_date") }),
            group("state", { text("status"), text("outcome_note"), text("done_date") }) } },
        // A social contract: what each side undertakes, the assistance that depends on it and,
        // per month, whether the client kept it and what followed.
        { QStringLiteral("contract_obligation"),
          QStringLiteral("contract_obligations"),
          ScopeRule::Case,
          { group("link", { uuid("plan_id") }),
            group("obligation", { text("side"), text("text") }) } },
        { QStringLiteral("contract_assistance"),
          QStringLiteral("contract_assistance"),
          ScopeRule::Case,
          { group("link", { uuid("plan_id") }),
            group("assistance",
                  { text("kind"), integer("monthly_amount"), text("conditions") }) } },
        { QStringLiteral("contract_compliance"),
          QStringLiteral("contract_compliance"),
          ScopeRule::Case,
          { group("link", { uuid("plan_id"), text("month") }),
            group("compliance",
                  { boolean("kept"), text("note"), text("consequence"), text("reason") }) } },
        // A case conference (its own scope root): the meeting and where its minutes stand. The
        // status shares a group with everything a secretary edits, so an edit made elsewhere
        // without seeing the approval conflicts with it.
        { QStringLiteral("conference"),
          QStringLiteral("conferences"),
          ScopeRule::Self,
          { group("office", { uuid("office_id") }),
            group("conference",
                  { text("conference_date"), text("conference_time"), text("place"), text("chair"),
                    text("secretary"), text("kind"), text("title"), text("status"),
                    integer("revision"), text("correction_note") }) } },
        // Who was invited, from which agency, and whether they came (scope root: the
        // conference). approved_rev: the revision whose approval this row was part of.
        { QStringLiteral("conference_participant"),
          QStringLiteral("conference_participants"),
          ScopeRule::Case,
          { group("link", { uuid("conference_id"), uuid("partner_id") }),
            group("participant",
                  { text("name"), text("agency"), text("role"), text("attendance"),
                    integer("approved_rev") }) } },
        // One case discussed, with what was shared, the risks and the needs; it travels with
        // its case.
        { QStringLiteral("conference_case"),
          QStringLiteral("conference_cases"),
          ScopeRule::Case,
          { group("link", { uuid("conference_id"), uuid("case_id") }),
            group("section",
                  { integer("position"), text("situation"), text("benefits"), text("services"),
                    text("risks"), text("needs"), integer("approved_rev") }) } },
        // A numbered decision about a case discussed.
        { QStringLiteral("conference_decision"),
          QStringLiteral("conference_decisions"),
          ScopeRule::Case,
          { group("link", { uuid("conference_id"), uuid("conference_case_id") }),
            group("decision", { integer("number"), text("text"), integer("approved_rev") }) } },
        // What follows from a decision, who does it and by when; it may become an action of
        // the client's plan (the link is its own group: made after approval, it changes no
        // minutes).
        { QStringLiteral("conference_followup"),
          QStringLiteral("conference_followups"),
          ScopeRule::Case,
          { group("link", { uuid("conference_id"), uuid("decision_id") }),
            group("followup",
                  { text("what"), text("who"), text("agency"), text("deadline"),
                    integer("approved_rev") }),
            group("plan", { uuid("plan_action_id") }) } },
        // A document attached to a conference (scope root: the conference).
        { QStringLiteral("conference_document"),
          QStringLiteral("conference_documents"),
          ScopeRule::Case,
          { group("link", { uuid("conference_id") }),
            group("content",
                  { text("mime_type"),
                    integer("size_bytes"),
                    { QStringLiteral("sha256"), FieldType::Bytes } }),
            group("name", { text("file_name") }), group("added", { text("added_at") }) } },
        // Each approval of the minutes: the exact PDF and the document it was rendered from,
        // both kept in the blob store by SHA-256 (scope root: the conference).
        { QStringLiteral("conference_approval"),
          QStringLiteral("conference_approvals"),
          ScopeRule::Case,
          { group("approval",
                  { uuid("conference_id"),
                    integer("revision"),
                    text("approved_by"),
                    text("approved_at"),
                    integer("pdf_size"),
                    { QStringLiteral("pdf_sha256"), FieldType::Bytes },
                    { QStringLiteral("source_sha256"), FieldType::Bytes } }) } },
        // A specialist of a partner agency on a site's reusable list of conference
        // participants (scope root: the site keeping the list; the central desk's list reaches
        // every office).
        { QStringLiteral("partner_specialist"),
          QStringLiteral("partner_specialists"),
          ScopeRule::Case,
          { group("specialist", { text("name"), text("agency"), text("role") }) } },
        // A partner agency of the region's list, kept by the central desk.
        { QStringLiteral("agency"),
          QStringLiteral("agencies"),
          ScopeRule::Reference,
          { group("identity", { text("name"), text("kind"), uuid("site_id") }) } },
        // A referral to another agency, followed until the agency reports back.
        { QStringLiteral("referral"),
          QStringLiteral("referrals"),
          ScopeRule::Case,
          { group("link", { uuid("case_id") }),
            group("referral",
                  { uuid("agency_id"), text("agency_name"), uuid("site_id"), text("reason"),
                    text("documents"), text("sent_date"), text("deadline") }),
            group("state",
                  { text("status"), text("status_date"), text("status_reason"),
                    text("feedback") }) } },
        // A scheduled visit or re-registration; held, it names the interaction it created.
        { QStringLiteral("visit"),
          QStringLiteral("visits"),
          ScopeRule::Case,
          { group("link", { uuid("case_id") }),
            group("visit",
                  { text("visit_date"), text("visit_time"), text("visit_kind"), text("purpose"),
                    integer("repeat_months") }),
            group(
                "state",
                { text("status"), text("status_date"), uuid("interaction_id"), text("note") }) } },
        // A review keeps the plan as it was before it was changed.
        { QStringLiteral("plan_review"),
          QStringLiteral("plan_reviews"),
          ScopeRule::Case,
          { group("link", { uuid("plan_id") }),
            group("review",
                  { text("review_date"), text("note"), text("author"), text("before") }) } },
        // A needs assessment of a case. The status shares a group with everything a worker
        // edits, so an edit made elsewhere without seeing the completion conflicts with it.
        { QStringLiteral("assessment"),
          QStringLiteral("assessments"),
          ScopeRule::Case,
          { group("link", { uuid("case_id") }),
            group("assessment",
                  { text("template_id"), integer("template_version"), text("template_hash"),
                    text("assessment_date"), text("status"), text("author_name"),
                    uuid("author_user"), text("completed_at"), text("completed_by") }),
            group("result", { text("level"), text("outcome"), text("result") }) } },
        // One answer (JSON) of an assessment; completion rewrites it as "completed".
        { QStringLiteral("assessment_answer"),
          QStringLiteral("assessment_answers"),
          ScopeRule::Case,
          { group("link", { uuid("assessment_id"), text("question_id") }),
            group("answer", { text("value"), text("answer_status") }) } },
        // A template issued by the central desk; the row id derives from the content hash.
        { QStringLiteral("assessment_template"),
          QStringLiteral("assessment_templates"),
          ScopeRule::Reference,
          { group("identity",
                  { text("template_id"), integer("template_version"), text("effective_from"),
                    text("content_hash") }),
            group("content", { text("content") }) } },
        // An effective-dated means-test parameter set by the central desk.
        { QStringLiteral("assessment_parameter"),
          QStringLiteral("assessment_parameters"),
          ScopeRule::Reference,
          { group("key", { text("name"), text("region"), text("effective_from") }),
            group("value", { integer("value"), text("note") }) } },
        { QStringLiteral("case"),
          QStringLiteral("cases"),
          ScopeRule::Self,
          { group("number", { text("case_number") }),
            group("client", { uuid("client_id"), uuid("household_id") }),
            group("office", { uuid("office_id") }),
            group("worker", { text("assigned_worker"), uuid("assigned_user") }),
            group("opened", { text("opened_date") }),
            // closure_seen: the versions of the case the closing site held (origin and
            // sequence per line), so an edit made elsewhere without seeing the closure is known.
            group("status",
                  { text("status"), text("closed_date"), text("closure_reason"), text("outcome"),
                    text("closing_notes"), text("closed_by"), text("closure_seen"),
                    text("reopened_date"), text("reopen_reason") }),
            group("management", { text("management_model") }),
            // consent_sites: the ids of the sites the case may be shared with, one per line.
            group("consent",
                  { boolean("consent_given"), text("consent_date"), text("consent_scope"),
                    text("consent_sites") }),
            group("sensitivity", { boolean("sensitive"), text("sensitive_reason") }) } },
        // Each opening of a sensitive case, kept with the case and seen by auditors at the hub.
        { QStringLiteral("case_access"),
          QStringLiteral("case_access"),
          ScopeRule::Case,
          { group("access",
                  { uuid("case_id"), uuid("user_id"), text("user_login"), text("user_name"),
                    uuid("site_id"), text("opened_at") }) } },
        { QStringLiteral("case_category"),
          QStringLiteral("case_categories"),
          ScopeRule::Case,
          { group("link", { uuid("case_id"), text("category") }) } },
        // A case shared with another site travels there too (ARCHITECTURE §4); unsharing is the
        // tombstone of the share.
        { QStringLiteral("case_share"),
          QStringLiteral("case_shares"),
          ScopeRule::Case,
          { group("link", { uuid("case_id"), uuid("site_id") }) } },
        // A supervisor's decision to share or refer outside the client's consent, with the reason.
        { QStringLiteral("consent_override"),
          QStringLiteral("consent_overrides"),
          ScopeRule::Case,
          { group("override",
                  { uuid("case_id"), text("action"), text("target"), text("reason"),
                    uuid("user_id"), text("user_name"), text("made_at") }) } },
        { QStringLiteral("document"),
          QStringLiteral("documents"),
          ScopeRule::Case,
          { group("link", { uuid("case_id") }),
            group("content",
                  { text("mime_type"),
                    integer("size_bytes"),
                    { QStringLiteral("sha256"), FieldType::Bytes } }),
            group("name", { text("file_name") }), group("added", { text("added_at") }) } },
        { QStringLiteral("household"),
          QStringLiteral("households"),
          ScopeRule::Case,
          { group("link", { uuid("case_id") }), group("note", { text("note") }) } },
        { QStringLiteral("household_member"),
          QStringLiteral("household_members"),
          ScopeRule::Case,
          { group("link", { uuid("household_id"), uuid("person_id") }),
            group("relationship", { text("relationship") }) } },
        { QStringLiteral("interaction"),
          QStringLiteral("interactions"),
          ScopeRule::Case,
          { group("link", { uuid("case_id") }), group("when", { text("occurred_at") }),
            group("kind", { text("interaction_kind") }), group("worker", { text("worker") }),
            group("note", { text("note") }) } },
        { QStringLiteral("person"),
          QStringLiteral("persons"),
          ScopeRule::Case,
          { group("name", { text("family_name"), text("given_name"), text("patronymic") }),
            group("birth", { text("birth_date") }), group("sex", { text("sex") }),
            group("citizenship", { text("citizenship") }),
            group("id_document", { text("id_type"), text("id_number") }),
            group("address",
                  { text("address_region"), text("address_locality"), text("address_street") }),
            group("languages", { text("languages") }) } },
        { QStringLiteral("phone"),
          QStringLiteral("phones"),
          ScopeRule::Case,
          { group("owner", { uuid("person_id") }),
            group("number", { text("number"), text("phone_kind") }) } },
        { QStringLiteral("site"),
          QStringLiteral("sites"),
          ScopeRule::Reference,
          { group("identity", { text("name"), text("code"), text("kind") }) } },
        // Accounts travel everywhere so a worker can sign in at any office of the region.
        { QStringLiteral("user"),
          QStringLiteral("users"),
          ScopeRule::Reference,
          { group("login", { text("login") }), group("name", { text("display_name") }),
            group("office", { uuid("office_id") }), group("roles", { text("roles") }),
            group("active", { boolean("active") }),
            group("password", { text("password_hash") }) } },
    };
    std::sort(all.begin(), all.end(),
              [](const EntityDef &a, const EntityDef &b) { return a.name < b.name; });
    return all;
}

} // namespace

const GroupDef *EntityDef::group(const QString &groupName) const
{
    for (const GroupDef &g : groups)
        if (g.name == groupName)
            return &g;
    return nullptr;
}

const GroupDef *EntityDef::groupOfField(const QString &fieldName) const
{
    for (const GroupDef &g : groups)
        for (const FieldDef &f : g.fields)
            if (f.name == fieldName)
                return &g;
    return nullptr;
}

const FieldDef *EntityDef::field(const QString &fieldName) const
{
    for (const GroupDef &g : groups)
        for (const FieldDef &f : g.fields)
            if (f.name == fieldName)
                return &f;
    return nullptr;
}

QStringList EntityDef::fieldNames() const
{
    QStringList names;
    for (const GroupDef &g : groups)
        for (const FieldDef &f : g.fields)
            names << f.name;
    return names;
}

const QList<EntityDef> &EntitySchema::all()
{
    static const QList<EntityDef> schema = makeSchema();
    return schema;
}

const EntityDef *EntitySchema::find(const QString &name)
{
    for (const EntityDef &e : all())
        if (e.name == name)
            return &e;
    return nullptr;
}

} // namespace casedesk
