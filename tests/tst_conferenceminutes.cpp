// The printed minutes of a case conference: the details, the attendance, each case's sections,
// numbered decisions with their follow-up actions, signature lines for those present only; in
// Russian; a long conference breaking over pages with the table headers repeated; redaction;
// a sensitive case shown only by its number to others and on the approved paper; and the PDF
// read back by pdftotext with its Cyrillic text.
#include "reporttestsupport.h"
#include "roleaccounts.h"
#include "synctestsupport.h"
#include "testsupport.h"

#include "conferenceminutes.h"
#include "conferences.h"
#include "translator.h"
#include "vocabulary.h"

#include <QRegularExpression>
#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

class TestConferenceMinutes : public QObject
{
    Q_OBJECT

    TempFolder m_dir;
    std::unique_ptr<RecordStore> m_store;
    QUuid m_case, m_conference, m_section, m_decision;
    const QDate m_today = QDate::currentDate();

    QString text(bool redacted = false)
    {
        const Result<ReportDocument> document
            = ConferenceMinutes::document(*m_store, m_conference, redacted);
        if (!document)
            qWarning("%s", qPrintable(document.message()));
        return document ? bodyText(document.value()) : QString();
    }

    QString pdfOf(const QString &name, bool redacted = false)
    {
        const Result<QByteArray> pdf = ConferenceMinutes::pdf(*m_store, m_conference, redacted);
        if (!pdf)
            return QString();
        const QString path = m_dir.file(name);
        if (!ReportPrinter::savePdf(pdf.value(), path))
            return QString();
        return pdfText(path);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { installTranslations(u"en"_s); }

    void init()
    {
        installTranslations(u"en"_s);
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_store
            = makeSite(m_dir.file(u"minutes-%1.cdsk"_s.arg(tag)), u"Нарынский офис"_s, u"hub"_s);
        QVERIFY(m_store);
        PersonData client
            = person(u"Турсунова"_s, u"Мадина"_s, u"1990-05-17"_s, u"+996 555 777 888"_s);
        client.idType = u"personal_number"_s;
        client.idNumber = u"900517450999"_s;
        client.street = u"ул. Токтогула, 12"_s;
        auto opened = CaseFiles(*m_store).openCase(newCase(client));
        QVERIFY_STATUS(opened);
        m_case = opened.value();
        Conferences c(*m_store);
        ConferenceDetails d;
        d.date = m_today.addDays(-2);
        d.time = QTime(14, 0);
        d.place = u"Зал заседаний акимата"_s;
        d.chair = u"Иванова Анна Сергеевна"_s;
        d.secretary = u"Петров Игорь"_s;
        d.kind = ConferenceKind::SeveralCases;
        auto made = c.create(d);
        QVERIFY_STATUS(made);
        m_conference = made.value();
        const struct
        {
            const char16_t *name, *agency, *role;
            Attendance attendance;
        } people[] = {
            { u"Сидорова Мария", u"Поликлиника №3", u"педиатр", Attendance::Present },
            { u"Ким Олег", u"Центр занятости", u"консультант", Attendance::Present },
            { u"Нурланов Ерлан", u"Полиция", u"инспектор", Attendance::Absent },
            { u"Омарова Айгерим", u"Центр поддержки", u"психолог", Attendance::Excused },
        };
        for (const auto &p : people) {
            ConferenceParticipant participant;
            participant.name = QString::fromUtf16(p.name);
            participant.agency = QString::fromUtf16(p.agency);
            participant.role = QString::fromUtf16(p.role);
            participant.attendance = p.attendance;
            QVERIFY_STATUS(c.addParticipant(m_conference, participant));
        }
        auto section = c.addCase(m_conference, m_case);
        QVERIFY_STATUS(section);
        m_section = section.value();
        QVERIFY_STATUS(
            c.updateSections(m_section,
                             { u"Мать одна, трое детей"_s, u"Детское пособие с марта"_s,
                               u"Продуктовые наборы"_s, u"Долги за жильё"_s, u"Детский сад"_s }));
        auto decision = c.addDecision(m_section, u"Направить в центр занятости"_s);
        QVERIFY_STATUS(decision);
        m_decision = decision.value();
        ConferenceFollowUp f;
        f.what = u"Записать на курсы швей"_s;
        f.who = u"Ким Олег"_s;
        f.agency = u"Центр занятости"_s;
        f.deadline = m_today.addDays(20);
        QVERIFY_STATUS(c.addFollowUp(m_decision, f));
        f.what = u"Подобрать место в детском саду"_s;
        f.who = QString();
        f.agency = u"Отдел образования"_s;
        f.deadline = m_today.addDays(30);
        QVERIFY_STATUS(c.addFollowUp(m_decision, f));
        QVERIFY_STATUS(c.addDecision(m_section, u"Повторить совещание через три месяца"_s));
    }

    void minutes_holdParticipantsDecisionsFollowUpsAndSignatures()
    {
        const QString body = text();
        QVERIFY_CONTAINS(
            body,
            QStringList({ u"Minutes of the case conference"_s, u"DRAFT"_s,
                          u"Зал заседаний акимата"_s, u"Иванова Анна Сергеевна"_s,
                          u"several cases"_s, u"Сидорова Мария"_s, u"Поликлиника №3"_s, u"absent"_s,
                          u"excused"_s, u"Турсунова Мадина"_s, u"Мать одна, трое детей"_s,
                          u"Детское пособие с марта"_s, u"Долги за жильё"_s,
                          u"Направить в центр занятости"_s, u"Записать на курсы швей"_s,
                          u"Отдел образования"_s, displayDate(m_today.addDays(20)),
                          u"Повторить совещание через три месяца"_s, u"Signatures"_s }));
        // Decisions are numbered; the second follows the first.
        QVERIFY(body.indexOf(u"Направить в центр занятости"_s)
                < body.indexOf(u"Повторить совещание"_s));
        // A signature line for each participant present, none for the others.
        const QString signatures = body.mid(body.lastIndexOf(u"Signatures"_s));
        QVERIFY_CONTAINS(signatures, QStringList({ u"Сидорова Мария"_s, u"Ким Олег"_s }));
        QVERIFY(!signatures.contains(u"Нурланов Ерлан"_s));
        QVERIFY(!signatures.contains(u"Омарова Айгерим"_s));
        QCOMPARE(int(signatures.count(u"signature"_s)), 2);
        // The client's birth date is on the full minutes.
        QVERIFY(body.contains(displayDate(QDate(1990, 5, 17))));
    }

    void minutes_inRussian()
    {
        installTranslations(u"ru"_s);
        const QString body = text();
        QVERIFY_CONTAINS(body,
                         QStringList({ u"Протокол совещания по конкретному делу"_s, u"ПРОЕКТ"_s,
                                       u"Присутствие"_s, u"присутствовал"_s, u"отсутствовал"_s,
                                       u"Решение"_s, u"Подписи"_s, u"несколько дел"_s }));
        QVERIFY2(!body.contains(u"Minutes"_s), qPrintable(body));
        QVERIFY2(!body.contains(u"Signatures"_s), qPrintable(body));
    }

    void longConference_breaksOverPages_withRepeatedHeaders()
    {
        Conferences c(*m_store);
        for (int i = 0; i < 45; ++i) {
            auto d = c.addDecision(m_section, u"Решение номер %1 о помощи семье"_s.arg(i + 3));
            QVERIFY_STATUS(d);
            ConferenceFollowUp f;
            f.what = u"Шаг %1: проверить условия проживания и доложить"_s.arg(i + 3);
            f.agency = u"Отдел опеки"_s;
            f.deadline = m_today.addDays(i + 1);
            QVERIFY_STATUS(c.addFollowUp(d.value(), f));
        }
        const QString pdf = pdfOf(u"long.pdf"_s);
        QVERIFY2(!pdf.isEmpty(), "pdftotext (poppler-utils) is needed to read the PDF back");
        const QRegularExpressionMatch pages = QRegularExpression(u"Page 1 of (\\d+)"_s).match(pdf);
        QVERIFY2(pages.hasMatch(), qPrintable(pdf));
        const int pageCount = pages.captured(1).toInt();
        QVERIFY2(pageCount >= 3, qPrintable(pdf));
        QVERIFY(pdf.contains(u"Page %1 of %1"_s.arg(pageCount)));
        // The decisions table's header row is printed again on the pages it continues on.
        const int headers
            = int(pdf.count(QRegularExpression(u"Decision\\s+Follow-up action\\s+Responsible"_s)));
        QVERIFY2(headers >= 2, qPrintable(pdf));
        QVERIFY2(pdf.contains(u"номер 47"_s), qPrintable(pdf));
    }

    void redacted_leavesOutTheBirthDate()
    {
        const QString birth = displayDate(QDate(1990, 5, 17));
        const QString full = text();
        const QString redacted = text(true);
        QVERIFY(full.contains(birth));
        QVERIFY2(!redacted.contains(birth), qPrintable(redacted));
        for (const QString &never : { u"900517450999"_s, u"Токтогула"_s, u"555 777 888"_s }) {
            QVERIFY(!full.contains(never));
            QVERIFY(!redacted.contains(never));
        }
        QVERIFY(redacted.contains(u"Redacted"_s));
        QVERIFY(redacted.contains(u"Турсунова Мадина"_s));
        // Redacted minutes of approved ones are rendered from the records, not the kept PDF.
        QVERIFY_STATUS(Conferences(*m_store).approve(m_conference));
        const QString approvedRedacted = text(true);
        QVERIFY(!approvedRedacted.contains(birth));
        QVERIFY(approvedRedacted.contains(u"Направить в центр занятости"_s));
        QVERIFY(!approvedRedacted.contains(u"DRAFT"_s));
    }

    void sensitiveCase_printsOnlyItsNumberToOthers()
    {
        QVERIFY(createRoleAccounts(*m_store, u"Case Worker"_s));
        QVERIFY(signInAs(*m_store, Role::Supervisor));
        QVERIFY_STATUS(CaseFiles(*m_store).setSensitive(m_case, true, u"Насилие в семье"_s));
        const QString number = m_store->row(u"case"_s, m_case).value(u"case_number"_s).toString();
        // The supervisor sees the case in detail on a draft.
        QVERIFY(text().contains(u"Мать одна, трое детей"_s));
        // A case worker who is not the case's sees the number only.
        QVERIFY(signInAs(*m_store, Role::CaseWorker));
        const QString seen = text();
        QVERIFY(seen.contains(number));
        for (const QString &hidden :
             { u"Турсунова"_s, u"Мать одна"_s, u"Долги за жильё"_s, u"Записать на курсы швей"_s })
            QVERIFY2(!seen.contains(hidden), qPrintable(hidden + u" shown in:\n"_s + seen));
        QVERIFY(seen.contains(u"sensitive"_s));
        // Nor may that worker approve minutes they cannot read whole.
        QVERIFY_REFUSED(Conferences(*m_store).approve(m_conference), number);

        // The approved paper goes to every participant: the sensitive case by its number only.
        QVERIFY(signInAs(*m_store, Role::Supervisor));
        QVERIFY_STATUS(Conferences(*m_store).approve(m_conference));
        const QString paper = pdfOf(u"sensitive.pdf"_s);
        QVERIFY2(!paper.isEmpty(), "pdftotext (poppler-utils) is needed to read the PDF back");
        QVERIFY(paper.contains(number));
        QVERIFY(!paper.contains(u"Турсунова"_s));
        QVERIFY(!paper.contains(u"Мать одна"_s));
        QVERIFY(paper.contains(u"Сидорова Мария"_s));
    }

    void pdf_readsBackWithCyrillic_andTheApprovedPaperStays()
    {
        installTranslations(u"ru"_s);
        QVERIFY_STATUS(Conferences(*m_store).approve(m_conference));
        const QString pdf = pdfOf(u"approved.pdf"_s);
        QVERIFY2(!pdf.isEmpty(), "pdftotext (poppler-utils) is needed to read the PDF back");
        QVERIFY_CONTAINS(
            pdf,
            QStringList({ u"Протокол совещания по конкретному делу"_s, u"Турсунова Мадина"_s,
                          u"Сидорова Мария"_s, u"Записать на курсы швей"_s, u"Подписи"_s }));
        QVERIFY(pdf.contains(QRegularExpression(u"Страница 1 из \\d"_s)));
        QVERIFY(!pdf.contains(u"ПРОЕКТ"_s));
        // Printed later in English, the approved minutes are still the paper approved.
        installTranslations(u"en"_s);
        QCOMPARE(pdfOf(u"again.pdf"_s), pdf);
        QVERIFY(text().contains(u"Протокол"_s));
    }

    void keptSource_roundTrips_andDamageIsReported()
    {
        ReportDocument d;
        d.title = u"Протокол"_s;
        d.header = u"Офис · 01.12.2026"_s;
        d.html = u"<p>Текст</p>"_s;
        const Result<ReportDocument> back
            = ConferenceMinutes::decodeSource(ConferenceMinutes::encodeSource(d));
        QVERIFY_STATUS(back);
        QCOMPARE(back->title, d.title);
        QCOMPARE(back->header, d.header);
        QCOMPARE(back->html, d.html);
        QVERIFY_REFUSED(ConferenceMinutes::decodeSource("not cbor at all"), u"damaged"_s);
    }
};

QTEST_MAIN(TestConferenceMinutes)
#include "tst_conferenceminutes.moc"
