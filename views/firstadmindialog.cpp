#include "firstadmindialog.h"

#include "accounts.h"
#include "passwordfields.h"
#include "recordstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

FirstAdminDialog::FirstAdminDialog(RecordStore &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("First office administrator"));
    auto *intro = new QLabel(
        tr("The office administrator creates the accounts of the other workers and looks after "
           "the office's keys, sync and backups. Once this account exists, everyone signs in "
           "with their own password and the screen locks when the desk is left."),
        this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("adminNameEdit"));
    m_name->setPlaceholderText(tr("Given name and family name"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("adminLoginEdit"));
    m_login->setPlaceholderText(tr("for example a.nurlanova"));
    m_password = PasswordFields::create(QStringLiteral("adminPasswordEdit"), true, this);
    m_repeat = PasswordFields::create(QStringLiteral("adminRepeatEdit"), false, this);
    m_caseWorker = new QCheckBox(tr("I also work on cases (case worker)"), this);
    m_caseWorker->setObjectName(QStringLiteral("adminCaseWorkerCheck"));
    m_caseWorker->setChecked(true);
    m_supervisor = new QCheckBox(tr("I also supervise (supervisor)"), this);
    m_supervisor->setObjectName(QStringLiteral("adminSupervisorCheck"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("firstAdminMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->hide();
    auto *keep = new QLabel(tr("Keep the password safe: without an administrator's password "
                               "nobody can open the office's keys."),
                            this);
    keep->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create and sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    form->addRow(QString(), m_caseWorker);
    form->addRow(QString(), m_supervisor);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(keep);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString FirstAdminDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void FirstAdminDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void FirstAdminDialog::accept()
{
    if (const QString mismatch = PasswordFields::mismatch(m_password, m_repeat);
        !mismatch.isEmpty()) {
        showMessage(mismatch);
        return;
    }
    NewUser user;
    user.name = m_name->text();
    user.login = m_login->text();
    user.roles = { Role::OfficeAdmin };
    if (m_caseWorker->isChecked())
        user.roles.append(Role::CaseWorker);
    if (m_supervisor->isChecked())
        user.roles.append(Role::Supervisor);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto created = Accounts::create(m_store, user, m_password->text());
    const auto signedIn = created ? Accounts::signIn(m_store, user.login, m_password->text())
                                  : Result<std::shared_ptr<const Session>>(created.status());
    QApplication::restoreOverrideCursor();
    if (!signedIn) {
        showMessage(signedIn.message());
        return;
    }
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}

} // namespace casedesk
