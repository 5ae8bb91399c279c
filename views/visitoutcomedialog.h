#pragma once

#include "visits.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace casedesk {

// What became of a scheduled visit: held (when, and a note; the interaction is recorded and a
// re-registration gets its next date), missed (a note), or cancelled (the reason). A refusal is
// shown in the dialog and keeps what was typed.
class VisitOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome { Held, Missed, Cancelled };

    VisitOutcomeDialog(RecordStore &store, const Visit &visit, Outcome outcome,
                       QWidget *parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    // The interaction a held visit recorded, once accepted.
    QUuid interactionId() const { return m_interaction; }
    QString errorText() const;
    void accept() override;

private:
    QString heading() const;
    // The fields, hint and button texts of the outcome.
    void fillForm(QFormLayout *form, QLabel *hint, QDialogButtonBox *buttons);

    RecordStore &m_store;
    Visit m_visit;
    Outcome m_outcome;
    QUuid m_interaction;
    QDateTimeEdit *m_when = nullptr;
    QPlainTextEdit *m_note;
    QLabel *m_error;
};

} // namespace casedesk
