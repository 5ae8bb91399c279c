#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace casedesk {

class RecordStore;

// Asked once on a new computer while the site file has no accounts: who works here and at
// which office, so that every change records its author; or the first office administrator is
// created (FirstAdminDialog) and from then on everyone signs in.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstStartDialog(RecordStore &store, QWidget *parent = nullptr);

    // Asks when no user name is stored yet; false when the person cancelled.
    // Either way a stored name becomes the store's author.
    static bool ensureUser(RecordStore &store, QWidget *parent = nullptr);
    void accept() override;

private:
    void createAdministrator();

    RecordStore &m_store;
    QLineEdit *m_name;
    QComboBox *m_office;
    QPushButton *m_ok;
};

} // namespace casedesk
