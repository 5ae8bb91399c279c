#pragma once

#include "casefiles.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace casedesk {

// Closing a case (reason, outcome, closing notes, the day; a case worker's closure waits for a
// supervisor's sign-off, and the dialog says so) or reopening it (reason, day; for a closure
// still waiting, withdrawing it). A refusal is shown in the dialog and keeps what was typed.
class ClosureDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Close, Reopen };

    ClosureDialog(CaseFiles &files, const CaseFileData &data, Mode mode, QWidget *parent = nullptr);

    // Open the dialog (modal) for the case; true when it was closed (or its closure requested),
    // or reopened. A case that cannot be loaded shows why and returns false.
    static bool closeCase(CaseFiles &files, const QUuid &caseId, QWidget *parent = nullptr);
    static bool reopenCase(CaseFiles &files, const QUuid &caseId, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // True when closing waits for a supervisor's sign-off (the user may not sign off).
    bool needsSignOff() const { return m_needsSignOff; }
    QString noticeText() const;
    QString errorText() const;
    void accept() override;

private:
    static bool run(CaseFiles &files, const QUuid &caseId, Mode mode, QWidget *parent);
    QFormLayout *buildClose(const CaseFileData &data, QPushButton *ok);
    QFormLayout *buildReopen(const CaseFileData &data, QPushButton *ok);
    QComboBox *vocabularyCombo(const char *name, const QList<QPair<QString, QString>> &items);
    void showError(const QString &message);

    CaseFiles &m_files;
    QUuid m_caseId;
    Mode m_mode;
    bool m_needsSignOff = false;
    QComboBox *m_reason = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_notice;
    QLabel *m_error;
};

} // namespace casedesk
