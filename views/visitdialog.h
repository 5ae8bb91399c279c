#pragma once

#include "visits.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace casedesk {

// Schedules a visit of a case (day, optional time, kind, purpose, and for a re-registration how
// many months until the next), or moves a scheduled one to another day or time. A refusal is
// shown in the dialog and keeps what was typed.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    // A new visit of the case.
    VisitDialog(RecordStore &store, const QUuid &caseId, QWidget *parent = nullptr);
    // Another day or time for a scheduled visit.
    VisitDialog(RecordStore &store, const Visit &visit, QWidget *parent = nullptr);

    bool isReschedule() const { return !m_visit.id.isNull(); }
    // The visit scheduled or moved, once accepted.
    QUuid visitId() const { return m_result; }
    QString errorText() const;
    void accept() override;

private:
    void build();
    void createFields();
    void updateFields();
    Visit typed() const;

    RecordStore &m_store;
    Visit m_visit; // the visit moved, or the case of a new one
    QUuid m_result;
    QFormLayout *m_form;
    QDateEdit *m_date;
    QCheckBox *m_hasTime;
    QTimeEdit *m_time;
    QComboBox *m_kind;
    QPlainTextEdit *m_purpose;
    QSpinBox *m_repeat;
    QLabel *m_error;
};

} // namespace casedesk
