#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;

namespace casedesk {

class RecordStore;

// Adds a partner agency to the central desk's list: its name and kind. Referrals decides (only
// the central desk keeps the list), and the dialog stays open with its message if refused.
class NewAgencyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAgencyDialog(RecordStore &store, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QString errorText() const;
    // The agency added, once accepted.
    const QUuid &agencyId() const { return m_agencyId; }
    void accept() override;

private:
    RecordStore &m_store;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLabel *m_error;
    QUuid m_agencyId;
};

} // namespace casedesk
