#pragma once

#include "casefiles.h"

#include <QWidget>

#include <memory>

class QPushButton;
class QTemporaryDir;

namespace casedesk {

class DocumentModel;
class TableView;

// The Documents tab: scans and letters attached to the case; attach, open, save a copy.
class DocumentsTab : public QWidget
{
    Q_OBJECT

public:
    DocumentsTab(CaseFiles &files, QWidget *parent = nullptr);
    ~DocumentsTab() override;

    void showCase(const CaseFileData &data);
    // Asks where to keep a copy of an attached document, suggesting its name, and writes it;
    // a document that could not be read says why.
    static void saveCopyAs(const QString &fileName, const Result<QByteArray> &content,
                           QWidget *parent);
    TableView *table() const { return m_table; }

private:
    void attach();
    void openDocument();
    void saveCopy();
    void updateButtons();
    // The selected document's id and file name, or a null id.
    QPair<QUuid, QString> selected() const;

    CaseFiles &m_files;
    QUuid m_caseId;
    DocumentModel *m_model;
    TableView *m_table;
    QPushButton *m_open;
    QPushButton *m_save;
    // Documents opened in another program live here until the window closes: they hold
    // personal data and must not linger in the shared temporary folder.
    std::unique_ptr<QTemporaryDir> m_openedFiles;
};

} // namespace casedesk
