#include "casefilewindow.h"

#include "assessmentstab.h"
#include "caseclosure.h"
#include "casesummary.h"
#include "closuredialog.h"
#include "documentprinting.h"
#include "documentstab.h"
#include "drafts.h"
#include "historytab.h"
#include "householdtab.h"
#include "interactionstab.h"
#include "lateeditsdialog.h"
#include "overviewtab.h"
#include "permissions.h"
#include "planstab.h"
#include "planvocabulary.h"
#include "referralstab.h"
#include "sitechoicedialog.h"
#include "syncscope.h"
#include "syncstate.h"
#include "visitstab.h"
#include "vocabulary.h"

#include <QCloseEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
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
    m_transferBanner = new QLabel(this);
    m_transferBanner->setObjectName(QStringLiteral("transferBanner"));
    m_transferBanner->setWordWrap(true);
    m_transferBanner->setMargin(8);
    m_transferBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #e3ecf7; color: #14304f; "
                       "border: 1px solid #9bb5d6; border-radius: 3px; }"));
    m_transferBanner->hide();
    m_draftBanner = new QLabel(this);
    m_draftBanner->setObjectName(QStringLiteral("draftBanner"));
    m_draftBanner->setWordWrap(true);
    m_draftBanner->setMargin(8);
    m_draftBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #e6f4ea; color: #0d3b1e; "
                       "border: 1px solid #8cc79f; border-radius: 3px; }"));
    m_draftBanner->hide();
    m_transfer = new QPushButton(tr("&Transfer to…"), this);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    m_share = new QPushButton(tr("S&hare with…"), this);
    m_share->setObjectName(QStringLiteral("shareButton"));
    m_close = new QPushButton(tr("&Close case…"), this);
    m_close->setObjectName(QStringLiteral("closeCaseButton"));
    m_signOffClosure = new QPushButton(tr("Sign off c&losure"), this);
    m_signOffClosure->setObjectName(QStringLiteral("signOffClosureButton"));
    m_reopen = new QPushButton(tr("&Reopen…"), this);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_printSummary = DocumentPrinting::button(
        tr("Print s&ummary"), [this] { return CaseSummary::build(m_files.store(), m_caseId); },
        this, [this] { return CaseSummary::build(m_files.store(), m_caseId, true); });
    m_printSummary->setObjectName(QStringLiteral("printSummaryButton"));
    m_printSummary->setToolTip(tr("The case file summary on paper: client, household, "
                                  "assessments, plans, referrals and the last interactions"));
    m_reviewLate = new QPushButton(tr("Review chan&ges…"), this);
    m_reviewLate->setObjectName(QStringLiteral("reviewLateEditsButton"));
    m_closureBanner = new QLabel(this);
    m_closureBanner->setObjectName(QStringLiteral("closureBanner"));
    m_closureBanner->setWordWrap(true);
    m_closureBanner->setMargin(8);
    m_closureBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdf0d5; color: #4a3000; "
                       "border: 1px solid #d9b45a; border-radius: 3px; }"));
    m_closureBanner->hide();
    m_tabs = new QTabWidget(this);
    m_overview = new OverviewTab(m_files, this);
    m_household = new HouseholdTab(m_files, this);
    m_interactions = new InteractionsTab(m_files, userName, this);
    m_assessments = new AssessmentsTab(m_files, this);
    m_plans = new PlansTab(m_files, this);
    m_referrals = new ReferralsTab(m_files, this);
    m_visits = new VisitsTab(m_files, this);
    m_documents = new DocumentsTab(m_files, this);
    m_history = new HistoryTab(this);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_household, tr("&Household"));
    m_tabs->addTab(m_interactions, tr("&Interactions"));
    m_tabs->addTab(m_assessments, tr("&Assessments"));
    m_tabs->addTab(m_plans, tr("&Plans"));
    m_tabs->addTab(m_referrals, tr("Re&ferrals"));
    m_tabs->addTab(m_visits, tr("&Visits"));
    m_tabs->addTab(m_documents, tr("&Documents"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_transferBanner, 1);
    actions->addStretch();
    actions->addWidget(m_close);
    actions->addWidget(m_signOffClosure);
    actions->addWidget(m_reopen);
    actions->addWidget(m_transfer);
    actions->addWidget(m_share);
    actions->addWidget(m_printSummary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_missing);
    layout->addWidget(m_draftBanner);
    auto *closure = new QHBoxLayout;
    closure->addWidget(m_closureBanner, 1);
    closure->addWidget(m_reviewLate);
    layout->addLayout(closure);
    layout->addLayout(actions);
    layout->addWidget(m_tabs);
    connect(m_transfer, &QPushButton::clicked, this, &CaseFileWindow::transferCase);
    connect(m_share, &QPushButton::clicked, this, &CaseFileWindow::shareCase);
    connect(m_close, &QPushButton::clicked, this,
            [this] { ClosureDialog::closeCase(m_files, m_caseId, this); });
    connect(m_reopen, &QPushButton::clicked, this,
            [this] { ClosureDialog::reopenCase(m_files, m_caseId, this); });
    connect(m_signOffClosure, &QPushButton::clicked, this, [this] {
        if (Status s = CaseClosure(m_files.store()).signOff(m_caseId); !s)
            QMessageBox::warning(this, tr("Sign off the closure"), s.message());
    });
    connect(m_reviewLate, &QPushButton::clicked, this, [this] {
        if (LateEditsDialog::review(m_files.store(), m_caseId, this) == LateEditsDialog::Reopen)
            ClosureDialog::reopenCase(m_files, m_caseId, this);
    });

    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, m_overview, &OverviewTab::save);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    connect(m_overview, &OverviewTab::modifiedChanged, this, &CaseFileWindow::updateTitle);
    connect(m_overview, &OverviewTab::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            settleDraft();
    });
    connect(&store, &RecordStore::changed, this, &CaseFileWindow::onStoreChanged);
    const QSize wanted = sizeHint().expandedTo(QSize(1100, 720));
    resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size()) : wanted);
    refresh();
}

CaseFileWindow::~CaseFileWindow() = default;

bool CaseFileWindow::hasUnsavedChanges() const
{
    return m_overview->isModified() || m_assessments->hasUnsavedChanges();
}

void CaseFileWindow::refresh()
{
    // The first showing is an opening (recorded for a sensitive case); the store's change
    // that records it refreshes this window again, with a plain load.
    const bool first = !m_opened;
    m_opened = true;
    const auto data = first ? m_files.open(m_caseId) : m_files.load(m_caseId);
    if (!data) {
        // Deleted elsewhere (or never arrived): say so rather than show stale fields.
        m_missing->setText(data.message());
        m_missing->show();
        m_tabs->setEnabled(false);
        m_transfer->setEnabled(false);
        m_share->setEnabled(false);
        return;
    }
    if (data->restricted) {
        // A sensitive case this worker may not read: nothing of it is shown, not even the name.
        m_missing->setText(tr("Case %1 is restricted: only its worker and the supervisors of "
                              "its office see its details.")
                               .arg(data->number));
        m_missing->show();
        m_tabs->setEnabled(false);
        m_tabs->hide();
        m_transfer->setEnabled(false);
        m_share->setEnabled(false);
        m_title = tr("%1 — restricted case").arg(data->number);
        updateTitle();
        return;
    }
    m_missing->hide();
    m_tabs->show();
    m_tabs->setEnabled(true);
    //: window title: case number — client name
    m_title = tr("%1 — %2").arg(data->number, data->client.fullName());
    m_overview->showCase(data.value());
    m_household->showCase(data.value());
    m_interactions->showCase(data.value());
    m_assessments->showCase(data.value());
    m_plans->showCase(data.value());
    m_referrals->showCase(data.value());
    m_visits->showCase(data.value());
    showClosure(data.value());
    m_documents->showCase(data.value());
    m_history->showHistory(m_files.history(m_caseId));
    applyScope();
    if (first)
        restoreDraft();
    updateTitle();
}

void CaseFileWindow::restoreDraft()
{
    const auto session = m_files.store().session();
    if (!session || session->isLocal() || !m_editable)
        return;
    const QUuid user = session->user().id;
    // Once the window is up, so the forms open over it.
    QTimer::singleShot(0, m_assessments, [this, user] { m_assessments->reopenKeptDrafts(user); });
    const auto draft
        = Drafts::find(m_files.store(), user, m_caseId, QString::fromLatin1(Drafts::CaseOverview));
    if (!draft)
        return;
    if (!m_overview->restoreDraft(draft->content) || !m_overview->isModified()) {
        // Unreadable, or nothing left to save: keeping it would only bring it back again.
        Drafts::remove(m_files.store(), user, m_caseId, QString::fromLatin1(Drafts::CaseOverview));
        return;
    }
    m_draftUser = user;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(draft->savedAtMs);
    m_draftBanner->setText(
        tr("<b>Your unsaved changes are back in the form.</b> They were kept on %1, when "
           "another worker signed in at this computer. Save them, or undo them if they are no "
           "longer needed.")
            .arg(displayDateTime(when)));
    m_draftBanner->show();
    m_tabs->setCurrentWidget(m_overview);
}

void CaseFileWindow::settleDraft()
{
    m_draftBanner->hide();
    if (m_draftUser.isNull())
        return;
    Drafts::remove(m_files.store(), m_draftUser, m_caseId,
                   QString::fromLatin1(Drafts::CaseOverview));
    m_draftUser = QUuid();
}

void CaseFileWindow::keepAsDraft(const QUuid &user)
{
    if (user.isNull())
        return;
    m_assessments->keepAsDrafts(user);
    if (!m_overview->isModified())
        return;
    Drafts::save(m_files.store(), user, m_caseId, QString::fromLatin1(Drafts::CaseOverview),
                 m_overview->draftContent());
    // The draft now holds the edits: clearing the form must not remove it.
    m_draftUser = QUuid();
    m_overview->discardChanges();
}

QString CaseFileWindow::draftNotice() const
{
    return m_draftBanner->isHidden() ? QString() : m_draftBanner->text();
}

void CaseFileWindow::applyScope()
{
    RecordStore &store = m_files.store();
    const CaseScopeInfo scope = SyncScope::caseScope(store, m_caseId);
    // An auditor reads case files and changes nothing; the domain refuses, the form says so.
    const Status open = m_files.checkEditable(m_caseId);
    m_editable = scope.editableHere && open && Access::require(store, Operation::EditCases);
    m_transferBanner->setVisible(!m_editable && !(scope.editableHere && !open));
    if (!scope.editableHere)
        //: banner of a case file this office handed over
        m_transferBanner->setText(
            tr("Transferred to %1 — read-only here").arg(Peers::siteName(store, scope.owner)));
    else if (!m_editable)
        m_transferBanner->setText(tr("Read-only: %1").arg(Access::refusal(Operation::EditCases)));
    // Only the owner (or the central desk) moves a case; SyncScope gives the reason otherwise.
    const bool mayMove
        = store.site().kind == QLatin1String("hub") || scope.owner == store.site().id;
    const Status transfer = Access::require(store, Operation::TransferCase);
    const Status share = Access::require(store, Operation::ShareCase);
    m_transfer->setEnabled(mayMove && transfer);
    m_transfer->setToolTip(transfer ? QString() : transfer.message());
    m_share->setEnabled(mayMove && share);
    m_share->setToolTip(share ? QString() : share.message());
    for (QGroupBox *box : m_overview->findChildren<QGroupBox *>())
        box->setEnabled(m_editable);
    m_assessments->setEditable(m_editable);
    m_plans->setEditable(m_editable);
    m_referrals->setEditable(m_editable);
    m_visits->setEditable(m_editable);
    for (const char *name : { "saveButton", "revertButton", "addMemberButton", "removeMemberButton",
                              "recordInteractionButton", "attachButton" })
        if (auto *button = findChild<QPushButton *>(QLatin1String(name)))
            button->setVisible(m_editable);
}

void CaseFileWindow::showClosure(const CaseFileData &data)
{
    const bool closing = data.status == QLatin1String("closure_requested");
    const bool closed = data.status == QLatin1String("closed");
    const bool mayEdit = Access::require(m_files.store(), Operation::EditCases).isOk()
        && m_files.checkHeldHere(m_caseId).isOk();
    m_close->setVisible(mayEdit && !closing && !closed);
    m_reopen->setVisible(mayEdit && (closing || closed));
    m_reopen->setText(closing ? tr("&Withdraw closure…") : tr("&Reopen…"));
    m_signOffClosure->setVisible(closing
                                 && Access::require(m_files.store(), Operation::SignOff).isOk());
    const bool late
        = (closing || closed) && !CaseClosure::lateEdits(m_files.store(), m_caseId).isEmpty();
    m_reviewLate->setVisible(late);
    QString text;
    const QString reason = Vocabulary::label(PlanVocabulary::closureReasons(), data.closureReason);
    if (closed)
        //: banner of a closed case: date, reason, who closed it
        text = tr("Closed on %1: %2. Closed by %3. The case is read-only; reopen it to change it.")
                   .arg(displayDate(data.closedDate), reason, data.closedBy);
    else if (closing)
        text = tr("Closing on %1 (%2) waits for a supervisor's sign-off. The case is read-only "
                  "until then.")
                   .arg(displayDate(data.closedDate), reason);
    if (late)
        text += QLatin1Char(' ')
            + tr("Another office changed the case without having seen the closure.");
    m_closureBanner->setText(text);
    m_closureBanner->setVisible(!text.isEmpty());
}

void CaseFileWindow::showTab(CaseTab tab)
{
    QWidget *page = m_overview;
    switch (tab) {
    case CaseTab::Interactions:
        page = m_interactions;
        break;
    case CaseTab::Assessments:
        page = m_assessments;
        break;
    case CaseTab::Plans:
        page = m_plans;
        break;
    case CaseTab::Referrals:
        page = m_referrals;
        break;
    case CaseTab::Visits:
        page = m_visits;
        break;
    case CaseTab::Overview:
    case CaseTab::Conflicts:
        break;
    }
    m_tabs->setCurrentWidget(page);
}

void CaseFileWindow::transferCase()
{
    SiteChoiceDialog dialog(m_files.store(), m_caseId, SiteChoiceDialog::Mode::Transfer, this);
    dialog.exec();
}

void CaseFileWindow::shareCase()
{
    SiteChoiceDialog dialog(m_files.store(), m_caseId, SiteChoiceDialog::Mode::Share, this);
    dialog.exec();
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
    m_tabs->setCurrentWidget(m_overview->isModified() ? static_cast<QWidget *>(m_overview)
                                                      : m_assessments);
    switch (askToSave()) {
    case QMessageBox::Save:
        // The message under the form says what to fix; nothing typed is thrown away.
        if ((!m_overview->isModified() || m_overview->save()) && m_assessments->saveUnsaved())
            event->accept();
        else
            event->ignore();
        return;
    case QMessageBox::Discard:
        m_overview->discardChanges();
        m_assessments->discardUnsaved();
        event->accept();
        return;
    default:
        event->ignore();
        return;
    }
}

} // namespace casedesk
