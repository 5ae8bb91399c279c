#pragma once

#include "recordstore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace casedesk {

// Creates the site file of a new office or of the central desk: its name, short code, kind and
// where the file lives. The site's key pairs are made with it.
class NewSiteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewSiteDialog(QWidget *parent = nullptr);

    // The created store; empty until accepted.
    std::unique_ptr<RecordStore> takeStore() { return std::move(m_store); }
    void accept() override;

private:
    void chooseFile();

    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_kind;
    QLineEdit *m_file;
    QLabel *m_error;
    std::unique_ptr<RecordStore> m_store;
};

} // namespace casedesk
