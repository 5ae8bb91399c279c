#pragma once
// Accounts for the widget tests: an administrator, two case workers and an auditor in a demo
// site, and a way to read every text a person could see on screen.
#include "testsupport.h"
#include "viewtesthelpers.h"

#include "accounts.h"
#include "passwords.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace casedesk::test {

inline const QString AdminPassword = QStringLiteral("admin password");
inline const QString WorkerPassword = QStringLiteral("worker password");

// admin (office administrator), olga and ivan (case workers), aset (auditor).
inline bool addAccounts(RecordStore &store)
{
    if (!Accounts::create(
            store,
            { QStringLiteral("admin"), QStringLiteral("Aigul Admin"), {}, { Role::OfficeAdmin } },
            AdminPassword))
        return false;
    if (!Accounts::signIn(store, QStringLiteral("admin"), AdminPassword))
        return false;
    const QList<NewUser> users = {
        { QStringLiteral("olga"), QStringLiteral("Olga Petrova"), {}, { Role::CaseWorker } },
        { QStringLiteral("ivan"), QStringLiteral("Ivan Sokolov"), {}, { Role::CaseWorker } },
        { QStringLiteral("aset"), QStringLiteral("Aset Auditor"), {}, { Role::Auditor } },
    };
    for (const NewUser &user : users) {
        const auto created = Accounts::create(store, user, WorkerPassword);
        if (!created) {
            qWarning("%s", qPrintable(created.message()));
            return false;
        }
    }
    return true;
}

inline bool signIn(RecordStore &store, const QString &login)
{
    const auto signedIn = Accounts::signIn(
        store, login, login == QLatin1String("admin") ? AdminPassword : WorkerPassword);
    if (!signedIn)
        qWarning("%s", qPrintable(signedIn.message()));
    return bool(signedIn);
}

inline void collectModelTexts(const QAbstractItemModel *model, const QModelIndex &parent,
                              QStringList &texts)
{
    for (int row = 0; row < model->rowCount(parent); ++row)
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            texts << index.data(Qt::DisplayRole).toString()
                  << index.data(Qt::ToolTipRole).toString();
            if (column == 0 && model->hasChildren(index))
                collectModelTexts(model, index, texts);
        }
}

// Every text of the visible top-level windows: titles, labels, fields, buttons and the
// data of item views.
inline QStringList visibleTexts()
{
    QStringList texts;
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->isVisible())
            continue;
        texts << window->windowTitle();
        for (QLabel *label : window->findChildren<QLabel *>())
            texts << label->text();
        for (QLineEdit *edit : window->findChildren<QLineEdit *>())
            texts << edit->text();
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
            texts << button->text();
        for (QComboBox *combo : window->findChildren<QComboBox *>())
            texts << combo->currentText();
        for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>())
            if (view->model())
                collectModelTexts(view->model(), view->rootIndex(), texts);
    }
    texts.removeAll(QString());
    return texts;
}

inline bool anyContains(const QStringList &texts, const QString &needle)
{
    for (const QString &text : texts)
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace casedesk::test
