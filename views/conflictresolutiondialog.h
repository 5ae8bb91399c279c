#pragma once

#include "conflictlistmodel.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QTableWidget;

namespace casedesk {

// Shows one conflict side by side — the common base, then each head with its author, site and
// time — and writes the person's choice as a new version (RecordStore::resolve or, for a
// delete/edit conflict, resolveDeletion). The version syncs like any other.
class ConflictResolutionDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictResolutionDialog(RecordStore &store, const ConflictInfo &conflict,
                             QWidget *parent = nullptr);

    const ConflictEntry &conflict() const { return m_entry; }
    QTableWidget *comparison() const { return m_table; }
    // Keep the values of the head at `index` (in conflict().heads order).
    void chooseHead(int index);
    // Delete/edit conflicts: keep the row deleted, or restore it with the edits.
    void chooseKeepDeleted(bool keepDeleted);
    int chosenHead() const;
    QString errorText() const;

    // Writes the choice; the dialog closes only when that succeeded.
    void accept() override;

private:
    void fillGroup();
    void fillDeletion();
    QString headTitle(const HeadInfo &head) const;
    void addChoice(int id, const QString &text);

    RecordStore &m_store;
    ConflictEntry m_entry;
    QTableWidget *m_table;
    QButtonGroup *m_choices;
    QWidget *m_choiceBox;
    QLabel *m_error;
};

} // namespace casedesk
