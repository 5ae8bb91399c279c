#include "userdialog.h"

#include "accounts.h"
#include "passwordfields.h"
#include "recordstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QString roleExplanation(Role role)
{
    switch (role) {
    case Role::CaseWorker:
        return UserDialog::tr("sees and edits the office's cases");
    case Role::Supervisor:
        return UserDialog::tr("also signs off plans and closures, transfers cases");
    case Role::OfficeAdmin:
        return UserDialog::tr("manages users, keys, sync and backups");
    case Role::Auditor:
        return UserDialog::tr("reads everything, changes nothing");
    }
    return QString();
}

} // namespace

UserDialog::UserDialog(RecordStore &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(tr("Add user"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_name->setPlaceholderText(tr("Given name and family name"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("userLoginEdit"));
    m_office = new QComboBox(this);
    m_office->setObjectName(QStringLiteral("userOfficeCombo"));
    fillOffices();
    m_password = PasswordFields::create(QStringLiteral("userPasswordEdit"), true, this);
    m_repeat = PasswordFields::create(QStringLiteral("userRepeatEdit"), false, this);
    QWidget *roles = buildRoles();
    m_roles.value(Role::CaseWorker)->setChecked(true);
    buildLayout(roles);
}

UserDialog::UserDialog(RecordStore &store, const UserAccount &user, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user)
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(tr("Roles of %1").arg(user.name));
    QWidget *roles = buildRoles();
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        it.value()->setChecked(user.has(it.key()));
    buildLayout(roles);
}

void UserDialog::fillOffices()
{
    Statement st
        = m_store.db().statement("SELECT id, name, kind FROM sites WHERE deleted=0 ORDER BY name");
    while (st.step() == Statement::Step::Row)
        m_office->addItem(st.text(1), st.uuid(0));
    m_office->setCurrentIndex(qMax(0, m_office->findData(m_store.site().id)));
    // An office makes accounts only for its own workers (Accounts::create says so too).
    m_office->setEnabled(m_store.site().kind == QLatin1String("hub"));
}

QWidget *UserDialog::buildRoles()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Role role : allRoles()) {
        auto *check = new QCheckBox(tr("%1 — %2").arg(roleLabel(role), roleExplanation(role)), box);
        check->setObjectName(QStringLiteral("role_") + roleKey(role));
        layout->addWidget(check);
        m_roles.insert(role, check);
    }
    return box;
}

void UserDialog::buildLayout(QWidget *roles)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("userMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->hide();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_name) {
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Login:"), m_login);
        form->addRow(tr("&Office:"), m_office);
    }
    form->addRow(tr("Roles:"), roles);
    if (m_password) {
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Repeat the password:"), m_repeat);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void UserDialog::setRole(Role role, bool on)
{
    m_roles.value(role)->setChecked(on);
}

QList<Role> UserDialog::chosenRoles() const
{
    QList<Role> roles;
    for (Role role : allRoles())
        if (m_roles.value(role)->isChecked())
            roles.append(role);
    return roles;
}

QString UserDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void UserDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void UserDialog::accept()
{
    if (!m_name) {
        if (const Status s = Accounts::setRoles(m_store, m_user.id, chosenRoles()); !s) {
            showMessage(s.message());
            return;
        }
        QDialog::accept();
        return;
    }
    if (const QString mismatch = PasswordFields::mismatch(m_password, m_repeat);
        !mismatch.isEmpty()) {
        showMessage(mismatch);
        return;
    }
    NewUser user;
    user.name = m_name->text();
    user.login = m_login->text();
    user.office = m_office->currentData().toUuid();
    user.roles = chosenRoles();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto created = Accounts::create(m_store, user, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!created) {
        showMessage(created.message());
        return;
    }
    m_created = created.value();
    QDialog::accept();
}

} // namespace casedesk
