#pragma once

#include "sitekeys.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace casedesk {

// Shows the fingerprint of an identity file in large digits and adds the peer only once the
// person says the other site read the same digits by phone.
class AddPeerDialog : public QDialog
{
    Q_OBJECT

public:
    AddPeerDialog(const SiteIdentityCard &peer, const QString &ownFingerprint,
                  QWidget *parent = nullptr);

    QCheckBox *confirmBox() const { return m_confirmed; }
    QPushButton *addButton() const { return m_add; }

private:
    QCheckBox *m_confirmed;
    QPushButton *m_add;
};

} // namespace casedesk
