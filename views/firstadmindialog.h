#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casedesk {

class RecordStore;

// Creates the first office administrator of a site file that has no accounts yet, and signs
// them in. From then on everyone signs in, and the site's keys open only with an
// administrator's password.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdminDialog(RecordStore &store, QWidget *parent = nullptr);

    QString message() const;
    void accept() override;

private:
    void showMessage(const QString &message);

    RecordStore &m_store;
    QLineEdit *m_name;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QCheckBox *m_caseWorker;
    QCheckBox *m_supervisor;
    QLabel *m_message;
};

} // namespace casedesk
