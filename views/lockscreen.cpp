#include "lockscreen.h"

#include <QCloseEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QLineEdit *passwordEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(260);
    return edit;
}

} // namespace

LockScreen::LockScreen(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("CaseDesk — locked"));
    m_pages = new QStackedWidget(this);
    m_unlockPage = buildUnlockPage();
    m_otherPage = buildOtherUserPage();
    m_pages->addWidget(m_unlockPage);
    m_pages->addWidget(m_otherPage);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->hide();

    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("lockPanel"));
    panel->setMaximumWidth(480);
    panel->setMinimumWidth(420);
    auto *panelLayout = new QVBoxLayout(panel);
    auto *icon = new QLabel(panel);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("The screen is locked"), panel);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    panelLayout->addWidget(icon);
    panelLayout->addWidget(title);
    panelLayout->addWidget(m_pages);
    panelLayout->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(panel, 0, Qt::AlignCenter);
    if (QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->availableGeometry());
}

QWidget *LockScreen::buildUnlockPage()
{
    auto *page = new QWidget(this);
    m_userName = new QLabel(page);
    m_userName->setObjectName(QStringLiteral("lockUserName"));
    m_userName->setAlignment(Qt::AlignCenter);
    m_password = passwordEdit(QStringLiteral("lockPasswordEdit"), page);
    auto *unlock = new QPushButton(tr("&Unlock"), page);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    auto *other = new QPushButton(tr("Sign in as &another user"), page);
    other->setObjectName(QStringLiteral("otherUserButton"));
    other->setFlat(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_userName);
    layout->addLayout(form);
    layout->addWidget(unlock);
    layout->addWidget(other);
    const auto requestUnlock = [this] {
        if (!m_password->text().isEmpty())
            emit unlockRequested(m_password->text());
    };
    connect(unlock, &QPushButton::clicked, this, requestUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, requestUnlock);
    connect(other, &QPushButton::clicked, this, &LockScreen::askForOtherUser);
    return page;
}

QWidget *LockScreen::buildOtherUserPage()
{
    auto *page = new QWidget(this);
    auto *note = new QLabel(tr("Unsaved changes of the locked case files are kept for their "
                               "worker and come back when they open those cases again."),
                            page);
    note->setWordWrap(true);
    m_otherLogin = new QLineEdit(page);
    m_otherLogin->setObjectName(QStringLiteral("otherLoginEdit"));
    m_otherPassword = passwordEdit(QStringLiteral("otherPasswordEdit"), page);
    auto *signIn = new QPushButton(tr("&Sign in"), page);
    signIn->setObjectName(QStringLiteral("otherSignInButton"));
    auto *back = new QPushButton(tr("&Back"), page);
    back->setObjectName(QStringLiteral("backToUnlockButton"));
    back->setFlat(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_otherLogin);
    form->addRow(tr("Pass&word:"), m_otherPassword);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(signIn);
    layout->addWidget(back);
    const auto requestSwitch = [this] {
        if (!m_otherLogin->text().trimmed().isEmpty() && !m_otherPassword->text().isEmpty())
            emit switchRequested(m_otherLogin->text(), m_otherPassword->text());
    };
    connect(signIn, &QPushButton::clicked, this, requestSwitch);
    connect(m_otherPassword, &QLineEdit::returnPressed, this, requestSwitch);
    connect(back, &QPushButton::clicked, this, &LockScreen::showUnlockPage);
    return page;
}

void LockScreen::reset(const QString &userName)
{
    m_userName->setText(tr("Locked by %1").arg(userName));
    m_otherLogin->clear();
    showUnlockPage();
}

void LockScreen::showUnlockPage()
{
    m_password->clear();
    m_otherPassword->clear();
    showMessage(QString());
    m_pages->setCurrentWidget(m_unlockPage);
    m_password->setFocus();
}

void LockScreen::askForOtherUser()
{
    m_password->clear();
    showMessage(QString());
    m_pages->setCurrentWidget(m_otherPage);
    m_otherLogin->setFocus();
}

bool LockScreen::isAskingForOtherUser() const
{
    return m_pages->currentWidget() == m_otherPage;
}

void LockScreen::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    // A wrong password is typed again from the start.
    m_password->clear();
    m_otherPassword->clear();
}

QString LockScreen::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LockScreen::closeEvent(QCloseEvent *event)
{
    // Closing the lock would end the program with the hidden windows' work unsaved.
    event->ignore();
}

} // namespace casedesk
