// The printed referral letter: sender and addressee, the client, reason and documents, the day
// to present by, the status once it has moved on, the feedback part the agency returns; refused
// for a sensitive case the user may not see; and as a PDF with the client's name in Cyrillic.
#include "roleaccounts.h"
#include "testsupport.h"

#include "caseaccess.h"
#include "consent.h"
#include "referralletter.h"
#include "referrals.h"
#include "reportprinter.h"
#include "translator.h"
#include "vocabulary.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>
#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

Q_DECLARE_METATYPE(ReferralStatus)

namespace {

const QString clientFamily = u"Турсунова"_s;
const QString clientGiven = u"Мадина"_s;

QString bodyText(const ReportDocument &document)
{
    QTextDocument text;
    ReportPrinter::layout(text, document, ReportPrinter::bodySize(96));
    return text.toPlainText();
}

// Fails the test unless the text contains every one of the expected pieces.
#define QVERIFY_CONTAINS(text, expected) \
    do { \
        for (const QString &cdPiece_ : (expected)) \
            QVERIFY2((text).contains(cdPiece_), \
                     qPrintable(u"missing \""_s + cdPiece_ + u"\" in:\n"_s + (text))); \
    } while (false)

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return QString();
    QProcess process;
    process.start(tool, { u"-layout"_s, path, u"-"_s });
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The central desk (which keeps the partner agencies) with a case whose consent covers the
// legal aid clinic.
struct Desk
{
    TempFolder dir;
    std::unique_ptr<RecordStore> store;
    QUuid caseId, agencyId;
    QString caseNumber;
    const QDate today = QDate::currentDate();

    bool make()
    {
        store = makeSite(dir.file(u"hub.cdsk"_s), u"Central desk"_s, u"hub"_s);
        return store && prepare();
    }

    bool prepare()
    {
        CaseFiles files(*store);
        auto id = files.openCase(newCase(person(clientFamily, clientGiven, u"03.1988"_s)));
        if (!id)
            return false;
        caseId = id.value();
        caseNumber = files.load(caseId)->number;
        auto agency
            = Referrals::addAgency(*store, { QUuid(), u"Legal aid clinic"_s, u"ngo"_s, QUuid() });
        if (!agency)
            return false;
        agencyId = agency.value();
        return files
            .updateCase(caseId, { { u"consent_sites"_s, Consent::joinSites({ agencyId }) } })
            .isOk();
    }

    QUuid send(const QString &reason = u"Restore the identity documents"_s,
               const QString &documents = u"Copy of the birth certificate\nPhoto 3×4"_s)
    {
        Referral r;
        r.caseId = caseId;
        r.agencyId = agencyId;
        r.agencyName = u"Legal aid clinic"_s;
        r.reason = reason;
        r.documents = documents;
        r.sentDate = today.addDays(-2);
        r.deadline = today.addDays(12);
        auto id = Referrals(*store).send(r);
        if (!id)
            qWarning("send: %s", qPrintable(id.message()));
        return id ? id.value() : QUuid();
    }
};

} // namespace

class TestReferralLetter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Passwords::setCost(Passwords::Cost::Minimal);
        installTranslations(u"en"_s);
    }

    void letter_namesSenderAddresseeClientReasonAndDocuments();
    void deadline_isProminent();
    void feedbackPart_hasTheLinesTheAgencyFillsIn();
    void sent_showsNoStatus();
    void laterStatus_isShown_data();
    void laterStatus_isShown();
    void everyValue_isEscaped();
    void sensitiveCase_isRefusedToAWorkerWhoMayNotSeeIt();
    void unknownReferral_isRefused();
    void pdf_hasTheClientsNameAndTheDeadline();
};

void TestReferralLetter::letter_namesSenderAddresseeClientReasonAndDocuments()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.send();
    QVERIFY(!id.isNull());
    const auto document = ReferralLetter::build(*d.store, id);
    QVERIFY_STATUS(document);
    QCOMPARE(document->title, u"Referral to Legal aid clinic"_s);
    QVERIFY(document->header.contains(d.caseNumber));
    const QString text = bodyText(document.value());
    QVERIFY(text.contains(QRegularExpression(
        u"From\\s+Central desk\\s+Case worker: Айгуль Серикбаева\\s+Sent on %1\\s+To\\s+"
        "Legal aid clinic\\s+Non-governmental organisation"_s.arg(
            QRegularExpression::escape(displayDate(d.today.addDays(-2)))))));
    QVERIFY(
        text.contains(QRegularExpression(u"Client\\s+%1 %2\\s+Birth date\\s+%3\\s+Case\\s+%4"_s.arg(
            clientFamily, clientGiven,
            QRegularExpression::escape(PartialDate::parse(u"03.1988"_s)->toDisplay()),
            d.caseNumber))));
    QVERIFY(text.contains(
        QRegularExpression(u"Reason for the referral\\s+Restore the identity documents"_s)));
    QVERIFY(text.contains(QRegularExpression(u"Documents sent along\\s+Copy of the birth "
                                             "certificate\\s+Photo 3×4"_s)));
    QVERIFY(text.contains(QRegularExpression(
        u"Case worker\\s+Айгуль Серикбаева\\s+Central desk\\s+_+\\s+signature\\s+_+\\s+date"_s)));
}

void TestReferralLetter::deadline_isProminent()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.send();
    QVERIFY(!id.isNull());
    const auto document = ReferralLetter::build(*d.store, id);
    QVERIFY_STATUS(document);
    const QDate deadline = d.today.addDays(12);
    const QString sentence = u"The client must present themselves by %1 (%2)."_s.arg(
        displayDate(deadline), QLocale().standaloneDayName(deadline.dayOfWeek()));
    QVERIFY_CONTAINS(bodyText(document.value()), QStringList({ sentence }));
    // Larger and bold, inside a ruled box.
    QVERIFY(document->html.contains(u"font-size: 13pt; font-weight: bold;\">"_s + sentence));
}

void TestReferralLetter::feedbackPart_hasTheLinesTheAgencyFillsIn()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.send();
    QVERIFY(!id.isNull());
    const auto document = ReferralLetter::build(*d.store, id);
    QVERIFY_STATUS(document);
    const QString text = bodyText(document.value());
    const qsizetype part = text.indexOf(u"Feedback from the receiving agency"_s);
    QVERIFY2(part > text.indexOf(u"signature"_s), qPrintable(text));
    const QString feedback = text.mid(part);
    QVERIFY_CONTAINS(
        feedback,
        QStringList({ u"Please fill in and return to Central desk"_s,
                      u"Client: %1 %2"_s.arg(clientFamily, clientGiven), d.caseNumber }));
    for (const QString &line :
         { u"The client attended on"_s, u"Services given"_s, u"Referred onwards to"_s,
           u"Name and position"_s, u"Signature"_s, u"Date"_s })
        QVERIFY2(feedback.contains(line), qPrintable(line + u"\n"_s + feedback));
    // Each has a ruled line to write on, and services given two of them.
    const QString html = document->html.mid(document->html.indexOf(u"Feedback from the"_s));
    QCOMPARE(html.count(u"border-bottom: 1px solid"_s), 7);
    QVERIFY(text.contains(u"cut here"_s));
}

void TestReferralLetter::sent_showsNoStatus()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.send();
    QVERIFY(!id.isNull());
    const auto document = ReferralLetter::build(*d.store, id);
    QVERIFY_STATUS(document);
    QVERIFY(!bodyText(document.value()).contains(u"Status on"_s));
}

void TestReferralLetter::laterStatus_isShown_data()
{
    QTest::addColumn<QList<ReferralStatus>>("steps");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("returnPart"); // whether the agency still has something to report
    using S = ReferralStatus;
    QTest::newRow("received") << QList<S> { S::Received } << QString()
                              << QStringList { u"received by the agency"_s } << true;
    QTest::newRow("attended") << QList<S> { S::Received, S::Attended } << QString()
                              << QStringList { u"client attended"_s } << true;
    QTest::newRow("completed with feedback")
        << QList<S> { S::Attended, S::Completed } << u"Passport application filed"_s
        << QStringList { u"completed"_s, u"Feedback received: Passport application filed"_s }
        << false;
    QTest::newRow("declined with a reason")
        << QList<S> { S::Declined } << u"No lawyer this month"_s
        << QStringList { u"declined"_s, u"Reason: No lawyer this month"_s } << false;
}

void TestReferralLetter::laterStatus_isShown()
{
    QFETCH(QList<ReferralStatus>, steps);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(bool, returnPart);
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.send();
    QVERIFY(!id.isNull());
    Referrals referrals(*d.store);
    for (ReferralStatus s : steps)
        QVERIFY_STATUS(referrals.setStatus(id, s, d.today, text));
    const auto document = ReferralLetter::build(*d.store, id);
    QVERIFY_STATUS(document);
    const QString body = bodyText(document.value());
    QVERIFY_CONTAINS(body,
                     QStringList({ u"Status on %1: %2 (since %1)"_s.arg(displayDate(d.today),
                                                                        expected.first()) }));
    QVERIFY_CONTAINS(body, expected);
    QCOMPARE(body.contains(u"Feedback from the receiving agency"_s), returnPart);
}

void TestReferralLetter::everyValue_isEscaped()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.send(u"Debts <b>& threats</b>"_s, u"<script>alert(1)</script>"_s);
    QVERIFY(!id.isNull());
    const auto document = ReferralLetter::build(*d.store, id);
    QVERIFY_STATUS(document);
    QVERIFY(document->html.contains(u"Debts &lt;b&gt;&amp; threats&lt;/b&gt;"_s));
    QVERIFY(!document->html.contains(u"<script>"_s));
    QVERIFY(!document->html.contains(u"<b>& threats"_s));
    QVERIFY_CONTAINS(bodyText(document.value()),
                     QStringList({ u"Debts <b>& threats</b>"_s, u"<script>alert(1)</script>"_s }));
}

void TestReferralLetter::sensitiveCase_isRefusedToAWorkerWhoMayNotSeeIt()
{
    TempFolder dir;
    auto store = makeSite(dir.file(u"hub.cdsk"_s), u"Central desk"_s, u"hub"_s);
    QVERIFY(store);
    QVERIFY(createRoleAccounts(*store, u"Айгуль Серикбаева"_s));
    QVERIFY(signInAs(*store, Role::OfficeAdmin));
    QVERIFY_STATUS(Accounts::create(
        *store, { u"nurlan"_s, u"Нурлан Ахметов"_s, QUuid(), { Role::CaseWorker } },
        testPassword()));
    const auto agency
        = Referrals::addAgency(*store, { QUuid(), u"Crisis shelter"_s, u"ngo"_s, QUuid() });
    QVERIFY_STATUS(agency);
    QVERIFY(signInAs(*store, Role::CaseWorker));
    CaseFiles files(*store);
    const auto caseId = files.openCase(
        newCase(person(clientFamily, clientGiven, u"1988"_s), { u"domestic_violence"_s }));
    QVERIFY_STATUS(caseId);
    QVERIFY_STATUS(files.updateCase(
        caseId.value(), { { u"consent_sites"_s, Consent::joinSites({ agency.value() }) } }));
    QVERIFY_STATUS(files.setSensitive(caseId.value(), true, u"Victim of domestic violence"_s));
    Referral r;
    r.caseId = caseId.value();
    r.agencyId = agency.value();
    r.agencyName = u"Crisis shelter"_s;
    r.reason = u"A safe place to stay"_s;
    r.deadline = QDate::currentDate().addDays(1);
    const auto id = Referrals(*store).send(r);
    QVERIFY_STATUS(id);
    const QString accesses = u"SELECT count(*) FROM case_access WHERE case_id=?"_s;
    const qint64 before = countRows(*store, accesses, caseId.value());
    const auto own = ReferralLetter::build(*store, id.value());
    QVERIFY_STATUS(own);
    QVERIFY(own->header.contains(u"confidential"_s));
    QVERIFY(bodyText(own.value()).contains(QRegularExpression(u"Documents sent along\\s+none"_s)));
    QCOMPARE(countRows(*store, accesses, caseId.value()), before + 1);

    QVERIFY(signInAs(*store, u"nurlan"_s));
    QVERIFY_REFUSED(ReferralLetter::build(*store, id.value()), CaseAccess::restrictedMessage());
    QCOMPARE(countRows(*store, accesses, caseId.value()), before + 1);
}

void TestReferralLetter::unknownReferral_isRefused()
{
    Desk d;
    QVERIFY(d.make());
    QVERIFY_REFUSED(ReferralLetter::build(*d.store, QUuid::createUuid()), u"does not exist"_s);
}

void TestReferralLetter::pdf_hasTheClientsNameAndTheDeadline()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.send();
    QVERIFY(!id.isNull());
    const auto document = ReferralLetter::build(*d.store, id);
    QVERIFY_STATUS(document);
    const QString path = d.dir.file(u"referral.pdf"_s);
    QVERIFY_STATUS(ReportPrinter::writePdf(document.value(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));
    const QString pdf = pdfText(path);
    if (pdf.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; the PDF text is not checked");
    QVERIFY_CONTAINS(pdf,
                     QStringList({ clientFamily, clientGiven, u"Legal aid clinic"_s,
                                   displayDate(d.today.addDays(12)),
                                   u"Feedback from the receiving agency"_s, u"Page 1 of 1"_s }));
}

QTEST_MAIN(TestReferralLetter)
#include "tst_referralletter.moc"
