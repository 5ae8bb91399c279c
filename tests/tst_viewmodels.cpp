// The small item models of the case file window and the edit merging behind the Overview tab,
// over a real temporary site file.
#include "caseedits.h"
#include "casefiles.h"
#include "documentmodel.h"
#include "historymodel.h"
#include "householdmodel.h"
#include "interactionmodel.h"
#include "recordstore.h"
#include "vocabulary.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

using namespace casedesk;

namespace {

PersonData makePerson(const QString &family, const QString &given, const QString &birth,
                      const QString &idType = QString(), const QString &idNumber = QString())
{
    PersonData p;
    p.familyName = family;
    p.givenName = given;
    p.birthDate = PartialDate::parse(birth).value();
    p.sex = QStringLiteral("female");
    p.idType = idType;
    p.idNumber = idNumber;
    return p;
}

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, col).data().toString();
    return values;
}

} // namespace

class TestViewModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void householdModel_listsApplicantAndAddedMember();
    void householdModel_dropsRemovedMember();
    void interactionModel_listsInteractionsNewestFirst();
    void documentModel_showsAttachedFileWithFormattedSize();
    void historyModel_showsEditWithAuthorAndOffice();
    void headers_nameEveryColumn();

    void mergePerson_keepsFieldsChangedElsewhere();
    void mergePerson_keepsPhoneAddedElsewhereAndDropsRemovedOne();
    void changedCaseFields_holdsOnlyTouchedGroups();
    void changedCaseFields_leavesTheStatusToCaseClosure();
    void changedCaseFields_workerAndManagementModel_areSavedTogether();
    void mergeCategories_data();
    void mergeCategories();

private:
    CaseFileData loadCase() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<CaseFiles> m_files;
    QUuid m_caseId;
};

void TestViewModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestViewModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SiteIdentity site;
    site.name = QStringLiteral("Almaly social work centre");
    site.code = QStringLiteral("ALM1");
    site.kind = QStringLiteral("office");
    auto store = RecordStore::create(m_dir->filePath(QStringLiteral("site.cdsk")), site);
    QVERIFY2(store, qPrintable(store.message()));
    m_store = std::move(store.value());
    m_store->setAuthor(QStringLiteral("Aigul Serikova"));
    m_files = std::make_unique<CaseFiles>(*m_store);
    NewCase c;
    c.client = makePerson(QStringLiteral("Каримова"), QStringLiteral("Малика"),
                          QStringLiteral("12.03.1984"), QStringLiteral("passport"),
                          QStringLiteral("N1234567"));
    c.client.phones = { { QUuid(), QStringLiteral("+7 701 111 22 33"), QStringLiteral("mobile") } };
    c.assignedWorker = QStringLiteral("Aigul Serikova");
    c.categories = { QStringLiteral("unemployed") };
    const auto id = m_files->openCase(c);
    QVERIFY2(id, qPrintable(id.message()));
    m_caseId = id.value();
}

void TestViewModels::cleanup()
{
    m_files.reset();
    m_store.reset();
    m_dir.reset();
}

CaseFileData TestViewModels::loadCase() const
{
    const auto data = m_files->load(m_caseId);
    return data ? data.value() : CaseFileData();
}

void TestViewModels::householdModel_listsApplicantAndAddedMember()
{
    HouseholdModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMembers(loadCase().household);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, HouseholdModel::Relationship).data().toString(),
             QStringLiteral("Applicant"));
    QCOMPARE(model.index(0, 0).data(int(HouseholdModel::Role::IsApplicant)).toBool(), true);

    const auto added = m_files->addHouseholdMember(
        m_caseId,
        makePerson(QStringLiteral("Каримов"), QStringLiteral("Тимур"), QStringLiteral("2010"),
                   QStringLiteral("birth_certificate"), QStringLiteral("I-АБ 123456")),
        QStringLiteral("child"));
    QVERIFY2(added, qPrintable(added.message()));
    model.setMembers(loadCase().household);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, HouseholdModel::Relationship).data().toString(),
             QStringLiteral("Child"));
    QCOMPARE(model.index(1, HouseholdModel::Name).data().toString(),
             QStringLiteral("Каримов Тимур"));
    QCOMPARE(model.index(1, HouseholdModel::BirthDate).data().toString(), QStringLiteral("2010"));
    QCOMPARE(model.index(1, HouseholdModel::IdDocument).data().toString(),
             QStringLiteral("Birth certificate I-АБ123456"));
    QCOMPARE(model.index(1, 0).data(int(HouseholdModel::Role::MemberId)).toUuid(), added.value());
    QCOMPARE(model.index(1, 0).data(int(HouseholdModel::Role::IsApplicant)).toBool(), false);
}

void TestViewModels::householdModel_dropsRemovedMember()
{
    const auto added = m_files->addHouseholdMember(
        m_caseId,
        makePerson(QStringLiteral("Каримов"), QStringLiteral("Фаррух"), QStringLiteral("1980")),
        QStringLiteral("spouse"));
    QVERIFY(added);
    HouseholdModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMembers(loadCase().household);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(m_files->removeHouseholdMember(added.value()));
    model.setMembers(loadCase().household);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, HouseholdModel::Name).data().toString(),
             QStringLiteral("Каримова Малика"));
}

void TestViewModels::interactionModel_listsInteractionsNewestFirst()
{
    const QDateTime earlier(QDate(2025, 3, 4), QTime(10, 30));
    const QDateTime later(QDate(2025, 5, 6), QTime(14, 15));
    QVERIFY(m_files->recordInteraction(m_caseId,
                                       { {},
                                         earlier,
                                         QStringLiteral("office_visit"),
                                         QStringLiteral("Aigul Serikova"),
                                         QStringLiteral("First meeting.") }));
    QVERIFY(m_files->recordInteraction(m_caseId,
                                       { {},
                                         later,
                                         QStringLiteral("phone"),
                                         QStringLiteral("Bermet Zheenbekova"),
                                         QStringLiteral("Asked about the\ntraining course.") }));
    InteractionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setInteractions(loadCase().interactions);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(InteractionModel::ColumnCount));
    QCOMPARE(model.index(0, InteractionModel::When).data().toString(), displayDateTime(later));
    QCOMPARE(model.index(0, InteractionModel::Kind).data().toString(),
             QStringLiteral("Phone call"));
    QCOMPARE(model.index(0, InteractionModel::Worker).data().toString(),
             QStringLiteral("Bermet Zheenbekova"));
    // A note on several lines reads as one line in the cell and whole in the tooltip.
    QCOMPARE(model.index(0, InteractionModel::Note).data().toString(),
             QStringLiteral("Asked about the training course."));
    QCOMPARE(model.index(0, InteractionModel::Note).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Asked about the\ntraining course."));
    QCOMPARE(model.index(1, InteractionModel::Kind).data().toString(),
             QStringLiteral("Office visit"));
    QCOMPARE(model.index(1, 0).data(int(InteractionModel::Role::OccurredAt)).toDateTime(), earlier);
}

void TestViewModels::documentModel_showsAttachedFileWithFormattedSize()
{
    const QString path = m_dir->filePath(QStringLiteral("income-certificate.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(3000, 'x'));
    file.close();
    const auto id = m_files->attachDocument(m_caseId, path);
    QVERIFY2(id, qPrintable(id.message()));
    DocumentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocuments(loadCase().documents);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, DocumentModel::Name).data().toString(),
             QStringLiteral("income-certificate.txt"));
    QCOMPARE(model.index(0, DocumentModel::Size).data().toString(),
             QLocale().formattedDataSize(3000));
    QVERIFY(!model.index(0, DocumentModel::Type).data().toString().isEmpty());
    QCOMPARE(model.index(0, 0).data(int(DocumentModel::Role::DocumentId)).toUuid(), id.value());
    QCOMPARE(model.index(0, 0).data(int(DocumentModel::Role::SizeBytes)).toLongLong(), 3000);
}

void TestViewModels::historyModel_showsEditWithAuthorAndOffice()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(m_files->history(m_caseId));
    const int before = model.rowCount();
    QVERIFY(before > 0);
    QVERIFY(!column(model, HistoryModel::NewValue).contains(QStringLiteral("Каримова-Юсупова")));

    PersonData client = loadCase().client;
    client.familyName = QStringLiteral("Каримова-Юсупова");
    QVERIFY(m_files->updatePerson(m_caseId, client));
    model.setEntries(m_files->history(m_caseId));
    QVERIFY(model.rowCount() > before);
    const int row
        = int(column(model, HistoryModel::NewValue).indexOf(QStringLiteral("Каримова-Юсупова")));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, HistoryModel::Who).data().toString(),
             QStringLiteral("Aigul Serikova"));
    QCOMPARE(model.index(row, HistoryModel::Where).data().toString(),
             QStringLiteral("Almaly social work centre"));
    QCOMPARE(model.index(row, HistoryModel::What).data().toString(),
             QStringLiteral("Person: Family name"));
    QVERIFY(!model.index(row, HistoryModel::When).data().toString().isEmpty());
}

void TestViewModels::headers_nameEveryColumn()
{
    HouseholdModel household;
    InteractionModel interactions;
    DocumentModel documents;
    HistoryModel history;
    for (const QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(&household),
                                             static_cast<QAbstractItemModel *>(&interactions),
                                             static_cast<QAbstractItemModel *>(&documents),
                                             static_cast<QAbstractItemModel *>(&history) }) {
        QVERIFY(model->columnCount() >= 4);
        for (int c = 0; c < model->columnCount(); ++c)
            QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
    }
    QCOMPARE(history.headerData(HistoryModel::Where, Qt::Horizontal).toString(),
             QStringLiteral("Office"));
}

void TestViewModels::mergePerson_keepsFieldsChangedElsewhere()
{
    const PersonData shown = loadCase().client;
    PersonData elsewhere = shown;
    elsewhere.region = QStringLiteral("Алматы");
    elsewhere.locality = QStringLiteral("Алмалинский район");
    QVERIFY(m_files->updatePerson(m_caseId, elsewhere));

    PersonData typed = shown;
    typed.givenName = QStringLiteral("Малика-Гуль");
    const PersonData current = loadCase().client;
    const PersonData merged = CaseEdits::mergePerson(shown, typed, current);
    QCOMPARE(merged.givenName, QStringLiteral("Малика-Гуль"));
    QCOMPARE(merged.region, QStringLiteral("Алматы"));
    QCOMPARE(merged.locality, QStringLiteral("Алмалинский район"));
    QVERIFY(m_files->updatePerson(m_caseId, merged));
    const PersonData saved = loadCase().client;
    QCOMPARE(saved.givenName, QStringLiteral("Малика-Гуль"));
    QCOMPARE(saved.region, QStringLiteral("Алматы"));
}

void TestViewModels::mergePerson_keepsPhoneAddedElsewhereAndDropsRemovedOne()
{
    const PersonData shown = loadCase().client;
    QCOMPARE(shown.phones.size(), 1);
    PersonData elsewhere = shown;
    elsewhere.phones.append(
        { QUuid(), QStringLiteral("+7 702 000 00 01"), QStringLiteral("home") });
    QVERIFY(m_files->updatePerson(m_caseId, elsewhere));

    PersonData typed = shown;
    typed.phones = { { QUuid(), QStringLiteral("+7 777 555 44 33"), QStringLiteral("work") } };
    const PersonData merged = CaseEdits::mergePerson(shown, typed, loadCase().client);
    QStringList numbers;
    for (const PhoneData &p : merged.phones)
        numbers << p.number;
    QCOMPARE(
        numbers,
        QStringList({ QStringLiteral("+7 702 000 00 01"), QStringLiteral("+7 777 555 44 33") }));
}

void TestViewModels::changedCaseFields_holdsOnlyTouchedGroups()
{
    const CaseFileData shown = loadCase();
    CaseFileData edited = shown;
    QVERIFY(CaseEdits::changedCaseFields(shown, edited).isEmpty());
    edited.managementModel = QStringLiteral("intensive");
    const QCborMap fields = CaseEdits::changedCaseFields(shown, edited);
    QCOMPARE(fields.value(QStringLiteral("management_model")).toString(),
             QStringLiteral("intensive"));
    QVERIFY(!fields.contains(QStringLiteral("assigned_worker")));
    QVERIFY(!fields.contains(QStringLiteral("consent_given")));
    QVERIFY(m_files->updateCase(m_caseId, fields));
    QCOMPARE(loadCase().managementModel, QStringLiteral("intensive"));
}

void TestViewModels::changedCaseFields_leavesTheStatusToCaseClosure()
{
    const CaseFileData shown = loadCase();
    CaseFileData edited = shown;
    edited.status = QStringLiteral("closed");
    edited.closedDate = QDate::currentDate();
    edited.closureReason = QStringLiteral("employed");
    edited.outcome = QStringLiteral("goals_met");
    QVERIFY(CaseEdits::changedCaseFields(shown, edited).isEmpty());
    QVERIFY(CaseEdits::sameCaseFields(shown, edited));
}

void TestViewModels::changedCaseFields_workerAndManagementModel_areSavedTogether()
{
    const CaseFileData shown = loadCase();
    CaseFileData edited = shown;
    edited.assignedWorker = QStringLiteral("Bakhyt Yerzhanov");
    edited.managementModel = QStringLiteral("light");
    const QCborMap fields = CaseEdits::changedCaseFields(shown, edited);
    QCOMPARE(fields.size(), 2);
    const Status saved = m_files->updateCase(m_caseId, fields);
    QVERIFY2(saved, qPrintable(saved.message()));
    const CaseFileData after = loadCase();
    QCOMPARE(after.assignedWorker, QStringLiteral("Bakhyt Yerzhanov"));
    QCOMPARE(after.managementModel, QStringLiteral("light"));

    edited = after;
    edited.managementModel.clear();
    QVERIFY(m_files->updateCase(m_caseId, CaseEdits::changedCaseFields(after, edited)));
    QCOMPARE(loadCase().managementModel, QString());
}

void TestViewModels::mergeCategories_data()
{
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("edited");
    QTest::addColumn<QStringList>("current");
    QTest::addColumn<QStringList>("expected");
    const QString a = QStringLiteral("disability"), b = QStringLiteral("homeless"),
                  c = QStringLiteral("unemployed");
    QTest::newRow("nothing changed")
        << QStringList { a } << QStringList { a } << QStringList { a } << QStringList { a };
    QTest::newRow("added here") << QStringList { a } << QStringList { a, b } << QStringList { a }
                                << QStringList { a, b };
    QTest::newRow("removed here") << QStringList { a, b } << QStringList { a }
                                  << QStringList { a, b } << QStringList { a };
    QTest::newRow("added elsewhere is kept") << QStringList { a } << QStringList { a, b }
                                             << QStringList { a, c } << QStringList { a, b, c };
    QTest::newRow("removed elsewhere stays removed")
        << QStringList { a, b } << QStringList { a, b } << QStringList { a } << QStringList { a };
}

void TestViewModels::mergeCategories()
{
    QFETCH(QStringList, shown);
    QFETCH(QStringList, edited);
    QFETCH(QStringList, current);
    QFETCH(QStringList, expected);
    QCOMPARE(CaseEdits::mergeCategories(shown, edited, current), expected);
}

QTEST_GUILESS_MAIN(TestViewModels)
#include "tst_viewmodels.moc"
