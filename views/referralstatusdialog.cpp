#include "referralstatusdialog.h"

#include "answerinput.h"
#include "referrallistmodel.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {

const QList<ReferralStatus> &everyStatus()
{
    using S = ReferralStatus;
    static const QList<S> list
        = { S::Sent, S::Received, S::Attended, S::Completed, S::Declined, S::Expired };
    return list;
}

} // namespace

ReferralStatusDialog::ReferralStatusDialog(RecordStore &store, const Referral &referral,
                                           QWidget *parent)
    : QDialog(parent), m_store(store), m_referral(referral)
{
    setObjectName(QStringLiteral("referralStatusDialog"));
    setWindowTitle(tr("Referral status"));
    //: heading of the status dialog: agency, the day sent, the status now
    auto *intro = new QLabel(tr("Referral to %1, sent on %2. Now: %3.")
                                 .arg(referral.agencyName, displayDate(referral.sentDate),
                                      ReferralListModel::statusText(referral)),
                             this);
    intro->setWordWrap(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (ReferralStatus s : everyStatus())
        if (Referrals::allows(referral.status, s))
            m_status->addItem(referralStatusText(s), int(s));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("statusDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(AnswerInput::datePattern());
    m_date->setMaximumDate(QDate::currentDate());
    if (referral.sentDate.isValid() && referral.sentDate <= QDate::currentDate())
        m_date->setMinimumDate(referral.sentDate);
    m_textLabel = new QLabel(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("statusTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);
    m_textLabel->setBuddy(m_text);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("statusError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Update"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_status->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            &ReferralStatusDialog::updateTextField);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(m_textLabel, m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (m_status->count() == 0) {
        m_error->setText(tr("A referral that is %1 is not followed any further.")
                             .arg(referralStatusText(referral.status)));
        m_error->show();
    }
    updateTextField();
    resize(500, minimumSizeHint().height());
}

QList<ReferralStatus> ReferralStatusDialog::offeredStatuses() const
{
    QList<ReferralStatus> list;
    for (int i = 0; i < m_status->count(); ++i)
        list << ReferralStatus(m_status->itemData(i).toInt());
    return list;
}

bool ReferralStatusDialog::chooseStatus(ReferralStatus status)
{
    const int index = m_status->findData(int(status));
    if (index >= 0)
        m_status->setCurrentIndex(index);
    return index >= 0;
}

ReferralStatus ReferralStatusDialog::chosenStatus() const
{
    return ReferralStatus(m_status->currentData().toInt());
}

void ReferralStatusDialog::updateTextField()
{
    const ReferralStatus s = chosenStatus();
    const bool feedback = m_status->currentIndex() >= 0 && s == ReferralStatus::Completed;
    const bool reason = m_status->currentIndex() >= 0
        && (s == ReferralStatus::Declined || s == ReferralStatus::Expired);
    m_textLabel->setVisible(feedback || reason);
    m_text->setVisible(feedback || reason);
    m_textLabel->setText(feedback ? tr("&Feedback:") : tr("&Reason:"));
    m_text->setPlaceholderText(feedback
                                   ? tr("What the agency reported: the service given, the outcome, "
                                        "any onward referral")
                                   : tr("Why the referral ends here"));
}

QString ReferralStatusDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReferralStatusDialog::accept()
{
    if (m_status->currentIndex() < 0)
        return;
    const QString text = m_text->isHidden() ? QString() : m_text->toPlainText().trimmed();
    const Status s
        = Referrals(m_store).setStatus(m_referral.id, chosenStatus(), m_date->date(), text);
    if (!s) {
        m_error->setText(s.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
