#pragma once

#include "casefiles.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;

namespace casedesk {

// Records one interaction with the client: when, how (visit, call...), who, and a note.
class InteractionDialog : public QDialog
{
    Q_OBJECT

public:
    InteractionDialog(CaseFiles &files, const QUuid &caseId, const QString &worker,
                      QWidget *parent = nullptr);

    QPlainTextEdit *noteEdit() const { return m_note; }
    QString errorText() const;
    void accept() override;

private:
    CaseFiles &m_files;
    QUuid m_caseId;
    QDateTimeEdit *m_when;
    QComboBox *m_kind;
    QComboBox *m_worker;
    QPlainTextEdit *m_note;
    QLabel *m_error;
};

} // namespace casedesk
