#pragma once

#include <QDialog>
#include <QUuid>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace casedesk {

class RecordStore;

// Chooses the site a case is transferred to, or shared with (and stops sharing), and makes
// the change through SyncScope; it reaches the other sites with the next packages.
class SiteChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Transfer, Share };

    SiteChoiceDialog(RecordStore &store, const QUuid &caseId, Mode mode, QWidget *parent = nullptr);

    QListWidget *sites() const { return m_sites; }
    bool chooseSite(const QUuid &site);
    QString errorText() const;
    // Share mode: shown when the client's consent does not name the chosen site; a supervisor
    // types why the case is shared anyway, and the reason is recorded with the case.
    QLineEdit *overrideReasonEdit() const { return m_reason; }
    // Share mode: ends the share with the chosen site.
    void stopSharing();
    // Transfers or shares; the dialog closes only when that succeeded.
    void accept() override;

private:
    QUuid chosenSite() const;
    void updateButtons();
    void updateConsentNote();
    void showError(const QString &message);

    RecordStore &m_store;
    QUuid m_caseId;
    Mode m_mode;
    QListWidget *m_sites;
    QPushButton *m_ok;
    QPushButton *m_stop = nullptr;
    QLabel *m_consentNote = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error;
};

} // namespace casedesk
