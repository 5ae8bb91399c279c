#include "referraldialog.h"

#include "answerinput.h"
#include "consent.h"
#include "referrallistmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {

// Two weeks is the usual time a client is given to present themselves at the agency.
constexpr int DefaultDaysToPresent = 14;

QDateEdit *dateEdit(const char *name, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(AnswerInput::datePattern());
    return edit;
}

QPlainTextEdit *textEdit(const char *name, const QString &placeholder, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

ReferralDialog::ReferralDialog(RecordStore &store, const QUuid &caseId, QWidget *parent)
    : QDialog(parent), m_store(store), m_caseId(caseId), m_agencies(Referrals(store).agencies())
{
    setObjectName(QStringLiteral("referralDialog"));
    setWindowTitle(tr("New referral"));
    m_agency = new QComboBox(this);
    m_agency->setObjectName(QStringLiteral("agencyCombo"));
    for (int i = 0; i < m_agencies.size(); ++i)
        //: an agency in the referral dialog: its name — its kind
        m_agency->addItem(
            tr("%1 — %2").arg(m_agencies.at(i).name,
                              ReferralListModel::agencyKindText(m_agencies.at(i).kind)),
            i);
    m_reason = textEdit("reasonEdit", tr("What the client needs from the agency"), 4, this);
    m_documents = textEdit("documentsEdit", tr("Copies and letters sent along, if any"), 3, this);
    const QDate today = QDate::currentDate();
    m_sent = dateEdit("sentDateEdit", today, this);
    m_sent->setMaximumDate(today);
    m_deadline = dateEdit("deadlineEdit", today.addDays(DefaultDaysToPresent), this);
    m_deadline->setToolTip(tr("The day by which the client must present themselves at the agency"));
    m_consentNote = new QLabel(this);
    m_consentNote->setObjectName(QStringLiteral("consentNote"));
    m_consentNote->setWordWrap(true);
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_override->setPlaceholderText(tr("Why the client must be referred beyond the consent"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("referralError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_send = buttons->button(QDialogButtonBox::Ok);
    m_send->setText(tr("&Send referral"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_agency, &QComboBox::currentIndexChanged, this, &ReferralDialog::updateConsentNote);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("D&ocuments sent:"), m_documents);
    form->addRow(tr("Sent &on:"), m_sent);
    form->addRow(tr("&Present by:"), m_deadline);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_consentNote);
    layout->addWidget(m_override);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (m_agencies.isEmpty()) {
        showError(tr("No agency is known here yet. The central desk keeps the list of partner "
                     "agencies; it arrives with the next package."));
        m_send->setEnabled(false);
    }
    updateConsentNote();
    // The text fields start small; the dialog grows for a longer reason when pulled.
    resize(580, minimumSizeHint().height());
    m_agency->setFocus();
}

bool ReferralDialog::chooseAgency(const QUuid &agencyId)
{
    for (int i = 0; i < m_agencies.size(); ++i)
        if (m_agencies.at(i).id == agencyId) {
            m_agency->setCurrentIndex(m_agency->findData(i));
            return true;
        }
    return false;
}

Agency ReferralDialog::chosenAgency() const
{
    const int i = m_agency->currentData().toInt();
    return m_agency->currentIndex() < 0 || i < 0 || i >= m_agencies.size() ? Agency()
                                                                           : m_agencies.at(i);
}

void ReferralDialog::updateConsentNote()
{
    const Agency agency = chosenAgency();
    // The consent names a CaseDesk site by its site id, a partner agency by its own.
    const QUuid target = agency.siteId.isNull() ? agency.id : agency.siteId;
    const bool beyond = !agency.id.isNull() && !Consent::covers(m_store, m_caseId, target);
    m_consentNote->setVisible(beyond);
    m_override->setVisible(beyond);
    if (beyond)
        m_consentNote->setText(tr("The client's consent does not name %1. A supervisor may "
                                  "refer the client anyway: give the reason, it is recorded "
                                  "with the case.")
                                   .arg(agency.name));
}

QString ReferralDialog::consentNote() const
{
    return m_consentNote->isHidden() ? QString() : m_consentNote->text();
}

QString ReferralDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReferralDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ReferralDialog::accept()
{
    const Agency agency = chosenAgency();
    Referral r;
    r.caseId = m_caseId;
    r.agencyId = agency.id;
    r.agencyName = agency.name;
    r.siteId = agency.siteId;
    r.reason = m_reason->toPlainText().trimmed();
    r.documents = m_documents->toPlainText().trimmed();
    r.sentDate = m_sent->date();
    r.deadline = m_deadline->date();
    // Only what the person can see is sent: a reason typed for an agency chosen before does not
    // silently override the consent for this one.
    const QString overrideReason
        = m_override->isHidden() ? QString() : m_override->text().trimmed();
    const Result<QUuid> sent = Referrals(m_store).send(r, overrideReason);
    if (!sent) {
        showError(sent.message());
        return;
    }
    m_referralId = sent.value();
    QDialog::accept();
}

} // namespace casedesk
