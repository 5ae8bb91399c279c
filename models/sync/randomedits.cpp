#include "randomedits.h"

#include "assessments.h"
#include "caseclosure.h"
#include "casefiles.h"
#include "conflictresolution.h"
#include "demoassessments.h"
#include "planvocabulary.h"
#include "randomplanedits.h"
#include "recordstore.h"
#include "syncscope.h"
#include "templatecatalogue.h"
#include "testdatasession.h"
#include "vocabulary.h"

#include <QRandomGenerator>

namespace casedesk {

namespace {

QStringList words(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QStringList &familyNames()
{
    static const QStringList list = words("Абенов Каримов Осмонов Петросян Иванов Сейітов Назаров "
                                          "Турсунов Мамытов Ахметов Лебедев Саидов");
    return list;
}

const QStringList &givenNames()
{
    static const QStringList list = words("Айгүл Нурлан Дилноза Тигран Анна Бакыт Мадина Фирӯз "
                                          "Сауле Ерлан Малика Армен Ольга Жандос");
    return list;
}

const QStringList &regions()
{
    static const QStringList list
        = words("Ақмола Алматы Чүй Ош Тошкент Самарқанд Душанбе Хатлон Ереван Ширак Омская");
    return list;
}

// Draws every choice from one seeded generator, so a seed replays the same sequence of choices.
class Editor
{
public:
    Editor(RecordStore &store, quint32 seed, const RandomEdits::Options &options)
        : m_store(store),
          m_files(store),
          m_rng(seed),
          m_options(options),
          m_planEdits(store, m_rng,
                      [this](const QString &kind, const Status &status) { record(kind, status); })
    {
    }

    void one();
    RandomEditReport report;

private:
    int uniform(int low, int high) { return int(m_rng.bounded(low, high + 1)); }
    bool chance(int percent) { return uniform(1, 100) <= percent; }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(uniform(0, int(list.size()) - 1));
    }
    QString digits(int count);
    PersonData randomPerson();
    void changePerson(PersonData &person);
    // A household member whose person is not deleted, picked at random; nullptr when it is.
    const HouseholdMember *livePerson(const CaseFileData &file);
    QString randomPhone()
    {
        return QStringLiteral("+7 70") + digits(1) + QLatin1Char(' ') + digits(7);
    }

    void record(const QString &kind, const Status &status);
    QList<QUuid> editableCases() const;
    QList<QUuid> officesOtherThan(const QUuid &owner, const QList<QUuid> &except) const;

    void openCase();
    void editPerson(const CaseFileData &file);
    void editPhones(const CaseFileData &file);
    void editCase(const CaseFileData &file);
    void editCategories(const CaseFileData &file);
    void editHousehold(const CaseFileData &file);
    void editInteractions(const CaseFileData &file);
    void moveCase(const CaseFileData &file);
    void editAssessment(const CaseFileData &file);
    bool resolveConflict();

    RecordStore &m_store;
    CaseFiles m_files;
    QRandomGenerator m_rng;
    RandomEdits::Options m_options;
    RandomPlanEdits m_planEdits;
};

QString Editor::digits(int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s.append(QChar(u'0' + uniform(i == 0 ? 1 : 0, 9)));
    return s;
}

void Editor::changePerson(PersonData &person)
{
    switch (uniform(0, 4)) {
    case 0:
        person.familyName = pick(familyNames());
        person.givenName = pick(givenNames());
        break;
    case 1:
        person.birthDate
            = PartialDate::parse(
                  QDate(uniform(1940, 2020), uniform(1, 12), uniform(1, 28)).toString(Qt::ISODate))
                  .value();
        break;
    case 2:
        person.region = pick(regions());
        person.locality = person.region;
        person.street
            = QString::fromUtf8("ул. %1, д. %2").arg(pick(familyNames())).arg(uniform(1, 99));
        break;
    case 3:
        if (chance(60)) {
            person.idType = QStringLiteral("personal_number");
            person.idNumber = digits(12);
        } else {
            person.idType = QStringLiteral("passport");
            person.idNumber = QStringLiteral("N") + digits(8);
        }
        break;
    default:
        person.languages = chance(50) ? QStringLiteral("ru") : QStringLiteral("kk, ru");
        break;
    }
}

PersonData Editor::randomPerson()
{
    PersonData p;
    p.familyName = pick(familyNames());
    p.givenName = pick(givenNames());
    p.sex = chance(50) ? QStringLiteral("female") : QStringLiteral("male");
    p.citizenship = QStringLiteral("KZ");
    p.region = pick(regions());
    p.birthDate = PartialDate::parse(QString::number(uniform(1950, 2020))).value();
    if (chance(70)) {
        p.idType = QStringLiteral("personal_number");
        p.idNumber = digits(12);
    }
    if (chance(60))
        p.phones.append({ QUuid(), randomPhone(), QStringLiteral("mobile") });
    return p;
}

void Editor::record(const QString &kind, const Status &status)
{
    if (!status) {
        if (report.refused++ == 0)
            report.firstRefusal = kind + QStringLiteral(": ") + status.message();
        return;
    }
    ++report.applied;
    ++report.byKind[kind];
}

QList<QUuid> Editor::editableCases() const
{
    QList<QUuid> out;
    // Case numbers, unlike row ids, come out the same for the same seed.
    Statement st
        = m_store.db().statement("SELECT id FROM cases WHERE deleted=0 ORDER BY case_number, rid");
    while (st.step() == Statement::Step::Row)
        out.append(st.uuid(0));
    out.removeIf([&](const QUuid &id) { return !SyncScope::caseScope(m_store, id).editableHere; });
    return out;
}

QList<QUuid> Editor::officesOtherThan(const QUuid &owner, const QList<QUuid> &except) const
{
    QList<QUuid> out;
    for (const auto &[site, name] : SyncScope::otherSites(m_store)) {
        Q_UNUSED(name);
        const QCborMap row = m_store.row(QStringLiteral("site"), site);
        if (row.value(QStringLiteral("kind")).toString() == QLatin1String("office") && site != owner
            && !except.contains(site))
            out.append(site);
    }
    return out;
}

void Editor::openCase()
{
    NewCase c;
    c.client = randomPerson();
    c.assignedWorker = pick(givenNames()) + QLatin1Char(' ') + pick(familyNames());
    c.openedDate = QDate::currentDate().addDays(-uniform(0, 400));
    c.categories << pick(Vocabulary::codes(Vocabulary::categories()));
    c.consentGiven = chance(80);
    c.consentDate = c.openedDate;
    record(RandomEdits::tr("new case"), m_files.openCase(c).status());
}

const HouseholdMember *Editor::livePerson(const CaseFileData &file)
{
    const HouseholdMember &member = pick(file.household);
    bool deleted = false;
    m_store.row(QStringLiteral("person"), member.person.id, &deleted);
    return deleted ? nullptr : &member;
}

void Editor::editPerson(const CaseFileData &file)
{
    const HouseholdMember *member = livePerson(file);
    if (!member)
        return;
    PersonData person = member->person;
    changePerson(person);
    record(RandomEdits::tr("person"), m_files.updatePerson(file.id, person));
}

void Editor::editPhones(const CaseFileData &file)
{
    const HouseholdMember *member = livePerson(file);
    if (!member)
        return;
    PersonData person = member->person;
    const int roll = uniform(1, 100);
    if (person.phones.isEmpty() || roll <= 40) {
        person.phones.append({ QUuid(), randomPhone(), QStringLiteral("mobile") });
        record(RandomEdits::tr("phone added"), m_files.updatePerson(file.id, person));
    } else if (roll <= 70) {
        person.phones[uniform(0, int(person.phones.size()) - 1)].number = randomPhone();
        record(RandomEdits::tr("phone changed"), m_files.updatePerson(file.id, person));
    } else {
        // A tombstone straight through the store, as the phone list of the case file does.
        record(RandomEdits::tr("phone removed"),
               m_store.remove(QStringLiteral("phone"), pick(person.phones).id));
    }
}

void Editor::editCase(const CaseFileData &file)
{
    CaseClosure closure(m_store);
    if (file.status != QLatin1String("open")) {
        // A closed case (or one waiting for sign-off) refuses every edit but reopening; half
        // the time it is left as it is.
        if (chance(50))
            return;
        record(RandomEdits::tr("status"),
               closure.reopen(file.id, RandomEdits::tr("The client asked for help again"),
                              QDate::currentDate()));
        return;
    }
    if (chance(50)) {
        const QString worker = pick(givenNames()) + QLatin1Char(' ') + pick(familyNames());
        record(RandomEdits::tr("worker"),
               m_files.updateCase(file.id, { { QStringLiteral("assigned_worker"), worker } }));
        return;
    }
    const QDate earliest = std::max(file.openedDate, QDate::currentDate().addDays(-30));
    const QDate day = earliest.addDays(uniform(0, int(earliest.daysTo(QDate::currentDate()))));
    record(RandomEdits::tr("status"),
           closure.close(file.id, pick(Vocabulary::codes(PlanVocabulary::closureReasons())),
                         pick(Vocabulary::codes(PlanVocabulary::closureOutcomes())),
                         RandomEdits::tr("Closed in a test run"), day));
}

void Editor::editCategories(const CaseFileData &file)
{
    QStringList categories = file.categories;
    const QString category = pick(Vocabulary::codes(Vocabulary::categories()));
    if (!categories.removeOne(category))
        categories.append(category);
    record(RandomEdits::tr("categories"), m_files.setCategories(file.id, categories));
}

void Editor::editHousehold(const CaseFileData &file)
{
    QList<QUuid> removable;
    for (const HouseholdMember &m : file.household)
        if (m.relationship != QLatin1String("self"))
            removable.append(m.memberId);
    if (removable.isEmpty() || chance(55)) {
        QStringList relationships = Vocabulary::codes(Vocabulary::relationships());
        relationships.removeAll(QStringLiteral("self"));
        record(RandomEdits::tr("member added"),
               m_files.addHouseholdMember(file.id, randomPerson(), pick(relationships)).status());
        return;
    }
    record(RandomEdits::tr("member removed"), m_files.removeHouseholdMember(pick(removable)));
}

void Editor::editInteractions(const CaseFileData &file)
{
    const int roll = uniform(1, 100);
    if (file.interactions.isEmpty() || roll <= 60) {
        Interaction in;
        in.occurredAt = QDateTime::currentDateTime().addSecs(-60 * uniform(60, 60 * 24 * 90));
        in.kind = pick(Vocabulary::codes(Vocabulary::interactionKinds()));
        in.worker = file.assignedWorker.isEmpty() ? pick(givenNames()) : file.assignedWorker;
        in.note = RandomEdits::tr("Follow-up %1").arg(digits(4));
        record(RandomEdits::tr("interaction"), m_files.recordInteraction(file.id, in).status());
    } else if (roll <= 80) {
        const Interaction &in = pick(file.interactions);
        record(RandomEdits::tr("note changed"),
               m_store.update(QStringLiteral("interaction"), in.id,
                              { { QStringLiteral("note"),
                                  RandomEdits::tr("Corrected note %1").arg(digits(4)) } }));
    } else {
        record(RandomEdits::tr("interaction removed"),
               m_store.remove(QStringLiteral("interaction"), pick(file.interactions).id));
    }
}

// Starts an assessment, or changes one answer of a draft and now and then completes it.
void Editor::editAssessment(const CaseFileData &file)
{
    Assessments assessments(m_store);
    std::mt19937 rng(m_rng.generate());
    const QList<AssessmentSummary> existing = assessments.forCase(file.id);
    QList<AssessmentSummary> drafts;
    for (const AssessmentSummary &a : existing)
        if (!a.isCompleted())
            drafts << a;
    if (drafts.isEmpty() || chance(20)) {
        const QList<const AssessmentTemplate *> templates
            = assessments.catalogue().available(QDate::currentDate());
        if (templates.isEmpty())
            return;
        record(RandomEdits::tr("assessment started"),
               assessments.start(file.id, pick(templates)->hash, QDate::currentDate()).status());
        return;
    }
    const AssessmentSummary &draft = pick(drafts);
    const AssessmentTemplate *t = assessments.catalogue().byHash(draft.templateHash);
    Result<AssessmentRecord> record = assessments.load(draft.id);
    if (!t || !record) {
        this->record(RandomEdits::tr("assessment"), record.status());
        return;
    }
    Answers answers = record->answers;
    if (chance(30)) {
        const Answers full = DemoAssessments::randomAnswers(
            *t, answers.value(t->meansTest.householdQuestion), rng);
        for (auto it = full.cbegin(); it != full.cend(); ++it)
            if (!answers.contains(it.key()))
                answers.insert(it.key(), it.value());
        this->record(RandomEdits::tr("assessment completed"),
                     assessments.complete(draft.id, answers, draft.date).status());
        return;
    }
    const QList<const Question *> questions = t->questions();
    const Question *q = pick(questions);
    const QJsonValue value = DemoAssessments::randomAnswer(
        *q, answers.value(t->meansTest.householdQuestion), t->meansTest, rng);
    if (value.isUndefined())
        answers.remove(q->id);
    else
        answers.insert(q->id, value);
    this->record(RandomEdits::tr("assessment answer"),
                 assessments.saveDraft(draft.id, answers, draft.date));
}

void Editor::moveCase(const CaseFileData &file)
{
    const CaseScopeInfo scope = SyncScope::caseScope(m_store, file.id);
    const bool mayMove
        = m_store.site().kind == QLatin1String("hub") || scope.owner == m_store.site().id;
    if (!mayMove)
        return;
    const int roll = uniform(1, 100);
    if (m_options.shares && !scope.sharedWith.isEmpty() && roll <= 25) {
        record(RandomEdits::tr("unshared"),
               SyncScope::unshare(m_store, file.id, pick(scope.sharedWith)));
        return;
    }
    if (m_options.transfers && roll <= 55) {
        const QList<QUuid> to = officesOtherThan(scope.owner, {});
        if (!to.isEmpty())
            record(RandomEdits::tr("transferred"), SyncScope::transfer(m_store, file.id, pick(to)));
        return;
    }
    if (m_options.shares) {
        const QList<QUuid> with = officesOtherThan(scope.owner, scope.sharedWith);
        if (!with.isEmpty())
            // Random cases have no consent to speak of; the override is part of what is tested.
            record(RandomEdits::tr("shared"),
                   SyncScope::share(m_store, file.id, pick(with),
                                    RandomEdits::tr("Random edits for testing")));
    }
}

bool Editor::resolveConflict()
{
    QList<ConflictInfo> open = m_store.conflicts();
    open.removeIf([&](const ConflictInfo &c) {
        return c.scopeRoot.isNull() || !SyncScope::caseScope(m_store, c.scopeRoot).editableHere;
    });
    if (open.isEmpty())
        return false;
    const ConflictInfo &c = pick(open);
    if (c.group == QLatin1String("_deleted")) {
        record(RandomEdits::tr("deletion resolved"),
               ConflictResolution::resolveDeletion(m_store, c, chance(50)));
        return true;
    }
    const QList<HeadInfo> heads = m_store.heads(c.entity, c.rowId).value(c.group);
    if (heads.isEmpty())
        return false;
    record(RandomEdits::tr("conflict resolved"),
           ConflictResolution::resolve(m_store, c, pick(heads).values));
    return true;
}

void Editor::one()
{
    const QList<QUuid> cases = editableCases();
    if (cases.isEmpty() || chance(m_options.newCasePercent)) {
        openCase();
        return;
    }
    const int roll = uniform(1, 100);
    if (m_options.resolutions && roll <= 6 && resolveConflict())
        return;
    const auto file = m_files.load(pick(cases));
    if (!file) {
        record(RandomEdits::tr("case"), file.status());
        return;
    }
    if (file->status != QLatin1String("open")) {
        // Nothing changes a closed case but reopening it.
        editCase(file.value());
    } else if (file->household.isEmpty() || roll <= 6) {
        editInteractions(file.value());
    } else if (roll <= 26) {
        editPerson(file.value());
    } else if (roll <= 36) {
        // Plans, referrals and visits: few enough that the simulations keep their character.
        m_planEdits.edit(file.value());
    } else if (roll <= 48) {
        editPhones(file.value());
    } else if (roll <= 60) {
        editCase(file.value());
    } else if (roll <= 68) {
        editCategories(file.value());
    } else if (roll <= 77) {
        editHousehold(file.value());
    } else if (roll <= 90) {
        editInteractions(file.value());
    } else if (roll <= 96) {
        editAssessment(file.value());
    } else if (m_options.transfers || m_options.shares) {
        moveCase(file.value());
    } else {
        editPerson(file.value());
    }
}

} // namespace

QString RandomEditReport::summary() const
{
    QStringList kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    QString line = RandomEdits::tr("%n edit(s)", nullptr, applied);
    if (!kinds.isEmpty())
        line += QStringLiteral(": ") + kinds.join(QStringLiteral(", "));
    if (refused > 0)
        line += QStringLiteral("; ") + RandomEdits::tr("%n refused", nullptr, refused);
    return line;
}

Result<RandomEditReport> RandomEdits::apply(RecordStore &store, int edits, quint32 seed,
                                            const Options &options)
{
    if (store.db().isReadOnly())
        return Status::error(tr("The file is open read-only."));
    if (edits < 0)
        return Status::error(tr("The number of edits cannot be negative."));
    const TestDataSession session(store);
    if (!session.status())
        return session.status();
    Editor editor(store, seed, options);
    // Edits that could not be made at all (nothing to edit) are tried again, within reason.
    for (int attempts = 0;
         editor.report.applied + editor.report.refused < edits && attempts < edits * 4 + 10;
         ++attempts)
        editor.one();
    return editor.report;
}

} // namespace casedesk
