#include "revokepeerdialog.h"

#include "syncstate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace casedesk {

RevokePeerDialog::RevokePeerDialog(const PeerInfo &peer, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Revoke %1").arg(peer.name));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    auto *text = new QLabel(
        tr("<p>Revoke <b>%1</b> when its computer was lost or stolen, or its key is no longer "
           "trusted.</p>"
           "<p>Every package from %1 imported from now on is refused, and nothing more is "
           "exported to it. This cannot be undone: %1 will need a new site file and a new "
           "identity.</p>")
            .arg(peer.name.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("revokeReason"));
    m_reason->setPlaceholderText(tr("for example: laptop stolen on the way to the office"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_revoke = buttons->addButton(tr("&Revoke"), QDialogButtonBox::DestructiveRole);
    m_revoke->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(buttons);

    // The reason is what the next person to look at the peer list needs to know.
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_revoke->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_revoke, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

QString RevokePeerDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace casedesk
