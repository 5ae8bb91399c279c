// Case conferences: the draft, the approval that keeps the exact PDF and makes the minutes
// read-only, a correction as a new revision with its own approval, decisions numbered 1, 2, 3,
// follow-up actions turned into plan actions with a back link, the partner specialists' list,
// and sync: a conference travels to the offices owning a case it discusses, each case's section
// with its case, and an edit made elsewhere without seeing the approval is a conflict flagged
// "edited after approval".
#include "synctestsupport.h"
#include "testsupport.h"

#include "conferenceminutes.h"
#include "conferences.h"
#include "conflictlistmodel.h"
#include "plans.h"
#include "syncscope.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

ConferenceDetails details(const QDate &date)
{
    ConferenceDetails d;
    d.date = date;
    d.time = QTime(10, 30);
    d.place = u"Зал заседаний"_s;
    d.chair = u"Иванова Анна"_s;
    d.secretary = u"Петров Игорь"_s;
    d.kind = ConferenceKind::SingleCase;
    d.title = u"Семья Турсуновых"_s;
    return d;
}

ConferenceFollowUp followUp(const QString &what, const QDate &deadline)
{
    ConferenceFollowUp f;
    f.what = what;
    f.who = u"Ким Олег"_s;
    f.agency = u"Центр занятости"_s;
    f.deadline = deadline;
    return f;
}

// One site with a case and a conference about it, ready to approve but for the attendance.
struct Meeting
{
    std::unique_ptr<RecordStore> store;
    QUuid caseId, conference, section, decision, followUpId, present, absent;
    const QDate today = QDate::currentDate();

    bool make(RecordStore *existing = nullptr, const QUuid &givenCase = QUuid())
    {
        RecordStore &s = existing ? *existing : *store;
        caseId = givenCase;
        if (caseId.isNull()) {
            auto opened = CaseFiles(s).openCase(
                newCase(person(u"Турсунова"_s, u"Мадина"_s, u"1990-05-17"_s)));
            if (!opened)
                return false;
            caseId = opened.value();
        }
        Conferences c(s);
        auto made = c.create(details(today.addDays(-1)));
        if (!made)
            return false;
        conference = made.value();
        ConferenceParticipant p;
        p.name = u"Сидорова Мария"_s;
        p.agency = u"Поликлиника №3"_s;
        p.role = u"педиатр"_s;
        auto one = c.addParticipant(conference, p);
        p.name = u"Нурланов Ерлан"_s;
        p.agency = u"Полиция"_s;
        auto two = c.addParticipant(conference, p);
        auto cc = c.addCase(conference, caseId);
        if (!one || !two || !cc)
            return false;
        present = one.value();
        absent = two.value();
        section = cc.value();
        if (!c.updateSections(section,
                              { u"Мать одна, трое детей"_s, u"Детское пособие"_s,
                                u"Продуктовые наборы"_s, u"Долги за жильё"_s,
                                u"Работа, детский сад"_s }))
            return false;
        auto d = c.addDecision(section, u"Направить в центр занятости"_s);
        if (!d)
            return false;
        decision = d.value();
        auto f = c.addFollowUp(decision, followUp(u"Записать на курсы"_s, today.addDays(20)));
        if (!f)
            return false;
        followUpId = f.value();
        return true;
    }

    bool markAttendance(RecordStore &s)
    {
        Conferences c(s);
        return c.setAttendance(present, Attendance::Present).isOk()
            && c.setAttendance(absent, Attendance::Absent).isOk();
    }
};

} // namespace

class TestConferences : public QObject
{
    Q_OBJECT

    TempFolder m_dir;

    std::unique_ptr<RecordStore> hub(const QString &name = u"hub"_s)
    {
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        return makeSite(m_dir.file(u"%1-%2.cdsk"_s.arg(name, tag)), u"Центральный офис"_s,
                        u"hub"_s);
    }

private slots:
    void details_areChecked()
    {
        auto store = hub();
        Conferences c(*store);
        ConferenceDetails d = details(QDate::currentDate());
        d.date = QDate();
        QVERIFY_REFUSED(c.create(d), u"date"_s);
        d = details(QDate::currentDate());
        d.place.clear();
        QVERIFY_REFUSED(c.create(d), u"where"_s);
        d = details(QDate::currentDate());
        d.chair = u"  "_s;
        QVERIFY_REFUSED(c.create(d), u"chairs"_s);
        QCOMPARE(countRows(*store, u"SELECT count(*) FROM conferences"_s), 0);

        Meeting m;
        m.store = std::move(store);
        QVERIFY(m.make());
        QVERIFY_REFUSED(c.addFollowUp(m.decision, followUp(u"Что-то"_s, QDate())), u"deadline"_s);
        ConferenceFollowUp nobody = followUp(u"Что-то"_s, m.today);
        nobody.who.clear();
        nobody.agency.clear();
        QVERIFY_REFUSED(c.addFollowUp(m.decision, nobody), u"responsible"_s);
        QVERIFY_REFUSED(c.addCase(m.conference, m.caseId), u"already"_s);
        QVERIFY_REFUSED(c.addDecision(m.section, u" "_s), u"decided"_s);
    }

    void draft_approved_readOnly_thenCorrected()
    {
        Meeting m;
        m.store = hub();
        QVERIFY(m.make());
        Conferences c(*m.store);
        // Everyone must be marked before approval, and someone present.
        QVERIFY_REFUSED(c.approve(m.conference), u"Сидорова Мария"_s);
        QVERIFY_STATUS(c.setAttendance(m.present, Attendance::Absent));
        QVERIFY_STATUS(c.setAttendance(m.absent, Attendance::Absent));
        QVERIFY_REFUSED(c.approve(m.conference), u"present"_s);
        QVERIFY(m.markAttendance(*m.store));

        auto approval = c.approve(m.conference);
        QVERIFY_STATUS(approval);
        auto loaded = c.load(m.conference);
        QVERIFY_STATUS(loaded);
        QVERIFY(loaded->approved);
        QVERIFY(!loaded->editableHere);
        QCOMPARE(loaded->approvals.size(), 1);
        QCOMPARE(loaded->approvals.first().revision, 1);
        for (const ConferenceParticipant &p : loaded->participants)
            QCOMPARE(p.approvedRevision, 1);
        QCOMPARE(loaded->cases.first().decisions.first().followUps.first().approvedRevision, 1);

        // The exact PDF is kept, by its SHA-256, and printing gives those bytes.
        auto pdf = c.approvedPdf(m.conference);
        QVERIFY_STATUS(pdf);
        QVERIFY(pdf->startsWith("%PDF"));
        QCOMPARE(QCryptographicHash::hash(pdf.value(), QCryptographicHash::Sha256),
                 loaded->approvals.first().pdfSha256);
        QCOMPARE(loaded->approvals.first().pdfSize, pdf->size());
        auto printed = ConferenceMinutes::pdf(*m.store, m.conference);
        QVERIFY_STATUS(printed);
        QCOMPARE(printed.value(), pdf.value());
        auto source = ConferenceMinutes::document(*m.store, m.conference);
        QVERIFY_STATUS(source);
        QVERIFY(source->html.contains(u"Направить в центр занятости"_s));

        // Read-only: nothing of the minutes can change.
        const QString approved = u"approved"_s;
        QVERIFY_REFUSED(c.updateDetails(m.conference, details(m.today)), approved);
        ConferenceParticipant late;
        late.name = u"Опоздавший"_s;
        QVERIFY_REFUSED(c.addParticipant(m.conference, late), approved);
        QVERIFY_REFUSED(c.setAttendance(m.absent, Attendance::Present), approved);
        QVERIFY_REFUSED(c.updateSections(m.section, {}), approved);
        QVERIFY_REFUSED(c.addDecision(m.section, u"Ещё одно"_s), approved);
        QVERIFY_REFUSED(c.updateDecision(m.decision, u"Другое"_s), approved);
        QVERIFY_REFUSED(c.removeDecision(m.decision), approved);
        QVERIFY_REFUSED(c.addFollowUp(m.decision, followUp(u"Ещё"_s, m.today)), approved);
        QVERIFY_REFUSED(c.removeFollowUp(m.followUpId), approved);
        QVERIFY_REFUSED(c.removeCase(m.section), approved);
        QVERIFY_REFUSED(c.approve(m.conference), approved);
        QVERIFY_REFUSED(c.startCorrection(m.conference, u" "_s), u"correction"_s);
        QCOMPARE(c.load(m.conference)->cases.first().decisions.first().text,
                 u"Направить в центр занятости"_s);

        // A correction is revision 2, a draft with its own approval; revision 1 stays.
        QVERIFY_STATUS(c.startCorrection(m.conference, u"Уточнён срок"_s));
        loaded = c.load(m.conference);
        QVERIFY(!loaded->approved);
        QCOMPARE(loaded->revision, 2);
        QCOMPARE(loaded->correctionNote, u"Уточнён срок"_s);
        QVERIFY_REFUSED(c.startCorrection(m.conference, u"Ещё раз"_s), u"draft"_s);
        QVERIFY_STATUS(c.updateDecision(m.decision, u"Направить в центр занятости до 15-го"_s));
        QVERIFY_STATUS(c.approve(m.conference));
        loaded = c.load(m.conference);
        QCOMPARE(loaded->approvals.size(), 2);
        QCOMPARE(loaded->approvals.last().revision, 2);
        auto first = c.approvedPdf(m.conference, 1);
        auto second = c.approvedPdf(m.conference);
        QVERIFY_STATUS(first);
        QVERIFY_STATUS(second);
        QCOMPARE(first.value(), pdf.value());
        QVERIFY(second.value() != first.value());
        QVERIFY(ConferenceMinutes::document(*m.store, m.conference)->html.contains(u"до 15-го"_s));
        QVERIFY(
            ConferenceMinutes::document(*m.store, m.conference)->html.contains(u"Уточнён срок"_s));
        QVERIFY_REFUSED(c.approvedPdf(m.conference, 7), u"not in this file"_s);
        QVERIFY(m.store->check().isEmpty());
    }

    void decisions_areNumberedInOrder()
    {
        Meeting m;
        m.store = hub();
        QVERIFY(m.make());
        Conferences c(*m.store);
        QVERIFY_STATUS(c.addDecision(m.section, u"Второе"_s));
        auto third = c.addDecision(m.section, u"Третье"_s);
        QVERIFY_STATUS(third);
        QVERIFY_STATUS(c.addFollowUp(third.value(), followUp(u"Шаг"_s, m.today)));
        auto numbers = [&] {
            QStringList out;
            for (const ConferenceDecision &d : c.load(m.conference)->cases.first().decisions)
                out << u"%1 %2"_s.arg(d.number).arg(d.text);
            return out;
        };
        QCOMPARE(numbers(),
                 QStringList({ u"1 Направить в центр занятости"_s, u"2 Второе"_s, u"3 Третье"_s }));
        QVERIFY_STATUS(c.removeDecision(m.decision));
        QCOMPARE(numbers(), QStringList({ u"1 Второе"_s, u"2 Третье"_s }));
        // The follow-up of the removed decision went with it; the others stay.
        QCOMPARE(
            countRows(*m.store, u"SELECT count(*) FROM conference_followups WHERE deleted=0"_s), 1);
        QCOMPARE(c.load(m.conference)->cases.first().decisions.last().followUps.size(), 1);
    }

    void followUp_becomesPlanAction_withBackLink()
    {
        Meeting m;
        m.store = hub();
        QVERIFY(m.make());
        Conferences c(*m.store);
        QVERIFY_REFUSED(c.toPlanAction(m.followUpId), u"no plan"_s);
        Plans plans(*m.store);
        auto plan = plans.create(m.caseId, u"action_plan"_s, m.today.addDays(-10), QDate());
        QVERIFY_STATUS(plan);

        auto action = c.toPlanAction(m.followUpId);
        QVERIFY_STATUS(action);
        const Plan loaded = plans.load(plan.value()).value();
        QCOMPARE(loaded.actions.size(), 1);
        const PlanAction &a = loaded.actions.first();
        QCOMPARE(a.id, action.value());
        QCOMPARE(a.description, u"Записать на курсы"_s);
        QCOMPARE(a.person, u"Ким Олег"_s);
        QCOMPARE(a.agency, u"Центр занятости"_s);
        QCOMPARE(a.dueDate, m.today.addDays(20));

        auto f = c.load(m.conference)->cases.first().decisions.first().followUps.first();
        QCOMPARE(f.planActionId, action.value());
        QVERIFY(f.planActionStatus.has_value());
        QCOMPARE(*f.planActionStatus, ActionStatus::Planned);
        QVERIFY_REFUSED(c.toPlanAction(m.followUpId), u"already"_s);

        // The action's progress shows in the minutes view, after approval too.
        QVERIFY(m.markAttendance(*m.store));
        auto second = c.addFollowUp(m.decision, followUp(u"Оформить пособие"_s, m.today));
        QVERIFY_STATUS(second);
        QVERIFY_STATUS(c.approve(m.conference));
        QVERIFY_STATUS(
            plans.setActionStatus(action.value(), ActionStatus::Done, u"Записана"_s, m.today));
        auto secondAction = c.toPlanAction(second.value(), plan.value());
        QVERIFY_STATUS(secondAction);
        const QList<ConferenceFollowUp> after
            = c.load(m.conference)->cases.first().decisions.first().followUps;
        QCOMPARE(after.size(), 2);
        for (const ConferenceFollowUp &x : after) {
            QVERIFY(x.planActionStatus.has_value());
            QCOMPARE(*x.planActionStatus,
                     x.id == m.followUpId ? ActionStatus::Done : ActionStatus::Planned);
        }

        // A plan of another case is refused.
        auto other = CaseFiles(*m.store).openCase(newCase(person(u"Ким"_s, u"Ли"_s)));
        QVERIFY_STATUS(other);
        auto otherPlan = plans.create(other.value(), u"action_plan"_s, m.today, QDate());
        QVERIFY_STATUS(otherPlan);
        Meeting again;
        QVERIFY(again.make(m.store.get(), m.caseId));
        QVERIFY_REFUSED(c.toPlanAction(again.followUpId, otherPlan.value()), u"another case"_s);
    }

    void documents_attachAndAreNamedInTheMinutes()
    {
        Meeting m;
        m.store = hub();
        QVERIFY(m.make());
        Conferences c(*m.store);
        const QString path = m_dir.file(u"справка.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Справка о составе семьи\n");
        file.close();
        QVERIFY_REFUSED(c.attachDocument(m.conference, m_dir.file(u"нет.txt"_s)),
                        u"does not exist"_s);
        auto id = c.attachDocument(m.conference, path);
        QVERIFY_STATUS(id);
        auto content = c.documentContent(id.value());
        QVERIFY_STATUS(content);
        QCOMPARE(content.value(), QByteArray("Справка о составе семьи\n"));
        const Conference loaded = c.load(m.conference).value();
        QCOMPARE(loaded.documents.size(), 1);
        QCOMPARE(loaded.documents.first().fileName, u"справка.txt"_s);
        QCOMPARE(loaded.documents.first().size, content->size());
        QVERIFY(
            ConferenceMinutes::document(*m.store, m.conference)->html.contains(u"справка.txt"_s));
        QVERIFY(m.markAttendance(*m.store));
        QVERIFY_STATUS(c.approve(m.conference));
        QVERIFY_REFUSED(c.attachDocument(m.conference, path), u"approved"_s);
    }

    void list_upcomingPastAndSearch()
    {
        Meeting m;
        m.store = hub();
        QVERIFY(m.make());
        Conferences c(*m.store);
        ConferenceDetails later = details(m.today.addDays(5));
        later.place = u"Школа №12"_s;
        auto upcoming = c.create(later);
        QVERIFY_STATUS(upcoming);
        const auto ids = [](const QList<ConferenceListItem> &items) {
            QList<QUuid> out;
            for (const ConferenceListItem &i : items)
                out << i.id;
            return out;
        };
        QCOMPARE(ids(c.list(Conferences::When::Upcoming)), QList<QUuid>({ upcoming.value() }));
        QCOMPARE(ids(c.list(Conferences::When::Past)), QList<QUuid>({ m.conference }));
        QCOMPARE(c.list(Conferences::When::All).size(), 2);
        QCOMPARE(ids(c.list(Conferences::When::All, u"Школа"_s)),
                 QList<QUuid>({ upcoming.value() }));
        // By a participant's agency and by a case number.
        QCOMPARE(ids(c.list(Conferences::When::All, u"Поликлиника"_s)),
                 QList<QUuid>({ m.conference }));
        const QString number = m.store->row(u"case"_s, m.caseId).value(u"case_number"_s).toString();
        QCOMPARE(ids(c.list(Conferences::When::All, number)), QList<QUuid>({ m.conference }));
        QCOMPARE(ids(c.forCase(m.caseId)), QList<QUuid>({ m.conference }));
        const ConferenceListItem item = c.list(Conferences::When::Past).first();
        QCOMPARE(item.cases, 1);
        QCOMPARE(item.participants, 2);
    }

    void partnerList_isKeptPerSite_andTheHubsReachesOffices()
    {
        auto desk = hub();
        auto office
            = makeSite(m_dir.file(u"partners-office.cdsk"_s), u"Озёрный офис"_s, u"office"_s);
        QVERIFY(desk && office);
        QVERIFY(peerUp(*desk, *office));
        QVERIFY_STATUS(
            PartnerSpecialists(*desk).add(u"Ким Олег"_s, u"Центр занятости"_s, u"консультант"_s));
        auto own = PartnerSpecialists(*office).add(u"Омарова Айгерим"_s, u"Психолог"_s, QString());
        QVERIFY_STATUS(own);
        QVERIFY_REFUSED(
            PartnerSpecialists(*office).add(u"Омарова Айгерим"_s, u"Психолог"_s, QString()),
            u"already"_s);
        QVERIFY_REFUSED(PartnerSpecialists(*office).add(u"Без агентства"_s, QString(), QString()),
                        u"agency"_s);

        for (int round = 0; round < 2; ++round) {
            const QString up
                = exportPackage(*office, *desk, m_dir.file(u"pu%1.cdpkg"_s.arg(round)));
            QVERIFY(!up.isEmpty());
            QVERIFY_STATUS(PackageImport::importFile(*desk, up));
            const QString down
                = exportPackage(*desk, *office, m_dir.file(u"pd%1.cdpkg"_s.arg(round)));
            QVERIFY(!down.isEmpty());
            QVERIFY_STATUS(PackageImport::importFile(*office, down));
        }
        const auto atOffice = PartnerSpecialists(*office).list();
        QCOMPARE(atOffice.size(), 2);
        QCOMPARE(atOffice.at(0).name, u"Ким Олег"_s);
        QVERIFY(atOffice.at(0).fromCentralDesk);
        QVERIFY(!atOffice.at(1).fromCentralDesk);
        QCOMPARE(PartnerSpecialists(*desk).list().size(), 2);
        QCOMPARE(PartnerSpecialists(*office).list(u"психолог"_s).size(), 1);
        // The office cannot take the central desk's specialist off the list.
        QVERIFY_REFUSED(PartnerSpecialists(*office).remove(atOffice.at(0).id), u"central desk"_s);
        QVERIFY_STATUS(PartnerSpecialists(*office).remove(own.value()));
        const QString removal = exportPackage(*office, *desk, m_dir.file(u"pr.cdpkg"_s));
        QVERIFY(!removal.isEmpty());
        QVERIFY_STATUS(PackageImport::importFile(*desk, removal));
        QCOMPARE(PartnerSpecialists(*desk).list().size(), 1);
        QCOMPARE(desk->digest(office->site().id), office->digest(office->site().id));
    }

    void sync_whatAnOfficeStartedDoesNotComeBackFromTheHub()
    {
        auto desk = hub();
        auto office = makeSite(m_dir.file(u"own-office.cdsk"_s), u"Озёрный офис"_s, u"office"_s);
        QVERIFY(desk && office);
        QVERIFY(peerUp(*desk, *office));
        Meeting m;
        QVERIFY(m.make(office.get()));
        QVERIFY_STATUS(
            PartnerSpecialists(*office).add(u"Омарова Айгерим"_s, u"Психолог"_s, QString()));
        const QString up = exportPackage(*office, *desk, m_dir.file(u"own-up.cdpkg"_s));
        QVERIFY(!up.isEmpty());
        const auto arrived = PackageImport::importFile(*desk, up);
        QVERIFY_STATUS(arrived);
        QVERIFY(arrived->versions > 10);

        // The conference, its partner list and the case are the office's own: the package back
        // carries only what the central desk wrote.
        const QString down = exportPackage(*desk, *office, m_dir.file(u"own-down.cdpkg"_s));
        QVERIFY(!down.isEmpty());
        const auto back = PackageImport::importFile(*office, down);
        QVERIFY_STATUS(back);
        QVERIFY(back->received > 0);
        QCOMPARE(back->versions, back->received);
        QCOMPARE(desk->digest(office->site().id), office->digest(office->site().id));
    }

    void sync_conferenceTravelsWithItsCases_andLateEditsConflict()
    {
        auto desk = hub();
        auto north = makeSite(m_dir.file(u"north.cdsk"_s), u"Северный офис"_s, u"office"_s);
        auto south = makeSite(m_dir.file(u"south.cdsk"_s), u"Южный офис"_s, u"office"_s);
        QVERIFY(desk && north && south);
        QVERIFY(peerUp(*desk, *north));
        QVERIFY(peerUp(*desk, *south));
        int packages = 0;
        const auto send = [&](RecordStore &from, RecordStore &to) {
            const QString path
                = exportPackage(from, to, m_dir.file(u"s%1.cdpkg"_s.arg(++packages)));
            if (path.isEmpty())
                return false;
            const auto imported = PackageImport::importFile(to, path);
            if (!imported)
                qWarning("%s", qPrintable(imported.message()));
            return imported.isOk();
        };
        // Sites learn of each other through the hub.
        QVERIFY(send(*north, *desk));
        QVERIFY(send(*south, *desk));

        // A north case and a south case, both at the central desk's conference.
        auto northCase = CaseFiles(*north).openCase(
            newCase(person(u"Турсунова"_s, u"Мадина"_s, u"1990-05-17"_s)));
        auto southCase = CaseFiles(*south).openCase(
            newCase(person(u"Жумабеков"_s, u"Тимур"_s, u"1985-01-02"_s)));
        QVERIFY_STATUS(northCase);
        QVERIFY_STATUS(southCase);
        QVERIFY(send(*north, *desk));
        QVERIFY(send(*south, *desk));
        Meeting m;
        QVERIFY(m.make(desk.get(), northCase.value()));
        Conferences atDesk(*desk);
        auto southSection = atDesk.addCase(m.conference, southCase.value());
        QVERIFY_STATUS(southSection);
        QVERIFY_STATUS(atDesk.addDecision(southSection.value(), u"Проверить жильё"_s));
        QVERIFY(send(*desk, *north));
        QVERIFY(send(*desk, *south));

        // Each office has the conference and the section of its own case only.
        for (RecordStore *office : { north.get(), south.get() }) {
            auto c = Conferences(*office).load(m.conference);
            QVERIFY_STATUS(c);
            QCOMPARE(c->participants.size(), 2);
            QCOMPARE(c->cases.size(), 1);
            QCOMPARE(c->cases.first().caseId,
                     office == north.get() ? northCase.value() : southCase.value());
            QVERIFY(SyncScope::contains(*desk, office->site().id, m.conference));
            QCOMPARE(desk->digest(office->site().id), office->digest(office->site().id));
        }

        // Only the central desk, which keeps this conference, approves it.
        QVERIFY_REFUSED(Conferences(*north).approve(m.conference), u"where the conference"_s);

        // A conference of the south alone does not reach the north, and the desk cannot put
        // a north case on the agenda of a conference the south keeps.
        auto own = Conferences(*south).create(details(m.today));
        QVERIFY_STATUS(own);
        QVERIFY(send(*south, *desk));
        QVERIFY_REFUSED(atDesk.addCase(own.value(), northCase.value()), u"does not have"_s);
        QVERIFY_STATUS(atDesk.addCase(own.value(), southCase.value()));
        QVERIFY(send(*south, *desk));
        QVERIFY(send(*desk, *north));
        QVERIFY(!desk->row(u"conference"_s, own.value()).isEmpty());
        QVERIFY(north->row(u"conference"_s, own.value()).isEmpty());

        // The north edits the decision while the desk, not having seen it, approves.
        QVERIFY_STATUS(Conferences(*north).updateDecision(m.decision, u"Изменено на севере"_s));
        QVERIFY(m.markAttendance(*desk));
        QVERIFY_STATUS(atDesk.approve(m.conference));
        QVERIFY(send(*north, *desk));
        QVERIFY(send(*desk, *north));
        QVERIFY(send(*desk, *south));
        for (RecordStore *site : { desk.get(), north.get() }) {
            QVERIFY2(Conferences::isEditAfterApproval(*site, u"conference_decision"_s, m.decision),
                     qPrintable(site->site().name));
            QCOMPARE(countRows(*site, u"SELECT conflict FROM conference_decisions WHERE id=?"_s,
                               m.decision),
                     1);
            ConflictListModel conflicts(*site);
            bool flagged = false;
            for (int row = 0; row < conflicts.rowCount(); ++row)
                if (conflicts.entry(row).info.rowId == m.decision) {
                    flagged = conflicts.entry(row).editedAfterApproval;
                    QVERIFY(conflicts.data(conflicts.index(row, ConflictListModel::Kind))
                                .toString()
                                .contains(u"edited after approval"_s));
                }
            QVERIFY2(flagged, qPrintable(site->site().name));
        }
        // The approved PDF travelled with the conference, byte for byte.
        const QByteArray kept = atDesk.approvedPdf(m.conference).value();
        for (RecordStore *office : { north.get(), south.get() }) {
            auto pdf = Conferences(*office).approvedPdf(m.conference);
            QVERIFY_STATUS(pdf);
            QCOMPARE(pdf.value(), kept);
            QVERIFY(Conferences(*office).load(m.conference)->approved);
            QCOMPARE(desk->digest(office->site().id), office->digest(office->site().id));
        }
        // The desk's approval stays: the conflict is of the decision row only.
        QVERIFY(Conferences(*north).load(m.conference)->approved);

        // Once the north case leaves the conference, the conference leaves the north's scope.
        QVERIFY_STATUS(CaseFiles(*desk).checkEditable(northCase.value()));
        QVERIFY_STATUS(atDesk.startCorrection(m.conference, u"Дело севера снято"_s));
        QVERIFY_STATUS(atDesk.removeCase(m.section));
        QVERIFY(!SyncScope::contains(*desk, north->site().id, m.conference));
        QVERIFY(send(*desk, *north));
        QVERIFY(send(*north, *desk));
        QVERIFY(send(*desk, *north));
        QCOMPARE(desk->digest(north->site().id), north->digest(north->site().id));
        QVERIFY_REFUSED(Conferences(*north).updateDetails(m.conference, details(m.today)),
                        u"no longer kept"_s);
    }
};

QTEST_MAIN(TestConferences)
#include "tst_conferences.moc"
