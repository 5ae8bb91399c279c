#include "casefilewindow.h"

#include "documentstab.h"
#include "historytab.h"
#include "householdtab.h"
#include "interactionstab.h"
#include "overviewtab.h"

#include <QCloseEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace casedesk {

CaseFileWindow::CaseFileWindow(RecordStore &store, const QUuid &caseId, const QString &userName,
                               QWidget *parent)
    : QWidget(parent, Qt::Window), m_files(store), m_caseId(caseId)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("caseFileWindow"));
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingLabel"));
    m_missing->setWordWrap(true);
    m_missing->hide();
    m_tabs = new QTabWidget(this);
    m_overview = new OverviewTab(m_files, this);
    m_household = new HouseholdTab(m_files, this);
    m_interactions = new InteractionsTab(m_files, userName, this);
    m_documents = new DocumentsTab(m_files, this);
    m_history = new HistoryTab(this);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_household, tr("&Household"));
    m_tabs->addTab(m_interactions, tr("&Interactions"));
    m_tabs->addTab(m_documents, tr("&Documents"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_missing);
    layout->addWidget(m_tabs);

    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, m_overview, &OverviewTab::save);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    connect(m_overview, &OverviewTab::modifiedChanged, this, &CaseFileWindow::updateTitle);
    connect(&store, &RecordStore::changed, this, &CaseFileWindow::onStoreChanged);
    const QSize wanted = sizeHint().expandedTo(QSize(1100, 720));
    resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size()) : wanted);
    refresh();
}

CaseFileWindow::~CaseFileWindow() = default;

bool CaseFileWindow::hasUnsavedChanges() const
{
    return m_overview->isModified();
}

void CaseFileWindow::refresh()
{
    const auto data = m_files.load(m_caseId);
    if (!data) {
        // Deleted elsewhere (or never arrived): say so rather than show stale fields.
        m_missing->setText(data.message());
        m_missing->show();
        m_tabs->setEnabled(false);
        return;
    }
    m_missing->hide();
    m_tabs->setEnabled(true);
    //: window title: case number — client name
    m_title = tr("%1 — %2").arg(data->number, data->client.fullName());
    m_overview->showCase(data.value());
    m_household->showCase(data.value());
    m_interactions->showCase(data.value());
    m_documents->showCase(data.value());
    m_history->showHistory(m_files.history(m_caseId));
    updateTitle();
}

void CaseFileWindow::updateTitle()
{
    // [*] shows the platform's unsaved-changes mark.
    setWindowTitle(m_title + QStringLiteral("[*]"));
    setWindowModified(m_overview->isModified());
}

void CaseFileWindow::onStoreChanged(const ChangeSet &changes)
{
    if (changes.everything || changes.scopeRoots.contains(m_caseId))
        refresh();
}

QMessageBox::StandardButton CaseFileWindow::askToSave()
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The case file %1 has changes that are not saved yet.").arg(m_title),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesPrompt"));
    box.setInformativeText(tr("Save them before closing?"));
    box.setDefaultButton(QMessageBox::Save);
    return QMessageBox::StandardButton(box.exec());
}

void CaseFileWindow::closeEvent(QCloseEvent *event)
{
    if (!hasUnsavedChanges()) {
        event->accept();
        return;
    }
    raise();
    activateWindow();
    m_tabs->setCurrentWidget(m_overview);
    switch (askToSave()) {
    case QMessageBox::Save:
        if (m_overview->save()) {
            event->accept();
        } else {
            // The message under the form says what to fix; nothing typed is thrown away.
            event->ignore();
        }
        return;
    case QMessageBox::Discard:
        m_overview->discardChanges();
        event->accept();
        return;
    default:
        event->ignore();
        return;
    }
}

} // namespace casedesk
