#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QPlainTextEdit;

namespace casedesk {

class RecordStore;

// Adds an obligation to a social contract: what the client, or the agency, undertakes to do.
class ObligationDialog : public QDialog
{
    Q_OBJECT

public:
    // side: "client" or "agency", the one chosen first.
    ObligationDialog(RecordStore &store, const QUuid &planId, const QString &side,
                     QWidget *parent = nullptr);

    void accept() override;

private:
    RecordStore &m_store;
    QUuid m_planId;
    QComboBox *m_side;
    QPlainTextEdit *m_text;
};

} // namespace casedesk
