#pragma once

#include <QWidget>

namespace casedesk {

class AccessLogModel;
class RecordStore;
class TableView;

// The Access log page for auditors: who opened which sensitive case, when, at which site.
class AccessLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccessLogPage(RecordStore &store, QWidget *parent = nullptr);

    AccessLogModel *model() const { return m_model; }
    TableView *table() const { return m_table; }

private:
    AccessLogModel *m_model;
    TableView *m_table;
};

} // namespace casedesk
