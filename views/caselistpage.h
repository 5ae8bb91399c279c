#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace casedesk {

class CaseListModel;
class RecordStore;
class TableView;
struct ChangeSet;

// The list of all case files of the site: search as you type, filters by status, worker and
// category, sorting by any column. Sorting and filtering happen in SQL (CaseListModel).
class CaseListPage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListPage(RecordStore &store, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QString countText() const;
    // Why the chosen row did not open (a restricted case); empty otherwise.
    QString noticeText() const;
    void focusSearch();
    // Debounce of search-as-you-type: long enough to skip keystrokes, short enough to feel live.
    static constexpr int SearchDelayMs = 150;

signals:
    void openCaseRequested(const QUuid &caseId);
    void newCaseRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void applyFilters();
    void updateCount();
    void refillWorkers();
    void onStoreChanged(const ChangeSet &changes);
    void openCurrent();

    RecordStore &m_store;
    CaseListModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QComboBox *m_status;
    QComboBox *m_worker;
    QComboBox *m_category;
    TableView *m_table;
    QLabel *m_count;
    QLabel *m_notice;
};

} // namespace casedesk
