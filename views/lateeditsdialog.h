#pragma once

#include "conflictlistmodel.h"

#include <QDialog>

namespace casedesk {

// A closed case that was changed at another site which had not seen the closure: the changes,
// and the two ways out, keep the case closed (the closure has now seen them) or reopen it.
class LateEditsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { KeepClosed = 1, Reopen = 2 };

    LateEditsDialog(RecordStore &store, const QUuid &caseId, QWidget *parent = nullptr);

    // Shows the dialog; keeping the case closed is done here, reopening is left to the caller
    // (it asks for a reason). Returns the choice, or 0 when cancelled.
    static int review(RecordStore &store, const QUuid &caseId, QWidget *parent);

private:
    void keepClosed();

    RecordStore &m_store;
    ConflictEntry m_entry;
};

} // namespace casedesk
