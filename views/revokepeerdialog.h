#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace casedesk {

struct PeerInfo;

// Asks why a peer is revoked and makes the person confirm it: its later packages are refused
// and it cannot be added again.
class RevokePeerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RevokePeerDialog(const PeerInfo &peer, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *revokeButton() const { return m_revoke; }

private:
    QLineEdit *m_reason;
    QPushButton *m_revoke;
};

} // namespace casedesk
