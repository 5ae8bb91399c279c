#include "conferenceparticipantstab.h"

#include "namedbutton.h"
#include "participantdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

ConferenceParticipantsTab::ConferenceParticipantsTab(RecordStore &store, QWidget *parent)
    : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("participantsTab"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("participantTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setHeaderLabels({ tr("Name"), tr("Agency"), tr("Role"), tr("Attendance") });
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_invite = namedButton(tr("&Invite…"), "inviteButton", this);
    m_edit = namedButton(tr("&Change…"), "editParticipantButton", this);
    m_remove = namedButton(tr("Re&move"), "removeParticipantButton", this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_invite);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    bar->addSpacing(18);
    bar->addWidget(new QLabel(tr("Mark as:"), this));
    const QList<QPair<Attendance, const char *>> marks = { { Attendance::Present, "markPresent" },
                                                           { Attendance::Absent, "markAbsent" },
                                                           { Attendance::Excused, "markExcused" } };
    for (const auto &[attendance, name] : marks) {
        QPushButton *mark = namedButton(attendanceText(attendance), name, this);
        connect(mark, &QPushButton::clicked, this, [this, a = attendance] { markSelected(a); });
        bar->addWidget(mark);
        m_markButtons << mark;
    }
    bar->addStretch();
    auto *hint = new QLabel(tr("The minutes can be approved once everyone invited is marked "
                               "present, absent or excused."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);
    connect(m_invite, &QPushButton::clicked, this, &ConferenceParticipantsTab::invite);
    connect(m_edit, &QPushButton::clicked, this, &ConferenceParticipantsTab::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ConferenceParticipantsTab::removeSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ConferenceParticipantsTab::editCurrent);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
            &ConferenceParticipantsTab::updateButtons);
    updateButtons();
}

void ConferenceParticipantsTab::setConference(const Conference &conference)
{
    const QList<QUuid> selected = selectedIds();
    const QUuid current
        = m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toUuid() : QUuid();
    m_conference = conference;
    m_tree->clear();
    for (const ConferenceParticipant &p : conference.participants) {
        auto *item = new QTreeWidgetItem(
            m_tree, { p.name, p.agency, p.role, attendanceText(p.attendance) });
        item->setData(0, IdRole, p.id);
        if (p.attendance == Attendance::Invited)
            item->setForeground(3, QColor(0xb0, 0x00, 0x20));
        if (selected.contains(p.id))
            item->setSelected(true);
        if (p.id == current)
            m_tree->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
    }
    updateButtons();
}

QList<QUuid> ConferenceParticipantsTab::selectedIds() const
{
    QList<QUuid> ids;
    for (const QTreeWidgetItem *item : m_tree->selectedItems())
        ids << item->data(0, IdRole).toUuid();
    return ids;
}

void ConferenceParticipantsTab::updateButtons()
{
    const bool editable = m_conference.editableHere && !m_conference.approved;
    const bool any = !m_tree->selectedItems().isEmpty();
    m_invite->setEnabled(editable);
    m_edit->setEnabled(editable && m_tree->selectedItems().size() == 1);
    m_remove->setEnabled(editable && any);
    for (QPushButton *mark : std::as_const(m_markButtons))
        mark->setEnabled(editable && any);
}

void ConferenceParticipantsTab::invite()
{
    ParticipantDialog dialog(m_store, m_conference.id, this);
    dialog.exec();
}

void ConferenceParticipantsTab::editCurrent()
{
    const QList<QUuid> ids = selectedIds();
    if (ids.size() != 1 || !m_conference.editableHere || m_conference.approved)
        return;
    for (const ConferenceParticipant &p : std::as_const(m_conference.participants)) {
        if (p.id == ids.first()) {
            ParticipantDialog dialog(m_store, p, this);
            dialog.exec();
            return;
        }
    }
}

void ConferenceParticipantsTab::removeSelected()
{
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Remove participants"),
            tr("Take %n participant(s) off the conference?", nullptr, int(ids.size())))
        != QMessageBox::Yes)
        return;
    Conferences conferences(m_store);
    for (const QUuid &id : ids) {
        if (Status s = conferences.removeParticipant(id); !s) {
            QMessageBox::warning(this, tr("Remove participants"), s.message());
            return;
        }
    }
}

void ConferenceParticipantsTab::markSelected(Attendance attendance)
{
    Conferences conferences(m_store);
    for (const QUuid &id : selectedIds()) {
        if (Status s = conferences.setAttendance(id, attendance); !s) {
            QMessageBox::warning(this, tr("Attendance"), s.message());
            return;
        }
    }
}

} // namespace casedesk
