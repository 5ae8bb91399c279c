#pragma once

#include <QDialog>
#include <QUuid>

class QLineEdit;

namespace casedesk {

class CaseListModel;
class RecordStore;
class TableView;

// Finds a case by client name, number or ID number and picks it, e.g. to put it on a case
// conference's agenda.
class CasePickerDialog : public QDialog
{
    Q_OBJECT

public:
    CasePickerDialog(RecordStore &store, const QString &title, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    TableView *table() const { return m_table; }
    CaseListModel *model() const { return m_model; }
    // The case chosen, once accepted.
    QUuid caseId() const { return m_caseId; }
    void accept() override;

private:
    CaseListModel *m_model;
    QLineEdit *m_search;
    TableView *m_table;
    QUuid m_caseId;
};

} // namespace casedesk
