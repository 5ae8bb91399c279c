#pragma once

#include "assessments.h"

#include <QDialog>
#include <QMessageBox>

class QDateEdit;
class QLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace casedesk {

class AssessmentForm;
class AssessmentResultPanel;
struct ChangeSet;

// One needs assessment: its form and, beside it, the result. A draft is filled in, saved and
// completed here; a completed assessment opens read-only with the result it kept.
class AssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    // editable: the case may be changed here by this user (the domain checks again).
    AssessmentDialog(RecordStore &store, const QUuid &assessmentId, bool editable,
                     QWidget *parent = nullptr);
    ~AssessmentDialog() override;

    const QUuid &assessmentId() const { return m_id; }
    bool isModified() const { return m_modified; }
    bool isReadOnly() const { return m_readOnly; }
    AssessmentForm *form() const { return m_form; }
    AssessmentResultPanel *resultPanel() const { return m_panel; }
    QDateEdit *dateEdit() const { return m_date; }
    // The message under the form after a refused save or completion; empty otherwise.
    QString errorText() const;
    // The banner over the form (edited after completion, read-only); empty when hidden.
    QString bannerText() const;

    bool saveDraft();
    // Asks for confirmation first; a refusal is shown and the first field to fix gets the focus.
    bool complete();
    // Drops what was typed since the last save, as the case window does when told to.
    void discardChanges();
    // Another worker signs in: what was typed is kept as this worker's draft (Drafts), and the
    // form forgets it; the same worker gets it back when the form opens again.
    QByteArray draftContent() const;
    void forgetChanges();
    QString draftKind() const { return draftKindOf(m_id); }
    static QString draftKindOf(const QUuid &assessmentId);
    // Closes after asking about unsaved changes.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    QLayout *buildDateRow();
    QWidget *buildBody();
    QLayout *buildButtons();
    void load();
    void showRecord();
    void applyReadOnly();
    void onEdited();
    void updatePreview();
    void setModified(bool modified);
    void showError(const QString &message);
    void focusQuestion(const QString &questionId);
    void onStoreChanged(const ChangeSet &changes);
    void updateStatusLine();
    QMessageBox::StandardButton askToSave();
    bool confirmCompletion();
    void restoreKeptDraft();
    // The restored draft was saved, completed or thrown away: it is no longer needed.
    void settleDraft();

    RecordStore &m_store;
    Assessments m_assessments;
    QUuid m_id;
    bool m_editable;
    AssessmentRecord m_record;
    const AssessmentTemplate *m_template = nullptr;
    bool m_modified = false;
    bool m_readOnly = true;
    bool m_writing = false;
    bool m_focused = false;
    QUuid m_draftUser; // whose kept draft is in the form
    QLabel *m_heading = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QDateEdit *m_date = nullptr;
    QScrollArea *m_formArea = nullptr;
    AssessmentForm *m_form = nullptr;
    AssessmentResultPanel *m_panel = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace casedesk
