#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace casedesk {

class ConflictListModel;
class RecordStore;
class TableView;

// The Conflicts page: every open conflict of this site, filtered by case and office, each
// resolved in a ConflictResolutionDialog.
class ConflictsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsPage(RecordStore &store, QWidget *parent = nullptr);

    ConflictListModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    // Opens the resolution dialog for a row of the list; true when it was resolved.
    bool resolveRow(int row);

signals:
    void openCase(const QUuid &caseId);
    // A person chose to reopen a case edited after its closure; the reason is asked next.
    void reopenCase(const QUuid &caseId);

private:
    void resolveCurrent();
    void openCurrentCase();
    void fillSites();
    void updateButtons();

    RecordStore &m_store;
    ConflictListModel *m_model;
    QLineEdit *m_caseFilter;
    QComboBox *m_siteFilter;
    TableView *m_table;
    QPushButton *m_resolve;
    QPushButton *m_open;
};

} // namespace casedesk
