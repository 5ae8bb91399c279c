#include "participantdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

ParticipantDialog::ParticipantDialog(RecordStore &store, const QUuid &conferenceId, QWidget *parent)
    : QDialog(parent), m_store(store), m_conferenceId(conferenceId)
{
    setWindowTitle(tr("Invite a participant"));
    build();
}

ParticipantDialog::ParticipantDialog(RecordStore &store, const ConferenceParticipant &participant,
                                     QWidget *parent)
    : QDialog(parent), m_store(store), m_participant(participant)
{
    setWindowTitle(tr("Participant"));
    build();
    m_name->setText(participant.name);
    m_agency->setText(participant.agency);
    m_role->setText(participant.role);
    m_attendance->setCurrentIndex(
        qMax(0, m_attendance->findData(attendanceKey(participant.attendance))));
    m_partner->setCurrentIndex(qMax(0, m_partner->findData(participant.partnerId)));
}

void ParticipantDialog::build()
{
    setObjectName(QStringLiteral("participantDialog"));
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("partnerCombo"));
    m_partner->addItem(tr("— typed below —"), QUuid());
    for (const PartnerSpecialists::Specialist &s : PartnerSpecialists(m_store).list()) {
        //: a partner specialist in the list: "Name — Agency, role"
        const QString text = s.role.isEmpty() ? tr("%1 — %2").arg(s.name, s.agency)
                                              : tr("%1 — %2, %3").arg(s.name, s.agency, s.role);
        m_partner->addItem(text, s.id);
        m_partner->setItemData(m_partner->count() - 1, QStringList { s.name, s.agency, s.role },
                               Qt::UserRole + 1);
    }
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("participantNameEdit"));
    m_agency = new QLineEdit(this);
    m_agency->setObjectName(QStringLiteral("participantAgencyEdit"));
    m_role = new QLineEdit(this);
    m_role->setObjectName(QStringLiteral("participantRoleEdit"));
    m_role->setPlaceholderText(tr("e.g. school psychologist"));
    m_attendance = new QComboBox(this);
    m_attendance->setObjectName(QStringLiteral("attendanceCombo"));
    for (Attendance a :
         { Attendance::Invited, Attendance::Present, Attendance::Absent, Attendance::Excused })
        m_attendance->addItem(attendanceText(a), attendanceKey(a));
    m_keep = new QCheckBox(tr("&Keep in the list of partner specialists"), this);
    m_keep->setObjectName(QStringLiteral("keepPartnerCheck"));
    m_keep->setChecked(m_participant.id.isNull());
    m_keep->setVisible(m_participant.id.isNull());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("From the &list:"), m_partner);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("A&ttendance:"), m_attendance);
    form->addRow(QString(), m_keep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(m_participant.id.isNull() ? tr("Invite") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ParticipantDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ParticipantDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &ParticipantDialog::onPartnerChosen);
    resize(520, sizeHint().height());
}

void ParticipantDialog::onPartnerChosen()
{
    const QStringList fields = m_partner->currentData(Qt::UserRole + 1).toStringList();
    const bool fromList = fields.size() == 3;
    if (fromList) {
        m_name->setText(fields.at(0));
        m_agency->setText(fields.at(1));
        m_role->setText(fields.at(2));
    }
    // One already in the list need not be kept again.
    m_keep->setEnabled(!fromList);
    if (fromList)
        m_keep->setChecked(false);
}

void ParticipantDialog::accept()
{
    ConferenceParticipant p = m_participant;
    p.partnerId = m_partner->currentData().toUuid();
    p.name = m_name->text().trimmed();
    p.agency = m_agency->text().trimmed();
    p.role = m_role->text().trimmed();
    attendanceFromKey(m_attendance->currentData().toString(), &p.attendance);
    Conferences conferences(m_store);
    if (p.id.isNull()) {
        if (m_keep->isChecked() && p.partnerId.isNull() && !p.name.isEmpty()) {
            const Result<QUuid> kept = PartnerSpecialists(m_store).add(p.name, p.agency, p.role);
            if (!kept) {
                QMessageBox::warning(this, windowTitle(), kept.message());
                return;
            }
            p.partnerId = kept.value();
            // Picked from the list from now on: accepting twice does not keep it twice.
            m_partner->addItem(p.name, p.partnerId);
            m_partner->setCurrentIndex(m_partner->count() - 1);
        }
        const Result<QUuid> added = conferences.addParticipant(m_conferenceId, p);
        if (!added) {
            QMessageBox::warning(this, windowTitle(), added.message());
            return;
        }
        m_participant.id = added.value();
    } else if (Status s = conferences.updateParticipant(p); !s) {
        QMessageBox::warning(this, windowTitle(), s.message());
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
