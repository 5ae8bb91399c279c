#include "conferencewindow.h"

#include "conferencecasestab.h"
#include "conferencedetailsform.h"
#include "conferenceminutes.h"
#include "conferenceparticipantstab.h"
#include "documentprinting.h"
#include "documentstab.h"
#include "namedbutton.h"
#include "recordstore.h"
#include "vocabulary.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

ConferenceWindow::ConferenceWindow(RecordStore &store, const QUuid &conferenceId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(store), m_id(conferenceId), m_pending(new QTimer(this))
{
    setObjectName(QStringLiteral("conferenceWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("conferenceTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("conferenceState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_participants = new ConferenceParticipantsTab(store, this);
    m_cases = new ConferenceCasesTab(store, this);
    connect(m_cases, &ConferenceCasesTab::openCase, this, &ConferenceWindow::openCase);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("conferenceTabs"));
    m_tabs->addTab(buildMeetingTab(), tr("&Meeting"));
    m_tabs->addTab(m_participants, tr("&Participants"));
    m_tabs->addTab(m_cases, tr("Cases and &decisions"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buildActions());

    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &ConferenceWindow::reload);
    connect(&store, &RecordStore::changed, this, &ConferenceWindow::onStoreChanged);
    connect(&store, &RecordStore::sessionChanged, this, &ConferenceWindow::reload);
    reload();
    resize(1100, 760);
}

QWidget *ConferenceWindow::buildMeetingTab()
{
    auto *tab = new QWidget(this);
    m_details = new ConferenceDetailsForm(tab);
    m_saveDetails = namedButton(tr("&Save details"), "saveDetailsButton", tab);
    connect(m_details, &ConferenceDetailsForm::edited, this, [this] {
        m_detailsDirty = true;
        m_saveDetails->setEnabled(m_conference.editableHere);
    });
    connect(m_saveDetails, &QPushButton::clicked, this, &ConferenceWindow::saveDetails);
    auto *documents = new QGroupBox(tr("Attached documents"), tab);
    m_documents = new QListWidget(documents);
    m_documents->setObjectName(QStringLiteral("conferenceDocumentList"));
    m_attach = namedButton(tr("&Attach…"), "attachConferenceDocumentButton", documents);
    m_saveCopy = namedButton(tr("Save a &copy…"), "saveConferenceDocumentButton", documents);
    connect(m_attach, &QPushButton::clicked, this, &ConferenceWindow::attachDocuments);
    connect(m_saveCopy, &QPushButton::clicked, this, &ConferenceWindow::saveDocumentCopy);
    connect(m_documents, &QListWidget::currentRowChanged, this,
            [this](int row) { m_saveCopy->setEnabled(row >= 0); });
    auto *documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_attach);
    documentButtons->addWidget(m_saveCopy);
    documentButtons->addStretch();
    auto *documentLayout = new QVBoxLayout(documents);
    documentLayout->addWidget(m_documents, 1);
    documentLayout->addLayout(documentButtons);
    auto *save = new QHBoxLayout;
    save->addStretch();
    save->addWidget(m_saveDetails);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_details);
    layout->addLayout(save);
    layout->addWidget(documents, 1);
    return tab;
}

QLayout *ConferenceWindow::buildActions()
{
    m_approve = namedButton(tr("A&pprove minutes"), "approveButton", this);
    m_approve->setToolTip(tr("Keep the minutes as they are now, exactly as printed, for the "
                             "participants to sign"));
    m_correct = namedButton(tr("Start a co&rrection…"), "correctButton", this);
    m_print = namedButton(tr("Pri&nt minutes"), "printMinutesButton", this);
    auto *menu = new QMenu(m_print);
    connect(menu->addAction(tr("Print &preview…")), &QAction::triggered, this,
            [this] { previewMinutes(false); });
    connect(menu->addAction(tr("Save as &PDF…")), &QAction::triggered, this,
            [this] { saveMinutesPdf(false); });
    menu->addSeparator();
    connect(menu->addAction(tr("Print preview, &redacted…")), &QAction::triggered, this,
            [this] { previewMinutes(true); });
    connect(menu->addAction(tr("Save as PDF, re&dacted…")), &QAction::triggered, this,
            [this] { saveMinutesPdf(true); });
    m_print->setMenu(menu);
    connect(m_approve, &QPushButton::clicked, this, &ConferenceWindow::approve);
    connect(m_correct, &QPushButton::clicked, this, &ConferenceWindow::startCorrection);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_approve);
    bar->addWidget(m_correct);
    bar->addStretch();
    bar->addWidget(m_print);
    return bar;
}

void ConferenceWindow::onStoreChanged(const ChangeSet &changes)
{
    if (!changes.isEmpty())
        m_pending->start();
}

void ConferenceWindow::reload()
{
    m_pending->stop();
    Result<Conference> loaded = Conferences(m_store).load(m_id);
    if (!loaded) {
        m_loadError = loaded.message();
        m_conference.editableHere = false;
    } else {
        m_loadError.clear();
        m_conference = loaded.value();
    }
    if (!m_detailsDirty)
        m_details->setDetails(m_conference.details);
    m_documents->clear();
    for (const ConferenceDocument &d : std::as_const(m_conference.documents)) {
        //: an attached document: its name and size
        auto *item
            = new QListWidgetItem(tr("%1 (%2)").arg(d.fileName, sizeText(d.size)), m_documents);
        item->setData(Qt::UserRole, d.id);
    }
    m_participants->setConference(m_conference);
    m_cases->setConference(m_conference);
    updateState();
}

QString ConferenceWindow::stateText() const
{
    return m_title->text() + u'\n' + m_state->text();
}

void ConferenceWindow::updateState()
{
    const Conference &c = m_conference;
    const QString when = c.details.time.isValid()
        ? tr("%1 at %2")
              .arg(displayDate(c.details.date),
                   QLocale().toString(c.details.time, QLocale::ShortFormat))
        : displayDate(c.details.date);
    //: the conference window's title: "Case conference of 12.12.2026 at 10:00 — subject"
    const QString title = c.details.title.isEmpty()
        ? tr("Case conference of %1").arg(when)
        : tr("Case conference of %1 — %2").arg(when, c.details.title);
    m_title->setText(title);
    setWindowTitle(title);
    QString state;
    if (!m_loadError.isEmpty()) {
        state = m_loadError;
    } else if (c.approved) {
        const ConferenceApproval *a = c.latestApproval();
        state = a ? tr("Minutes approved on %1 by %2 (revision %3). They are read-only; a change "
                       "is made as a correction.")
                        .arg(displayDateTime(a->approvedAt.toLocalTime()), a->approvedBy)
                        .arg(a->revision)
                  : tr("Minutes approved.");
    } else if (c.revision > 1) {
        state = tr("Correction of approved minutes, revision %1, in progress: %2")
                    .arg(c.revision)
                    .arg(c.correctionNote);
    } else {
        state = tr("Draft minutes: they can be changed until they are approved.");
    }
    if (m_loadError.isEmpty() && !c.approved && !c.editableHere)
        state += u' '
            + tr("This conference is kept at %1; it can be read here but not changed.")
                  .arg(c.officeName);
    m_state->setText(state);
    const bool loaded = m_loadError.isEmpty();
    const bool draft = loaded && c.editableHere && !c.approved;
    m_details->setReadOnly(!draft);
    m_saveDetails->setEnabled(draft && m_detailsDirty);
    m_attach->setEnabled(draft);
    m_saveCopy->setEnabled(loaded && m_documents->currentRow() >= 0);
    m_approve->setEnabled(draft);
    m_correct->setEnabled(loaded && c.approved);
    m_print->setEnabled(loaded);
}

bool ConferenceWindow::saveDetails()
{
    if (!m_detailsDirty)
        return true;
    if (Status s = Conferences(m_store).updateDetails(m_id, m_details->details()); !s) {
        QMessageBox::warning(this, tr("Case conference"), s.message());
        return false;
    }
    m_detailsDirty = false;
    m_saveDetails->setEnabled(false);
    return true;
}

void ConferenceWindow::approve()
{
    if (!m_cases->saveSections() || !saveDetails())
        return;
    if (QMessageBox::question(this, tr("Approve minutes"),
                              tr("Approve the minutes? They are kept exactly as printed now and "
                                 "can no longer be changed; a later change is a correction with "
                                 "its own approval."))
        != QMessageBox::Yes)
        return;
    const Result<QUuid> approved = Conferences(m_store).approve(m_id);
    if (!approved) {
        QMessageBox::warning(this, tr("Approve minutes"), approved.message());
        return;
    }
    reload();
}

void ConferenceWindow::startCorrection()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("correctionDialog"));
    dialog.setWindowTitle(tr("Start a correction"));
    dialog.setLabelText(tr("What is to be corrected, and why:"));
    dialog.resize(480, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = Conferences(m_store).startCorrection(m_id, dialog.textValue()); !s) {
        QMessageBox::warning(this, tr("Start a correction"), s.message());
        return;
    }
    reload();
}

void ConferenceWindow::previewMinutes(bool redacted)
{
    if (!m_cases->saveSections() || !saveDetails())
        return;
    DocumentPrinting::preview(ConferenceMinutes::document(m_store, m_id, redacted), this,
                              QStringLiteral("minutesPreview"));
}

void ConferenceWindow::saveMinutesPdf(bool redacted)
{
    if (!m_cases->saveSections() || !saveDetails())
        return;
    // Approved minutes are the bytes kept at approval, not a new rendering.
    const Result<ReportDocument> document = ConferenceMinutes::document(m_store, m_id, redacted);
    if (!document) {
        QMessageBox::warning(this, tr("Save as PDF"), document.message());
        return;
    }
    DocumentPrinting::savePdf(ConferenceMinutes::pdf(m_store, m_id, redacted), document->title,
                              this);
}

void ConferenceWindow::attachDocuments()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach documents"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    Conferences conferences(m_store);
    for (const QString &path : paths) {
        const Result<QUuid> attached = conferences.attachDocument(m_id, path);
        if (!attached)
            QMessageBox::warning(this, tr("Attach documents"), attached.message());
    }
}

void ConferenceWindow::saveDocumentCopy()
{
    const int row = m_documents->currentRow();
    if (row < 0 || row >= m_conference.documents.size())
        return;
    const ConferenceDocument &d = m_conference.documents.at(row);
    DocumentsTab::saveCopyAs(d.fileName, Conferences(m_store).documentContent(d.id), this);
}

bool ConferenceWindow::settle()
{
    if (!m_cases->saveSections())
        return false;
    if (!m_detailsDirty)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Case conference"), tr("Save the changes to the meeting's details?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        m_detailsDirty = false;
        return true;
    }
    return saveDetails();
}

void ConferenceWindow::closeEvent(QCloseEvent *event)
{
    if (settle())
        event->accept();
    else
        event->ignore();
}

} // namespace casedesk
