#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace casedesk {

// Program settings kept on this computer: the language of the interface, where the daily
// automatic backup goes and after how many idle minutes the screen locks.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // hasAccounts: whether the open site file has accounts (without them nothing locks).
    explicit SettingsDialog(QWidget *parent = nullptr, bool hasAccounts = true);

    void accept() override;

private:
    void chooseFolder();

    QComboBox *m_language;
    QLineEdit *m_folder;
    QSpinBox *m_keep;
    QSpinBox *m_lockMinutes;
};

} // namespace casedesk
