#pragma once

#include "referrals.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace casedesk {

// Refers the client of a case to an agency: which one, why, what goes along and by when the
// client must present themselves. Beyond the client's consent a supervisor gives the reason,
// which is recorded; Referrals decides, and the dialog stays open with its message if refused.
class ReferralDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralDialog(RecordStore &store, const QUuid &caseId, QWidget *parent = nullptr);

    QComboBox *agencyCombo() const { return m_agency; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPlainTextEdit *documentsEdit() const { return m_documents; }
    QDateEdit *sentDateEdit() const { return m_sent; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    // Shown when the client's consent does not name the chosen agency.
    QLineEdit *overrideReasonEdit() const { return m_override; }
    QString consentNote() const;
    bool chooseAgency(const QUuid &agencyId);
    QString errorText() const;
    // The referral sent, once accepted.
    const QUuid &referralId() const { return m_referralId; }
    void accept() override;

private:
    Agency chosenAgency() const;
    void updateConsentNote();
    void showError(const QString &message);

    RecordStore &m_store;
    QUuid m_caseId;
    QList<Agency> m_agencies;
    QComboBox *m_agency;
    QPlainTextEdit *m_reason;
    QPlainTextEdit *m_documents;
    QDateEdit *m_sent;
    QDateEdit *m_deadline;
    QLabel *m_consentNote;
    QLineEdit *m_override;
    QLabel *m_error;
    QPushButton *m_send;
    QUuid m_referralId;
};

} // namespace casedesk
