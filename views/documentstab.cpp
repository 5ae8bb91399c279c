#include "documentstab.h"

#include "documentmodel.h"
#include "tableview.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace casedesk {

namespace {

Status writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Status::error(DocumentsTab::tr("The file %1 could not be written: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::ok();
}

} // namespace

DocumentsTab::DocumentsTab(CaseFiles &files, QWidget *parent) : QWidget(parent), m_files(files)
{
    m_model = new DocumentModel(this);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(
        tr("No documents are attached. Use \"Attach…\" to add scans or letters."));
    m_table->stretchColumn(DocumentModel::Name);
    auto *attach = new QPushButton(tr("&Attach…"), this);
    attach->setObjectName(QStringLiteral("attachButton"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openDocumentButton"));
    m_save = new QPushButton(tr("Save a &copy…"), this);
    m_save->setObjectName(QStringLiteral("saveCopyButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(attach, &QPushButton::clicked, this, &DocumentsTab::attach);
    connect(m_open, &QPushButton::clicked, this, &DocumentsTab::openDocument);
    connect(m_save, &QPushButton::clicked, this, &DocumentsTab::saveCopy);
    connect(m_table, &QAbstractItemView::activated, this, &DocumentsTab::openDocument);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DocumentsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentsTab::updateButtons);
    updateButtons();
}

DocumentsTab::~DocumentsTab() = default;

void DocumentsTab::showCase(const CaseFileData &data)
{
    m_caseId = data.id;
    m_model->setDocuments(data.documents);
}

QPair<QUuid, QString> DocumentsTab::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0)
        return {};
    const QModelIndex index = m_model->index(row, 0);
    return { index.data(int(DocumentModel::Role::DocumentId)).toUuid(),
             index.data(int(DocumentModel::Role::FileName)).toString() };
}

void DocumentsTab::attach()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach documents"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    for (const QString &path : paths) {
        const auto attached = m_files.attachDocument(m_caseId, path);
        if (!attached)
            QMessageBox::warning(this, tr("Attach documents"), attached.message());
    }
}

void DocumentsTab::openDocument()
{
    const auto [id, fileName] = selected();
    if (id.isNull())
        return;
    const auto content = m_files.documentContent(id);
    if (!content) {
        QMessageBox::warning(this, tr("Open document"), content.message());
        return;
    }
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    // One sub-folder per document keeps two files of the same name apart.
    const QString folder = m_openedFiles->filePath(id.toString(QUuid::WithoutBraces));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QFileInfo(fileName).fileName());
    if (Status s = writeFile(path, content.value()); !s) {
        QMessageBox::warning(this, tr("Open document"), s.message());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::warning(this, tr("Open document"),
                             tr("No program on this computer opens %1. Use \"Save a copy…\" and "
                                "open it from there.")
                                 .arg(fileName));
}

void DocumentsTab::saveCopy()
{
    const auto [id, fileName] = selected();
    if (!id.isNull())
        saveCopyAs(fileName, m_files.documentContent(id), this);
}

void DocumentsTab::saveCopyAs(const QString &fileName, const Result<QByteArray> &content,
                              QWidget *parent)
{
    if (!content) {
        QMessageBox::warning(parent, tr("Save a copy"), content.message());
        return;
    }
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QFileInfo(fileName).fileName());
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save a copy"), suggested);
    if (path.isEmpty())
        return;
    if (Status s = writeFile(path, content.value()); !s)
        QMessageBox::warning(parent, tr("Save a copy"), s.message());
}

void DocumentsTab::updateButtons()
{
    const bool any = m_table->currentRow() >= 0;
    m_open->setEnabled(any);
    m_save->setEnabled(any);
}

} // namespace casedesk
