#include "addpeerdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QLabel *fingerprintLabel(const QString &digits, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(digits, parent);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AddPeerDialog::AddPeerDialog(const SiteIdentityCard &peer, const QString &ownFingerprint,
                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add peer"));
    const QString site = peer.code.isEmpty() ? peer.name : tr("%1 (%2)").arg(peer.name, peer.code);
    const QString who = peer.kind == QLatin1String("hub")
        ? tr("The identity file is that of the central desk <b>%1</b>.")
        : tr("The identity file is that of the office <b>%1</b>.");
    auto *intro = new QLabel(
        QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(who.arg(site.toHtmlEscaped()),
                 tr("Call %1 by phone. Ask them to read the fingerprint shown on their Sync page "
                    "and compare it with the digits below. Add the peer only if every digit "
                    "matches: otherwise the file may not come from %1.")
                     .arg(peer.name.toHtmlEscaped())),
        this);
    intro->setWordWrap(true);
    auto *digits = fingerprintLabel(peer.fingerprint(), 2.0, this);
    digits->setObjectName(QStringLiteral("peerFingerprint"));
    auto *ownIntro = new QLabel(tr("Then read them this site's fingerprint, so they can check "
                                   "it too:"),
                                this);
    ownIntro->setWordWrap(true);
    auto *own = fingerprintLabel(ownFingerprint, 1.3, this);
    own->setObjectName(QStringLiteral("ownFingerprint"));

    m_confirmed = new QCheckBox(tr("%1 read me the same digits by phone").arg(peer.name), this);
    m_confirmed->setObjectName(QStringLiteral("confirmedByPhone"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add peer"), QDialogButtonBox::AcceptRole);
    m_add->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(digits);
    layout->addSpacing(8);
    layout->addWidget(ownIntro);
    layout->addWidget(own);
    layout->addSpacing(8);
    layout->addWidget(m_confirmed);
    layout->addWidget(buttons);

    connect(m_confirmed, &QCheckBox::toggled, m_add, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(qMax(460, digits->sizeHint().width() + 80));
}

} // namespace casedesk
