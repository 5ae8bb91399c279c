#include "assessmentstab.h"

#include "assessmentcomparedialog.h"
#include "assessmentdialog.h"
#include "assessmentlistmodel.h"
#include "assessmentprinting.h"
#include "drafts.h"
#include "newassessmentdialog.h"
#include "permissions.h"
#include "tableview.h"
#include "templatecatalogue.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

AssessmentsTab::AssessmentsTab(CaseFiles &files, QWidget *parent) : QWidget(parent), m_files(files)
{
    setObjectName(QStringLiteral("assessmentsTab"));
    m_model = new AssessmentListModel(files.store(), this);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("assessmentTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr("No assessment has been made yet. Use \"New assessment…\" "
                                   "to start one from a template."));
    m_table->stretchColumn(AssessmentListModel::Template);
    m_new = new QPushButton(tr("&New assessment…"), this);
    m_new->setObjectName(QStringLiteral("newAssessmentButton"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openAssessmentButton"));
    m_compare = new QPushButton(tr("&Compare with previous"), this);
    m_compare->setObjectName(QStringLiteral("compareAssessmentButton"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printAssessmentButton"));
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("pdfAssessmentButton"));
    m_discard = new QPushButton(tr("Discard d&raft"), this);
    m_discard->setObjectName(QStringLiteral("discardDraftButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch();
    buttons->addWidget(m_discard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &AssessmentsTab::newAssessment);
    connect(m_open, &QPushButton::clicked, this, &AssessmentsTab::openCurrent);
    connect(m_compare, &QPushButton::clicked, this, &AssessmentsTab::compareCurrent);
    connect(m_print, &QPushButton::clicked, this, &AssessmentsTab::printCurrent);
    connect(m_pdf, &QPushButton::clicked, this, &AssessmentsTab::savePdfCurrent);
    connect(m_discard, &QPushButton::clicked, this, &AssessmentsTab::discardCurrent);
    connect(m_table, &QAbstractItemView::activated, this, &AssessmentsTab::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssessmentsTab::updateButtons);
    // A reload after each save must not lose the row the person was working with.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_kept = currentAssessment(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectAssessment(m_kept);
        updateButtons();
    });
    updateButtons();
}

AssessmentsTab::~AssessmentsTab() = default;

void AssessmentsTab::showCase(const CaseFileData &data)
{
    // The model follows the store by itself; a refresh of the window does not reload it.
    if (data.id != m_caseId) {
        m_caseId = data.id;
        m_model->setCaseId(m_caseId);
    }
    updateButtons();
}

void AssessmentsTab::setEditable(bool editable)
{
    m_editable = editable;
    m_new->setVisible(editable);
    m_discard->setVisible(editable);
    updateButtons();
}

QUuid AssessmentsTab::currentAssessment() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QUuid() : m_model->summary(row).id;
}

void AssessmentsTab::selectAssessment(const QUuid &assessmentId)
{
    const int row = m_model->rowOf(assessmentId);
    if (row >= 0)
        m_table->selectRow(row);
}

void AssessmentsTab::updateButtons()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0;
    const bool draft = any && !m_model->summary(row).isCompleted();
    m_open->setEnabled(any);
    m_print->setEnabled(any);
    m_pdf->setEnabled(any);
    m_discard->setEnabled(m_editable && draft);
    m_compare->setEnabled(any && Assessments(m_files.store()).previous(m_model->summary(row).id));
    m_new->setEnabled(m_editable && !m_caseId.isNull());
}

AssessmentDialog *AssessmentsTab::newAssessment()
{
    if (!m_editable || m_caseId.isNull())
        return nullptr;
    Assessments assessments(m_files.store());
    NewAssessmentDialog chooser(assessments.catalogue().available(QDate::currentDate()), this);
    if (chooser.exec() != QDialog::Accepted || chooser.chosenHash().isEmpty())
        return nullptr;
    const Result<QUuid> started
        = assessments.start(m_caseId, chooser.chosenHash(), QDate::currentDate());
    if (!started) {
        QMessageBox::warning(this, tr("New assessment"), started.message());
        return nullptr;
    }
    selectAssessment(started.value());
    return openAssessment(started.value());
}

QList<AssessmentDialog *> AssessmentsTab::openForms() const
{
    QList<AssessmentDialog *> forms;
    for (const QPointer<AssessmentDialog> &f : m_forms)
        if (f && f->isVisible())
            forms << f.data();
    return forms;
}

AssessmentDialog *AssessmentsTab::openAssessment(const QUuid &assessmentId)
{
    for (AssessmentDialog *form : openForms())
        if (form->assessmentId() == assessmentId) {
            form->raise();
            form->activateWindow();
            return form;
        }
    auto *form = new AssessmentDialog(m_files.store(), assessmentId, m_editable, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_forms.removeAll(nullptr);
    m_forms << form;
    // Window-modal: the case file stays readable behind it, the rest of the program usable.
    form->open();
    return form;
}

bool AssessmentsTab::hasUnsavedChanges() const
{
    for (AssessmentDialog *form : openForms())
        if (form->isModified())
            return true;
    return false;
}

bool AssessmentsTab::saveUnsaved()
{
    for (AssessmentDialog *form : openForms())
        if (form->isModified() && !form->saveDraft()) {
            form->raise();
            return false;
        }
    return true;
}

void AssessmentsTab::discardUnsaved()
{
    for (AssessmentDialog *form : openForms())
        form->discardChanges();
}

void AssessmentsTab::keepAsDrafts(const QUuid &user)
{
    for (AssessmentDialog *form : openForms()) {
        if (form->isModified())
            Drafts::save(m_files.store(), user, m_caseId, form->draftKind(), form->draftContent());
        form->forgetChanges();
        form->close();
    }
}

void AssessmentsTab::reopenKeptDrafts(const QUuid &user)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AssessmentSummary &s = m_model->summary(row);
        if (!s.isCompleted()
            && Drafts::find(m_files.store(), user, m_caseId, AssessmentDialog::draftKindOf(s.id)))
            openAssessment(s.id);
    }
}

void AssessmentsTab::openCurrent()
{
    const QUuid id = currentAssessment();
    if (!id.isNull())
        openAssessment(id);
}

void AssessmentsTab::compareCurrent()
{
    const QUuid id = currentAssessment();
    if (id.isNull())
        return;
    AssessmentCompareDialog dialog(m_files.store(), id, this);
    dialog.exec();
}

void AssessmentsTab::printCurrent()
{
    const QUuid id = currentAssessment();
    if (!id.isNull())
        AssessmentPrinting::preview(m_files.store(), id, this);
}

void AssessmentsTab::savePdfCurrent()
{
    const QUuid id = currentAssessment();
    if (!id.isNull())
        AssessmentPrinting::savePdf(m_files.store(), id, this);
}

void AssessmentsTab::discardCurrent()
{
    const QUuid id = currentAssessment();
    if (id.isNull() || m_model->summary(m_table->currentRow()).isCompleted())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Discard draft"),
                    tr("Discard this draft assessment and every answer in it?"),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("discardDraftPrompt"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Discard)
        return;
    for (AssessmentDialog *form : openForms())
        if (form->assessmentId() == id) {
            form->discardChanges();
            form->close();
        }
    if (Status s = Assessments(m_files.store()).discardDraft(id); !s)
        QMessageBox::warning(this, tr("Discard draft"), s.message());
}

} // namespace casedesk
