#include "referralstab.h"

#include "documentprinting.h"
#include "referraldialog.h"
#include "referralletter.h"
#include "referrallistmodel.h"
#include "referralstatusdialog.h"
#include "tableview.h"
#include "vocabulary.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace casedesk {

ReferralsTab::ReferralsTab(CaseFiles &files, QWidget *parent) : QWidget(parent), m_files(files)
{
    setObjectName(QStringLiteral("referralsTab"));
    m_model = new ReferralListModel(files.store(), this);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("referralTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr("The client has not been referred to another agency yet. Use "
                                   "\"New referral…\" to send a referral."));
    m_table->stretchColumn(ReferralListModel::Reason);
    // The reason and the feedback share the spare width, so a long feedback does not push the
    // reason out of sight; the details below show both in full.
    m_table->horizontalHeader()->setSectionResizeMode(ReferralListModel::Feedback,
                                                      QHeaderView::Stretch);

    buildDetails();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_new = new QPushButton(tr("&New referral…"), this);
    m_new->setObjectName(QStringLiteral("newReferralButton"));
    m_update = new QPushButton(tr("&Update status…"), this);
    m_print = DocumentPrinting::button(
        tr("&Print letter"),
        [this] { return ReferralLetter::build(m_files.store(), currentReferral()); }, this);
    m_print->setObjectName(QStringLiteral("printReferralButton"));
    m_print->setToolTip(tr("The referral letter the client takes to the agency, with a part for "
                           "the agency's feedback"));
    m_update->setObjectName(QStringLiteral("updateReferralButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_update);
    buttons->addWidget(m_print);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &ReferralsTab::newReferral);
    connect(m_update, &QPushButton::clicked, this, &ReferralsTab::updateStatus);
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_update->isEnabled())
            updateStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        updateDetails();
    });
    // A reload after each change must not lose the row the person was working with.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_kept = currentReferral(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectReferral(m_kept);
        updateButtons();
        updateDetails();
    });
    updateButtons();
    updateDetails();
}

void ReferralsTab::buildDetails()
{
    m_details = new QGroupBox(tr("Selected referral"), this);
    m_details->setObjectName(QStringLiteral("referralDetails"));
    auto *form = new QFormLayout(m_details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_agency = detailLabel("detailAgency");
    m_reason = detailLabel("detailReason");
    m_documents = detailLabel("detailDocuments");
    m_status = detailLabel("detailStatus");
    m_feedback = detailLabel("detailFeedback");
    form->addRow(tr("Agency:"), m_agency);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Documents sent:"), m_documents);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Feedback:"), m_feedback);
}

QLabel *ReferralsTab::detailLabel(const char *name)
{
    auto *label = new QLabel(m_details);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

void ReferralsTab::showCase(const CaseFileData &data)
{
    // The model follows the store by itself; a refresh of the window does not reload it.
    if (data.id != m_caseId) {
        m_caseId = data.id;
        m_model->setCaseId(m_caseId);
    }
    updateButtons();
}

void ReferralsTab::setEditable(bool editable)
{
    m_editable = editable;
    m_new->setVisible(editable);
    m_update->setVisible(editable);
    updateButtons();
}

QUuid ReferralsTab::currentReferral() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QUuid() : m_model->referral(row).id;
}

void ReferralsTab::selectReferral(const QUuid &referralId)
{
    const int row = m_model->rowOf(referralId);
    if (row >= 0)
        m_table->selectRow(row);
}

void ReferralsTab::updateButtons()
{
    const int row = m_table->currentRow();
    bool movable = false;
    using S = ReferralStatus;
    if (row >= 0)
        for (S to : { S::Received, S::Attended, S::Completed, S::Declined, S::Expired })
            movable = movable || Referrals::allows(m_model->referral(row).status, to);
    m_new->setEnabled(m_editable && !m_caseId.isNull());
    // Completed, declined and expired referrals are not followed any further.
    m_update->setEnabled(m_editable && movable);
    // A read-only case (transferred, closed) may still be printed.
    m_print->setEnabled(row >= 0);
}

void ReferralsTab::updateDetails()
{
    const int row = m_table->currentRow();
    m_details->setEnabled(row >= 0);
    if (row < 0) {
        for (QLabel *label : { m_agency, m_reason, m_documents, m_status, m_feedback })
            label->clear();
        m_agency->setText(tr("Choose a referral in the list to read it in full."));
        return;
    }
    const Referral &r = m_model->referral(row);
    //: referral details: agency name, the day it was sent and the day to present by
    m_agency->setText(tr("%1 — sent on %2, to present by %3")
                          .arg(r.agencyName, displayDate(r.sentDate), displayDate(r.deadline)));
    m_reason->setText(r.reason);
    //: no documents were sent along with a referral
    m_documents->setText(r.documents.isEmpty() ? tr("none") : r.documents);
    QString status = ReferralListModel::statusText(r);
    if (!r.statusReason.isEmpty())
        //: referral status and why it ended there
        status = tr("%1 — %2").arg(status, r.statusReason);
    if (Referrals::isPastDeadline(r, QDate::currentDate()))
        status = tr("%1 — past the deadline").arg(status);
    m_status->setText(status);
    if (Referrals::isWaitingForFeedback(r))
        m_feedback->setText(tr("Waiting for the agency to report back."));
    else
        //: a referral the agency has not reported on
        m_feedback->setText(r.feedback.isEmpty() ? tr("none yet") : r.feedback);
}

QUuid ReferralsTab::newReferral()
{
    if (!m_editable || m_caseId.isNull())
        return QUuid();
    ReferralDialog dialog(m_files.store(), m_caseId, this);
    if (dialog.exec() != QDialog::Accepted)
        return QUuid();
    selectReferral(dialog.referralId());
    return dialog.referralId();
}

bool ReferralsTab::updateStatus()
{
    const int row = m_table->currentRow();
    if (!m_editable || row < 0)
        return false;
    ReferralStatusDialog dialog(m_files.store(), m_model->referral(row), this);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace casedesk
