#pragma once

#include "referrals.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace casedesk {

// Moves a referral along its lifecycle: offers only the statuses Referrals allows from the
// current one, with the day it happened, the reason for declined or expired and the agency's
// feedback to complete.
class ReferralStatusDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralStatusDialog(RecordStore &store, const Referral &referral, QWidget *parent = nullptr);

    QComboBox *statusCombo() const { return m_status; }
    QDateEdit *dateEdit() const { return m_date; }
    // The reason or the feedback, as the chosen status asks; hidden when it asks neither.
    QPlainTextEdit *textEdit() const { return m_text; }
    QList<ReferralStatus> offeredStatuses() const;
    bool chooseStatus(ReferralStatus status);
    QString errorText() const;
    void accept() override;

private:
    ReferralStatus chosenStatus() const;
    void updateTextField();

    RecordStore &m_store;
    Referral m_referral;
    QComboBox *m_status;
    QDateEdit *m_date;
    QLabel *m_textLabel;
    QPlainTextEdit *m_text;
    QLabel *m_error;
};

} // namespace casedesk
