// The printed case file summary: the client, the household, the plan with how far its actions
// have come, the referral, the last interactions (newest first, at most ten); redacted without ID
// numbers, addresses, phones and birth dates; refused for a sensitive case the user may not see;
// and as a PDF whose text, read back, holds the client's name in Cyrillic.
#include "roleaccounts.h"
#include "synctestsupport.h"
#include "testsupport.h"

#include "casesummary.h"
#include "consent.h"
#include "plans.h"
#include "referrals.h"
#include "reportprinter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>
#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString bodyText(const ReportDocument &document)
{
    QTextDocument text;
    ReportPrinter::layout(text, document, ReportPrinter::bodySize(96));
    return text.toPlainText();
}

// The text of a PDF by pdftotext (installed by the scripts).
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, { u"-layout"_s, path, u"-"_s });
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestCaseSummary : public QObject
{
    Q_OBJECT

    TempFolder m_dir;
    std::unique_ptr<RecordStore> m_store;
    QUuid m_case;
    const QDate m_today = QDate::currentDate();

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_store
            = makeSite(m_dir.file(u"summary-%1.cdsk"_s.arg(tag)), u"Центральный офис"_s, u"hub"_s);
        QVERIFY(m_store);
        PersonData client
            = person(u"Жумабекова"_s, u"Айгерим"_s, u"1987-04-12"_s, u"+996 555 123 456"_s);
        client.idType = u"personal_number"_s;
        client.idNumber = u"870412450123"_s;
        client.street = u"ул. Ленина, 5"_s;
        client.locality = u"Нарын"_s;
        NewCase c = newCase(client);
        c.assignedWorker = u"Анна Иванова"_s;
        CaseFiles files(*m_store);
        auto id = files.openCase(c);
        QVERIFY_STATUS(id);
        m_case = id.value();
        QVERIFY_STATUS(files.addHouseholdMember(
            m_case, person(u"Жумабеков"_s, u"Тимур"_s, u"2012-09-01"_s), u"child"_s));
        for (int day = 1; day <= 12; ++day) {
            Interaction i;
            i.occurredAt = QDateTime(m_today.addDays(-day), QTime(10, 0));
            i.kind = u"phone"_s;
            i.worker = u"Анна Иванова"_s;
            i.note = u"Звонок %1"_s.arg(day);
            QVERIFY_STATUS(files.recordInteraction(m_case, i));
        }

        Plans plans(*m_store);
        auto plan = plans.create(m_case, u"action_plan"_s, m_today.addDays(-30), QDate());
        QVERIFY_STATUS(plan);
        PlanAction a;
        a.kind = u"job_search"_s;
        a.description = u"Встать на учёт"_s;
        a.dueDate = m_today.addDays(-3);
        QVERIFY_STATUS(plans.addAction(plan.value(), a));
        a.dueDate = m_today.addDays(10);
        auto done = plans.addAction(plan.value(), a);
        QVERIFY_STATUS(done);
        QVERIFY_STATUS(plans.setActionStatus(done.value(), ActionStatus::Done, QString(), m_today));

        auto agency = Referrals::addAgency(
            *m_store, { QUuid(), u"Центр занятости"_s, u"employment_centre"_s, QUuid() });
        QVERIFY_STATUS(agency);
        QVERIFY_STATUS(files.updateCase(
            m_case, { { u"consent_sites"_s, Consent::joinSites({ agency.value() }) } }));
        Referral r;
        r.caseId = m_case;
        r.agencyId = agency.value();
        r.agencyName = u"Центр занятости"_s;
        r.reason = u"Поиск работы"_s;
        r.sentDate = m_today.addDays(-5);
        r.deadline = m_today.addDays(5);
        QVERIFY_STATUS(Referrals(*m_store).send(r));
    }

    void summary_holdsClientHouseholdPlanReferralAndContacts()
    {
        const Result<ReportDocument> document = CaseSummary::build(*m_store, m_case);
        QVERIFY_STATUS(document);
        const QString text = bodyText(document.value());
        for (const QString &piece :
             { u"Жумабекова Айгерим"_s, u"870412450123"_s, u"ул. Ленина, 5"_s,
               u"+996 555 123 456"_s, u"Анна Иванова"_s, u"Жумабеков Тимур"_s,
               u"1 done, 1 open (1 of them overdue)"_s, u"Центр занятости"_s, u"Поиск работы"_s,
               u"Звонок 1"_s, u"Звонок 10"_s })
            QVERIFY2(text.contains(piece), qPrintable(piece + u" missing in:\n"_s + text));
        // The last ten interactions, newest first.
        QVERIFY(!text.contains(u"Звонок 11"_s));
        QVERIFY(text.indexOf(u"Звонок 1\n"_s) < text.indexOf(u"Звонок 2\n"_s));
        QVERIFY(document->header.contains(m_store->site().name));

        // With nothing overdue the plan's line says only what is done and open.
        Plans plans(*m_store);
        const QList<Plan> ofCase = plans.forCase(m_case);
        QCOMPARE(ofCase.size(), 1);
        for (const PlanAction &a : ofCase.first().actions)
            if (a.isOpen())
                QVERIFY_STATUS(plans.setActionStatus(a.id, ActionStatus::Done, QString(), m_today));
        const QString after = bodyText(CaseSummary::build(*m_store, m_case).value());
        QVERIFY2(after.contains(u"2 done, 0 open\n"_s), qPrintable(after));
        QVERIFY(!after.contains(u"overdue"_s));
    }

    void redacted_leavesOutWhatIdentifiesOrLocates()
    {
        const Result<ReportDocument> full = CaseSummary::build(*m_store, m_case);
        const Result<ReportDocument> redacted = CaseSummary::build(*m_store, m_case, true);
        QVERIFY_STATUS(redacted);
        const QString text = bodyText(redacted.value());
        const QString birth = PartialDate::parse(u"1987-04-12"_s).value().toDisplay();
        const QString childBirth = PartialDate::parse(u"2012-09-01"_s).value().toDisplay();
        for (const QString &gone :
             { u"870412450123"_s, u"Ленина"_s, u"Нарын"_s, u"555 123 456"_s, birth, childBirth }) {
            QVERIFY2(bodyText(full.value()).contains(gone), qPrintable(gone));
            QVERIFY2(!text.contains(gone), qPrintable(gone + u" left in:\n"_s + text));
        }
        QVERIFY(text.contains(u"Жумабекова Айгерим"_s));
        QVERIFY(text.contains(u"Жумабеков Тимур"_s));
        QVERIFY(text.contains(u"Redacted"_s));
    }

    void sensitiveCase_isRefusedToOthers()
    {
        QVERIFY(createRoleAccounts(*m_store, u"Case Worker"_s));
        QVERIFY(signInAs(*m_store, Role::Supervisor));
        QVERIFY_STATUS(CaseFiles(*m_store).setSensitive(m_case, true, u"Domestic violence"_s));
        QVERIFY(signInAs(*m_store, Role::CaseWorker));
        const Result<ReportDocument> document = CaseSummary::build(*m_store, m_case);
        QVERIFY(!document);
        QVERIFY(document.message().contains(u"sensitive"_s));
    }

    void pdf_readsBackWithCyrillic()
    {
        const Result<ReportDocument> document = CaseSummary::build(*m_store, m_case);
        QVERIFY_STATUS(document);
        const QString path = m_dir.file(u"summary.pdf"_s);
        QVERIFY_STATUS(ReportPrinter::writePdf(document.value(), path));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Жумабекова Айгерим"_s), qPrintable(text));
        QVERIFY(text.contains(u"Центр занятости"_s));
    }
};

QTEST_MAIN(TestCaseSummary)
#include "tst_casesummary.moc"
