#pragma once
// What the assessment view tests share: a central desk with a small scored template and a case
// of three people shown in a case file window, and ways to drive the forms and their dialogs.
#include "roleaccounts.h"
#include "storetestsupport.h"
#include "viewtesthelpers.h"

#include "answerwidgets.h"
#include "assessmentdialog.h"
#include "assessmentform.h"
#include "assessmentlistmodel.h"
#include "assessments.h"
#include "assessmentstab.h"
#include "assessmenttestsupport.h"
#include "newassessmentdialog.h"
#include "templatecatalogue.h"

namespace casedesk::test {

// Hands the next modal dialog of type T to `handle`; window-modal forms already open are not it.
template<typename T> inline void whenModal(std::function<void(T *)> handle)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, ticks] {
        T *modal = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!modal && ++*ticks < 500)
            return;
        timer->stop();
        timer->deleteLater();
        if (modal)
            handle(modal);
    });
    timer->start();
}

template<typename W> inline W *answerField(QWidget *dialog, const QString &questionId)
{
    return dialog->findChild<W *>(u"answer_"_s + questionId);
}

inline QLabel *problemLabel(QWidget *dialog, const QString &questionId)
{
    return dialog->findChild<QLabel *>(u"problem_"_s + questionId);
}

inline void chooseValue(QComboBox *combo, const QVariant &value)
{
    QVERIFY(combo);
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value.toString()));
    combo->setCurrentIndex(index);
}

inline void confirmCompletion()
{
    whenModal<QMessageBox>([](QMessageBox *box) {
        QCOMPARE(box->objectName(), u"completeConfirmation"_s);
        QVERIFY(box->text().contains(u"cannot be changed"_s));
        box->button(QMessageBox::Yes)->click();
    });
}

// The base of the test classes: the site is made afresh for every test function.
class AssessmentViewTest : public QObject
{
protected:
    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<CaseFileWindow> m_window;
    QUuid m_case;
    QString m_hash;
    QStringList m_members; // person ids of the household, applicant first

    AssessmentsTab *tab() const { return m_window->assessments(); }

    // Starts an assessment of the template with the tab's button and returns its form.
    AssessmentDialog *startFromTab(const QString &templateId)
    {
        bool offered = false;
        whenModal<NewAssessmentDialog>([&](NewAssessmentDialog *chooser) {
            offered = chooser->choose(templateId);
            chooser->accept();
        });
        tab()->findChild<QPushButton *>(u"newAssessmentButton"_s)->click();
        if (!offered)
            return nullptr;
        const QList<AssessmentDialog *> forms = tab()->openForms();
        return forms.size() == 1 ? forms.first() : nullptr;
    }

    QUuid completeDirectly(const Answers &answers, const QDate &date)
    {
        Assessments assessments(*m_store);
        auto id = assessments.start(m_case, m_hash, date);
        if (!id || !assessments.complete(id.value(), answers, date))
            return QUuid();
        return id.value();
    }

    void setUpSite()
    {
        m_dir = std::make_unique<TempFolder>();
        // The central desk, so the small test template can be issued here.
        SiteIdentity hub = officeSite(u"Central desk"_s, u"HUB1"_s);
        hub.kind = u"hub"_s;
        m_store = createStore(m_dir->file(u"hub.cdsk"_s), hub);
        QVERIFY(m_store);
        CaseFiles files(*m_store);
        auto caseId = files.openCase(newCase(person(u"Ахметова"_s, u"Динара"_s, u"1985-04-02"_s)));
        QVERIFY_STATUS(caseId);
        m_case = caseId.value();
        QVERIFY_STATUS(files.addHouseholdMember(m_case, person(u"Ахметов"_s, u"Арман"_s, u"2015"_s),
                                                u"child"_s));
        QVERIFY_STATUS(files.addHouseholdMember(m_case, person(u"Ахметов"_s, u"Серик"_s, u"1983"_s),
                                                u"spouse"_s));
        auto hash = TemplateCatalogue::issue(*m_store, bytes(scoredTemplate()));
        QVERIFY_STATUS(hash);
        m_hash = hash.value();
        m_members.clear();
        for (const QJsonValue &m : Assessments(*m_store).householdAnswer(m_case).toArray())
            m_members << m.toObject().value(u"person"_s).toString();
        QCOMPARE(m_members.size(), 3);
        m_window = std::make_unique<CaseFileWindow>(*m_store, m_case, u"Test Worker"_s);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->tabs()->setCurrentWidget(tab());
    }

    void tearDownSite()
    {
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }
};

} // namespace casedesk::test
