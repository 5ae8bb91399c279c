#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace casedesk {

class RecordStore;

// The list of partner specialists a secretary invites from: search, add, remove. Those kept at
// the central desk are shown and reach every office; each site adds its own.
class PartnerSpecialistsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PartnerSpecialistsDialog(RecordStore &store, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void addSpecialist();
    void removeCurrent();
    void reload();

private:
    RecordStore &m_store;
    QLineEdit *m_search;
    QLineEdit *m_name;
    QLineEdit *m_agency;
    QLineEdit *m_role;
    QTreeWidget *m_tree;
    QPushButton *m_remove;
};

} // namespace casedesk
