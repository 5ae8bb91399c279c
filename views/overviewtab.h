#pragma once

#include "casefiles.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casedesk {

class CaseDetailsForm;
class CategoryChecks;
class ConsentForm;
class PersonForm;

// The Overview tab of a case file: the client's person fields, the case's own fields and its
// categories, edited together and saved with one button.
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    OverviewTab(CaseFiles &files, QWidget *parent = nullptr);

    // Shows a freshly loaded case file. While the person has unsaved edits the form is kept
    // as typed; saving then writes only what they changed on top of this newer state.
    void showCase(const CaseFileData &data);
    bool isModified() const { return m_modified; }
    // Writes the edits; on failure the message stays visible and false is returned.
    bool save();
    void discardChanges();
    QString errorText() const;
    // The unsaved edits as a draft (OverviewDraft JSON), and the same typed back into the form
    // over the newest state shown; false when the draft cannot be read.
    QByteArray draftContent() const;
    bool restoreDraft(const QByteArray &content);

signals:
    void modifiedChanged(bool modified);

private:
    void setModified(bool modified);
    void showError(const QString &message);
    void fill(const CaseFileData &data);
    Status saveProtection();

    CaseFiles &m_files;
    CaseFileData m_shown; // what the form was filled from
    CaseFileData m_current; // the newest state seen
    bool m_modified = false;
    bool m_filling = false;
    QLabel *m_conflictBanner;
    QLabel *m_changedBanner;
    PersonForm *m_person;
    CaseDetailsForm *m_details;
    CategoryChecks *m_categories;
    ConsentForm *m_consent;
    QCheckBox *m_sensitive;
    QLineEdit *m_sensitiveReason;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace casedesk
