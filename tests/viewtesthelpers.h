#pragma once
// What the headless widget tests share: a demo site shown in a main window, and ways to
// type text and answer modal dialogs without a person at the keyboard.
#include "backup.h"
#include "casefiles.h"
#include "casefilewindow.h"
#include "caselistmodel.h"
#include "caselistpage.h"
#include "demodata.h"
#include "duplicatewarningdialog.h"
#include "householdmemberdialog.h"
#include "interactiondialog.h"
#include "interactionstab.h"
#include "mainwindow.h"
#include "newcasedialog.h"
#include "overviewtab.h"
#include "personform.h"
#include "recordstore.h"
#include "sitefiles.h"
#include "tableview.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <functional>
#include <memory>

namespace casedesk {

constexpr int DemoCases = 30;

// Hands the next modal dialog to `handle` once it is up; exec() returns when handle closes it.
inline void whenModalShown(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, ticks] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && ++*ticks < 500)
            return;
        timer->stop();
        timer->deleteLater();
        if (modal)
            handle(modal);
    });
    timer->start();
}

// QTest::keyClicks only knows Latin-1; names here are Cyrillic, so each key carries its text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

inline void setText(QWidget *parent, const char *objectName, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(objectName));
    QVERIFY2(edit, objectName);
    edit->setText(text);
}

inline void chooseData(QWidget *parent, const char *objectName, const QString &data)
{
    auto *combo = parent->findChild<QComboBox *>(QLatin1String(objectName));
    QVERIFY2(combo, objectName);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

inline int caseCount(RecordStore &store)
{
    Statement st = store.db().statement("SELECT count(*) FROM cases WHERE deleted=0");
    return st.step() == Statement::Step::Row ? int(st.int64(0)) : -1;
}

// A fresh demo site file per test, opened in a shown main window.
struct ViewTestSite
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<MainWindow> window;
    RecordStore *store = nullptr;

    static void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CaseDeskTests"));
        QCoreApplication::setApplicationName(QCoreApplication::applicationName()
                                             + QStringLiteral("-test"));
    }

    bool setUp()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Test Worker"));
        dir = std::make_unique<QTemporaryDir>();
        SiteIdentity site;
        site.name = QStringLiteral("Demo office");
        site.code = QStringLiteral("DEM1");
        site.kind = QStringLiteral("office");
        auto created = RecordStore::create(dir->filePath(QStringLiteral("demo.cdsk")), site);
        if (!created) {
            qWarning("%s", qPrintable(created.message()));
            return false;
        }
        created.value()->setAuthor(QStringLiteral("Test Worker"));
        DemoData::Options options;
        options.cases = DemoCases;
        options.seed = 7;
        options.interactionsPerCase = 2;
        if (Status s = DemoData::generate(*created.value(), options); !s) {
            qWarning("%s", qPrintable(s.message()));
            return false;
        }
        store = created.value().get();
        window = std::make_unique<MainWindow>(std::move(created.value()));
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void tearDown()
    {
        window.reset();
        store = nullptr;
        dir.reset();
    }

    QUuid firstCase() const { return window->caseList()->model()->caseId(0); }

    PersonData personWithIdNumber() const
    {
        Statement st = store->db().statement("SELECT id FROM persons WHERE id_number IS NOT NULL "
                                             "AND deleted=0 ORDER BY rid LIMIT 1");
        if (st.step() != Statement::Step::Row)
            return PersonData();
        const QUuid id = st.uuid(0);
        st.reset();
        return PersonData::fromFields(id, store->row(QStringLiteral("person"), id));
    }
};

} // namespace casedesk
