#pragma once

#include <QDialog>
#include <QUuid>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace casedesk {

class RecordStore;
struct ChangeSet;

// The region's list of agencies clients can be referred to: the central desk's partner agencies
// and the other CaseDesk sites. The central desk adds to it; an office reads it, as it arrives
// with the packages.
class AgenciesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AgenciesDialog(RecordStore &store, QWidget *parent = nullptr);

    // Opens the list modally over parent (as the main window's menu does).
    static void showModal(RecordStore &store, QWidget *parent);

    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    // Why the list cannot be changed here; empty at the central desk for whoever may change it.
    QString lockedNote() const;
    // Asks for the new agency's name and kind (modal); the agency added, or null.
    QUuid addAgency();

private:
    void reload();
    void onStoreChanged(const ChangeSet &changes);

    RecordStore &m_store;
    QTreeWidget *m_list;
    QLabel *m_note;
    QPushButton *m_add;
};

} // namespace casedesk
