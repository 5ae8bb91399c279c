#pragma once

#include "casefiles.h"
#include "myday.h"

#include <QMessageBox>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace casedesk {

class AssessmentsTab;
class DocumentsTab;
class HistoryTab;
class HouseholdTab;
class InteractionsTab;
class OverviewTab;
class PlansTab;
class ReferralsTab;
class VisitsTab;

// One client's case file in its own window (several may be open side by side), refreshed
// whenever the store changes something of this case. Unsaved Overview edits left behind when
// another worker signed in come back from the worker's draft.
class CaseFileWindow : public QWidget
{
    Q_OBJECT

public:
    CaseFileWindow(RecordStore &store, const QUuid &caseId, const QString &userName,
                   QWidget *parent = nullptr);
    ~CaseFileWindow() override;

    const QUuid &caseId() const { return m_caseId; }
    bool hasUnsavedChanges() const;
    QTabWidget *tabs() const { return m_tabs; }
    OverviewTab *overview() const { return m_overview; }
    InteractionsTab *interactions() const { return m_interactions; }
    AssessmentsTab *assessments() const { return m_assessments; }
    PlansTab *plans() const { return m_plans; }
    ReferralsTab *referrals() const { return m_referrals; }
    VisitsTab *visits() const { return m_visits; }
    // Brings the tab an item of "My day" points to to the front.
    void showTab(CaseTab tab);
    void refresh();
    // Shows the site dialogs (modal) for handing the case over or sharing it.
    void transferCase();
    void shareCase();
    bool isEditable() const { return m_editable; }
    // Keeps the unsaved Overview edits as the user's draft and clears them from the form.
    void keepAsDraft(const QUuid &user);
    // The notice shown while a restored draft is in the form; empty otherwise.
    QString draftNotice() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onStoreChanged(const ChangeSet &changes);
    // Save, Discard or Cancel; asked through a message box named "unsavedChangesPrompt".
    QMessageBox::StandardButton askToSave();
    void updateTitle();
    // A case transferred away stays visible here, read-only, with a banner saying where it is.
    void applyScope();
    // The closure banner and the Close, Sign off, Reopen and Review buttons.
    void showClosure(const CaseFileData &data);
    void restoreDraft();
    // The restored draft was saved or thrown away: it is no longer needed.
    void settleDraft();

    CaseFiles m_files;
    QUuid m_caseId;
    QString m_title;
    QTabWidget *m_tabs;
    QLabel *m_missing;
    QLabel *m_transferBanner;
    QLabel *m_draftBanner;
    QUuid m_draftUser; // whose draft is in the form
    bool m_opened = false;
    QPushButton *m_transfer;
    QPushButton *m_share;
    bool m_editable = true;
    OverviewTab *m_overview;
    HouseholdTab *m_household;
    InteractionsTab *m_interactions;
    AssessmentsTab *m_assessments;
    PlansTab *m_plans;
    ReferralsTab *m_referrals;
    VisitsTab *m_visits;
    QPushButton *m_close;
    QPushButton *m_signOffClosure;
    QPushButton *m_reopen;
    QPushButton *m_printSummary;
    QPushButton *m_reviewLate;
    QLabel *m_closureBanner;
    DocumentsTab *m_documents;
    HistoryTab *m_history;
};

} // namespace casedesk
