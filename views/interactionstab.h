#pragma once

#include "casefiles.h"

#include <QWidget>

namespace casedesk {

class InteractionModel;
class TableView;

// The Interactions tab: visits, calls and remote contacts with the client, newest first.
class InteractionsTab : public QWidget
{
    Q_OBJECT

public:
    InteractionsTab(CaseFiles &files, const QString &worker, QWidget *parent = nullptr);

    void showCase(const CaseFileData &data);
    TableView *table() const { return m_table; }
    void recordInteraction();

private:
    CaseFiles &m_files;
    QString m_worker;
    QUuid m_caseId;
    InteractionModel *m_model;
    TableView *m_table;
};

} // namespace casedesk
