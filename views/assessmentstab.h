#pragma once

#include "casefiles.h"

#include <QPointer>
#include <QWidget>

class QPushButton;

namespace casedesk {

class AssessmentDialog;
class AssessmentListModel;
class TableView;

// The Assessments tab: the case's needs assessments, newest first; start one from a template,
// open it, compare it with the previous one, print it or save it as PDF, discard a draft.
class AssessmentsTab : public QWidget
{
    Q_OBJECT

public:
    AssessmentsTab(CaseFiles &files, QWidget *parent = nullptr);
    ~AssessmentsTab() override;

    void showCase(const CaseFileData &data);
    // Whether this user may change the case here; the edit buttons follow.
    void setEditable(bool editable);
    TableView *table() const { return m_table; }
    AssessmentListModel *model() const { return m_model; }

    // Asks for a template, starts the assessment and opens its form; null when cancelled.
    AssessmentDialog *newAssessment();
    // Opens (or raises) the form of an assessment of this case.
    AssessmentDialog *openAssessment(const QUuid &assessmentId);
    // The forms open now.
    QList<AssessmentDialog *> openForms() const;
    // An open form has answers that are not saved.
    bool hasUnsavedChanges() const;
    // Saves every open draft; false when one was refused (its form shows why).
    bool saveUnsaved();
    void discardUnsaved();
    // Another worker signs in: the open forms' unsaved answers become the user's drafts.
    void keepAsDrafts(const QUuid &user);
    // Opens the forms of the drafts kept for the user, which show the answers again.
    void reopenKeptDrafts(const QUuid &user);

    void openCurrent();
    void compareCurrent();
    void printCurrent();
    void savePdfCurrent();
    void discardCurrent();
    QUuid currentAssessment() const;
    void selectAssessment(const QUuid &assessmentId);

private:
    void updateButtons();

    CaseFiles &m_files;
    QUuid m_caseId;
    bool m_editable = true;
    AssessmentListModel *m_model;
    TableView *m_table;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_compare;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_discard;
    QList<QPointer<AssessmentDialog>> m_forms;
    QUuid m_kept; // the selected assessment across a reload
};

} // namespace casedesk
