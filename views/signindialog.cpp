#include "signindialog.h"

#include "accounts.h"
#include "firststartdialog.h"
#include "recordstore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

SignInDialog::SignInDialog(RecordStore &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — %1").arg(store.site().name));
    auto *intro = new QLabel(tr("Sign in with your own login and password. Everything you do is "
                                "recorded under your name."),
                             this);
    intro->setWordWrap(true);
    auto *site
        = new QLabel(QStringLiteral("<b>%1</b>").arg(store.site().name.toHtmlEscaped()), this);
    site->setObjectName(QStringLiteral("signInSite"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(site);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    updateButton();
    resize(420, sizeHint().height());
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    m_password->setFocus();
}

QString SignInDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::updateButton()
{
    m_ok->setEnabled(!m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    // Checking a password takes a noticeable moment by design.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto signedIn = Accounts::signIn(m_store, m_login->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!signedIn) {
        m_message->setText(signedIn.message());
        m_message->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    QDialog::accept();
}

bool SignInDialog::ensureSignedIn(RecordStore &store, QWidget *parent)
{
    if (!Accounts::exist(store))
        return FirstStartDialog::ensureUser(store, parent);
    if (const auto session = store.session(); session && !session->isLocal())
        return true;
    SignInDialog dialog(store, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace casedesk
