#include "passworddialog.h"

#include "accounts.h"
#include "passwordfields.h"
#include "passwords.h"
#include "recordstore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace casedesk {

PasswordDialog::PasswordDialog(RecordStore &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Change password"));
    m_current = PasswordFields::create(QStringLiteral("currentPasswordEdit"), false, this);
    build(tr("Choose a password of at least %n characters that others cannot guess.", nullptr,
             Passwords::MinimumLength));
}

PasswordDialog::PasswordDialog(RecordStore &store, const UserAccount &user, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user)
{
    setWindowTitle(tr("Reset password of %1").arg(user.name));
    build(tr("Set a new password for %1 (%2) and tell it to them in person. They can change it "
             "after signing in.")
              .arg(user.name, user.login));
}

void PasswordDialog::build(const QString &intro)
{
    setObjectName(QStringLiteral("passwordDialog"));
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    m_password = PasswordFields::create(QStringLiteral("newPasswordEdit"), true, this);
    m_repeat = PasswordFields::create(QStringLiteral("repeatPasswordEdit"), false, this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->hide();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_current)
        form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat the new password:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString PasswordDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PasswordDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PasswordDialog::accept()
{
    if (const QString mismatch = PasswordFields::mismatch(m_password, m_repeat);
        !mismatch.isEmpty()) {
        showMessage(mismatch);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_current
        ? Accounts::changeOwnPassword(m_store, m_current->text(), m_password->text())
        : Accounts::resetPassword(m_store, m_user.id, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!s) {
        showMessage(s.message());
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
