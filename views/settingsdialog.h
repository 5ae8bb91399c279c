#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace casedesk {

// Program settings kept on this computer: the language of the interface and where the
// daily automatic backup goes.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void chooseFolder();

    QComboBox *m_language;
    QLineEdit *m_folder;
    QSpinBox *m_keep;
};

} // namespace casedesk
