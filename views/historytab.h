#pragma once

#include "casefiles.h"

#include <QWidget>

namespace casedesk {

class HistoryModel;
class TableView;

// The History tab: every change to the case file, who made it, when and at which office.
class HistoryTab : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryTab(QWidget *parent = nullptr);

    void showHistory(const QList<HistoryEntry> &entries);
    TableView *table() const { return m_table; }

private:
    HistoryModel *m_model;
    TableView *m_table;
};

} // namespace casedesk
