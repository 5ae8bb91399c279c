#include "householdtab.h"

#include "householdmemberdialog.h"
#include "householdmodel.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

HouseholdTab::HouseholdTab(CaseFiles &files, QWidget *parent) : QWidget(parent), m_files(files)
{
    m_model = new HouseholdModel(this);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("householdTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr("No household members are recorded."));
    m_table->stretchColumn(HouseholdModel::Name);
    auto *add = new QPushButton(tr("&Add member…"), this);
    add->setObjectName(QStringLiteral("addMemberButton"));
    m_remove = new QPushButton(tr("&Remove member"), this);
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &HouseholdTab::addMember);
    connect(m_remove, &QPushButton::clicked, this, &HouseholdTab::removeMember);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HouseholdTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HouseholdTab::updateButtons);
    updateButtons();
}

void HouseholdTab::showCase(const CaseFileData &data)
{
    m_caseId = data.id;
    m_model->setMembers(data.household);
}

void HouseholdTab::addMember()
{
    HouseholdMemberDialog dialog(m_files, m_caseId, this);
    dialog.exec();
}

void HouseholdTab::removeMember()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const HouseholdMember member = m_model->member(row);
    const auto answer = QMessageBox::question(
        this, tr("Remove household member"),
        tr("Remove %1 from the household? The case history keeps that they were a member.")
            .arg(member.person.fullName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = m_files.removeHouseholdMember(member.memberId); !s)
        QMessageBox::warning(this, tr("Remove household member"), s.message());
}

void HouseholdTab::updateButtons()
{
    const int row = m_table->currentRow();
    // The client is the household's applicant; removing them would leave the case without one.
    m_remove->setEnabled(
        row >= 0 && !m_model->index(row, 0).data(int(HouseholdModel::Role::IsApplicant)).toBool());
}

} // namespace casedesk
