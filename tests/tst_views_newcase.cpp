// Intake driven headlessly: the new-case dialog's checks and the duplicate warning.
#include "viewtesthelpers.h"

using namespace casedesk;

class TestNewCaseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }
    void init() { QVERIFY(m_site.setUp()); }
    void cleanup() { m_site.tearDown(); }

    void newCaseDialog_refusesBadInputWithMessage_data();
    void newCaseDialog_refusesBadInputWithMessage();
    void newCaseDialog_warnsAboutSameIdNumber();
    void newCaseDialog_opensExistingCaseFromWarning();
    void newCaseDialog_opensCaseForNewClient();

private:
    ViewTestSite m_site;
};

void TestNewCaseDialog::newCaseDialog_refusesBadInputWithMessage_data()
{
    QTest::addColumn<QString>("birthDate");
    QTest::addColumn<QString>("idType");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QString>("message");
    const QString nextYear = QString::number(QDate::currentDate().year() + 1);
    QTest::newRow("future birth date") << QStringLiteral("01.01.") + nextYear << QString()
                                       << QString() << QStringLiteral("is in the future");
    QTest::newRow("31 February") << QStringLiteral("31.02.1990") << QString() << QString()
                                 << QStringLiteral("does not exist");
    QTest::newRow("not a date") << QStringLiteral("spring") << QString() << QString()
                                << QStringLiteral("is not a date");
    QTest::newRow("bad passport number")
        << QStringLiteral("12.03.1984") << QStringLiteral("passport") << QStringLiteral("12345")
        << QStringLiteral("passport number");
    QTest::newRow("no family name") << QStringLiteral("1984") << QString() << QString()
                                    << QStringLiteral("family name is required");
}

void TestNewCaseDialog::newCaseDialog_refusesBadInputWithMessage()
{
    QFETCH(QString, birthDate);
    QFETCH(QString, idType);
    QFETCH(QString, idNumber);
    QFETCH(QString, message);
    CaseFiles files(*m_site.store);
    NewCaseDialog dialog(files, QStringLiteral("Test Worker"), m_site.window.get());
    dialog.show();
    if (!QByteArray(QTest::currentDataTag()).contains("family"))
        setText(&dialog, "familyNameEdit", QStringLiteral("Тестова"));
    setText(&dialog, "givenNameEdit", QStringLiteral("Анна"));
    setText(&dialog, "birthDateEdit", birthDate);
    if (!idType.isEmpty())
        chooseData(&dialog, "idTypeCombo", idType);
    setText(&dialog, "idNumberEdit", idNumber);
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(message, Qt::CaseInsensitive),
             qPrintable(dialog.errorText()));
    QCOMPARE(caseCount(*m_site.store), DemoCases);
}

void TestNewCaseDialog::newCaseDialog_warnsAboutSameIdNumber()
{
    const PersonData existing = m_site.personWithIdNumber();
    QVERIFY(!existing.idNumber.isEmpty());
    CaseFiles files(*m_site.store);
    NewCaseDialog dialog(files, QStringLiteral("Test Worker"), m_site.window.get());
    dialog.show();
    setText(&dialog, "familyNameEdit", QStringLiteral("Другая"));
    setText(&dialog, "givenNameEdit", QStringLiteral("Фамилия"));
    chooseData(&dialog, "idTypeCombo", existing.idType);
    setText(&dialog, "idNumberEdit", existing.idNumber);
    QStringList shown;
    QString dialogName;
    whenModalShown([&](QWidget *modal) {
        dialogName = modal->objectName();
        if (auto *warning = qobject_cast<DuplicateWarningDialog *>(modal)) {
            for (int i = 0; i < warning->list()->topLevelItemCount(); ++i)
                shown << warning->list()->topLevelItem(i)->text(1) + QLatin1Char('|')
                        + warning->list()->topLevelItem(i)->text(3);
        }
        modal->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    });
    dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    QCOMPARE(dialogName, QStringLiteral("duplicateWarning"));
    QCOMPARE(shown,
             QStringList { existing.fullName() + QStringLiteral("|same ID document number") });
    // Cancel goes back to the form with everything typed still there.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("familyNameEdit"))->text(),
             QStringLiteral("Другая"));
    QCOMPARE(caseCount(*m_site.store), DemoCases);
}

void TestNewCaseDialog::newCaseDialog_opensExistingCaseFromWarning()
{
    const PersonData existing = m_site.personWithIdNumber();
    CaseFiles files(*m_site.store);
    NewCaseDialog dialog(files, QStringLiteral("Test Worker"), m_site.window.get());
    dialog.show();
    setText(&dialog, "familyNameEdit", existing.familyName);
    setText(&dialog, "givenNameEdit", existing.givenName);
    chooseData(&dialog, "idTypeCombo", existing.idType);
    setText(&dialog, "idNumberEdit", existing.idNumber);
    whenModalShown([](QWidget *modal) {
        modal->findChild<QPushButton *>(QStringLiteral("openExistingButton"))->click();
    });
    dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.createdCase(), QUuid());
    PersonData asTyped = existing;
    asTyped.id = QUuid();
    const QList<DuplicateCandidate> candidates = files.findDuplicates(asTyped);
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(dialog.existingCase(), candidates.first().caseId);
    QVERIFY(!dialog.existingCase().isNull());
    QVERIFY(files.load(dialog.existingCase()));
    QCOMPARE(caseCount(*m_site.store), DemoCases);
}

void TestNewCaseDialog::newCaseDialog_opensCaseForNewClient()
{
    CaseFiles files(*m_site.store);
    NewCaseDialog dialog(files, QStringLiteral("Test Worker"), m_site.window.get());
    dialog.show();
    setText(&dialog, "familyNameEdit", QStringLiteral("Новикова"));
    setText(&dialog, "givenNameEdit", QStringLiteral("Ирина"));
    setText(&dialog, "birthDateEdit", QStringLiteral("03.1984"));
    chooseData(&dialog, "idTypeCombo", QStringLiteral("passport"));
    setText(&dialog, "idNumberEdit", QStringLiteral("n 9876543"));
    dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto data = files.load(dialog.createdCase());
    QVERIFY2(data, qPrintable(data.message()));
    QCOMPARE(data->client.fullName(), QStringLiteral("Новикова Ирина"));
    QCOMPARE(data->client.birthDate.toIso(), QStringLiteral("1984-03"));
    QCOMPARE(data->client.idNumber, QStringLiteral("N9876543"));
    QCOMPARE(data->assignedWorker, QStringLiteral("Test Worker"));
    QCOMPARE(caseCount(*m_site.store), DemoCases + 1);
    QTRY_COMPARE(m_site.window->caseList()->model()->totalCount(), DemoCases + 1);
}

QTEST_MAIN(TestNewCaseDialog)
#include "tst_views_newcase.moc"
