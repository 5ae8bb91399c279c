#include "assessmentdialog.h"

#include "answerinput.h"
#include "answerwidgets.h"
#include "assessmentform.h"
#include "assessmentprinting.h"
#include "assessmentresultpanel.h"
#include "drafts.h"
#include "recordstore.h"
#include "scoring.h"
#include "session.h"
#include "templatecatalogue.h"
#include "vocabulary.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTime>
#include <QVBoxLayout>

namespace casedesk {

AssessmentDialog::AssessmentDialog(RecordStore &store, const QUuid &assessmentId, bool editable,
                                   QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_assessments(store),
      m_id(assessmentId),
      m_editable(editable)
{
    setObjectName(QStringLiteral("assessmentDialog"));
    setSizeGripEnabled(true);
    buildLayout();
    load();
    restoreKeptDraft();
    connect(&store, &RecordStore::changed, this, &AssessmentDialog::onStoreChanged);
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        if (!m_readOnly)
            saveDraft();
    });
    const QSize wanted(1180, 820);
    resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size() * 0.95) : wanted);
}

AssessmentDialog::~AssessmentDialog() = default;

void AssessmentDialog::buildLayout()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("assessmentHeading"));
    m_heading->setWordWrap(true);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_heading->setFont(font);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("assessmentBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #4a3300; "
                                           "border: 1px solid #e0b44a; border-radius: 3px; }"));
    m_banner->hide();
    QLayout *dateRow = buildDateRow();
    QWidget *body = buildBody();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    QLayout *buttons = buildButtons();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addLayout(dateRow);
    layout->addWidget(body, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
}

QLayout *AssessmentDialog::buildDateRow()
{
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("assessmentDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(AnswerInput::datePattern());
    m_date->setMaximumDate(QDate::currentDate());
    auto *dateLabel = new QLabel(tr("Assessment &date:"), this);
    dateLabel->setBuddy(m_date);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("assessmentStatus"));
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    auto *row = new QHBoxLayout;
    row->addWidget(dateLabel);
    row->addWidget(m_date);
    row->addSpacing(16);
    row->addWidget(m_status, 1);
    connect(m_date, &QDateEdit::dateChanged, this, &AssessmentDialog::onEdited);
    return row;
}

QWidget *AssessmentDialog::buildBody()
{
    m_formArea = new QScrollArea(this);
    m_formArea->setObjectName(QStringLiteral("formArea"));
    m_formArea->setWidgetResizable(true);
    m_formArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes from field to field; the area scrolls to each by itself.
    m_formArea->setFocusPolicy(Qt::NoFocus);
    // Made before the buttons, so Tab walks from the date through the questions to them.
    if (const Result<AssessmentRecord> record = m_assessments.load(m_id))
        if (const AssessmentTemplate *t
            = m_assessments.catalogue().byHash(record->summary.templateHash)) {
            m_form = new AssessmentForm(*t, m_formArea);
            m_formArea->setWidget(m_form);
            connect(m_form, &AssessmentForm::edited, this, &AssessmentDialog::onEdited);
        }
    m_panel = new AssessmentResultPanel(this);
    auto *panelArea = new QScrollArea(this);
    panelArea->setWidgetResizable(true);
    panelArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelArea->setFocusPolicy(Qt::NoFocus);
    panelArea->setWidget(m_panel);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_formArea);
    splitter->addWidget(panelArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The result is read beside the questions: it gets a third of the width from the start.
    const int letter = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    panelArea->setMinimumWidth(letter * 44);
    splitter->setSizes({ letter * 110, letter * 60 });
    return splitter;
}

QLayout *AssessmentDialog::buildButtons()
{
    m_save = new QPushButton(tr("&Save draft"), this);
    m_save->setObjectName(QStringLiteral("saveDraftButton"));
    m_save->setToolTip(tr("Keeps the answers so far (Ctrl+S)"));
    m_complete = new QPushButton(tr("C&omplete…"), this);
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QHBoxLayout;
    // Enter in a field must not complete or close the assessment.
    for (QPushButton *b : { m_save, m_complete, m_print, m_pdf }) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    m_close->setAutoDefault(false);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    connect(m_save, &QPushButton::clicked, this, &AssessmentDialog::saveDraft);
    connect(m_complete, &QPushButton::clicked, this, &AssessmentDialog::complete);
    connect(m_print, &QPushButton::clicked, this,
            [this] { AssessmentPrinting::preview(m_store, m_id, this); });
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { AssessmentPrinting::savePdf(m_store, m_id, this); });
    connect(m_close, &QPushButton::clicked, this, &AssessmentDialog::reject);
    return buttons;
}

void AssessmentDialog::load()
{
    Result<AssessmentRecord> record = m_assessments.load(m_id);
    if (!record) {
        m_heading->setText(tr("Assessment"));
        m_panel->showMessage(record.message());
        showError(record.message());
        m_readOnly = true;
        applyReadOnly();
        return;
    }
    m_record = record.value();
    m_template = m_assessments.catalogue().byHash(m_record.summary.templateHash);
    if (!m_template) {
        // Without its template the questions cannot be shown; the printout lists the answers.
        m_heading->setText(m_record.summary.title);
        m_panel->showMessage(tr("This site does not know the template of this assessment yet; "
                                "it arrives with the next package from the central desk."));
        m_readOnly = true;
        applyReadOnly();
        return;
    }
    showRecord();
}

void AssessmentDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_focused)
        return;
    m_focused = true;
    // The first question takes the typing at once; the date above it is already filled in.
    QWidget *first = m_form && !m_readOnly ? m_form->firstField() : nullptr;
    (first ? first : static_cast<QWidget *>(m_close))->setFocus(Qt::ActiveWindowFocusReason);
}

void AssessmentDialog::showRecord()
{
    const AssessmentSummary &s = m_record.summary;
    //: window title of an assessment: template title — date; [*] marks unsaved changes
    setWindowTitle(tr("%1 — %2[*]").arg(m_template->title.text(), displayDate(s.date)));
    m_heading->setText(m_template->label());
    m_readOnly = s.isCompleted() || !m_editable;
    {
        const QSignalBlocker blocker(m_date);
        // The domain refuses a date before the template version is in force.
        m_date->setMinimumDate(std::min(s.date, m_template->effectiveFrom));
        m_date->setDate(s.date);
    }
    m_form->setAnswers(m_record.answers);
    applyReadOnly();
    setModified(false);
    updateStatusLine();
    if (s.isCompleted())
        m_panel->showResult(*m_template, m_record.result, AssessmentResultPanel::Mode::Stored);
    else
        updatePreview();
}

void AssessmentDialog::applyReadOnly()
{
    const AssessmentSummary &s = m_record.summary;
    const bool completed = s.isCompleted();
    if (m_form)
        m_form->setReadOnly(m_readOnly);
    m_date->setEnabled(!m_readOnly);
    m_save->setVisible(!m_readOnly);
    m_complete->setVisible(!m_readOnly);
    // What is printed is what is stored; a draft prints from the Assessments tab.
    m_print->setVisible(completed);
    m_pdf->setVisible(completed);
    QString banner;
    if (completed && s.editedAfterCompletion)
        banner = tr("This assessment was changed at another site after it was completed. The "
                    "result below was computed with the answers at completion and does not "
                    "change.");
    else if (!completed && !m_editable && m_template)
        banner = tr("This case cannot be changed here, so the draft is shown read-only.");
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
}

void AssessmentDialog::updateStatusLine()
{
    const AssessmentSummary &s = m_record.summary;
    if (s.isCompleted())
        //: status line of a completed assessment: who completed it and when
        m_status->setText(tr("Completed by %1 on %2. A completed assessment cannot be changed.")
                              .arg(s.completedBy, displayDateTime(s.completedAt.toLocalTime())));
    else if (m_modified)
        m_status->setText(tr("Draft started by %1 — changes not saved yet").arg(s.authorName));
    else
        m_status->setText(tr("Draft started by %1").arg(s.authorName));
}

void AssessmentDialog::onEdited()
{
    if (m_readOnly || !m_form)
        return;
    setModified(true);
    updatePreview();
}

void AssessmentDialog::updatePreview()
{
    if (!m_form || m_record.summary.isCompleted())
        return;
    const Result<AssessmentResult> preview
        = m_assessments.evaluate(m_id, m_form->answers(), m_date->date());
    if (preview)
        m_panel->showResult(*m_template, preview.value(), AssessmentResultPanel::Mode::Preview);
    else
        m_panel->showMessage(preview.message());
}

void AssessmentDialog::setModified(bool modified)
{
    m_modified = modified;
    setWindowModified(modified);
    if (modified)
        m_error->hide();
    updateStatusLine();
}

QString AssessmentDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString AssessmentDialog::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void AssessmentDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool AssessmentDialog::saveDraft()
{
    if (m_readOnly || !m_form)
        return false;
    m_writing = true;
    const Status s = m_assessments.saveDraft(m_id, m_form->answers(), m_date->date());
    m_writing = false;
    if (!s) {
        showError(s.message());
        return false;
    }
    setModified(false);
    settleDraft();
    showError(QString());
    m_status->setText(tr("Draft saved at %1")
                          .arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm"))));
    return true;
}

bool AssessmentDialog::confirmCompletion()
{
    QMessageBox box(QMessageBox::Question, tr("Complete the assessment"),
                    tr("A completed assessment cannot be changed."),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("completeConfirmation"));
    box.setInformativeText(tr("The result is computed now from these answers and kept with "
                              "the parameters in force on the assessment date. Complete it?"));
    box.button(QMessageBox::Yes)->setText(tr("Complete"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

bool AssessmentDialog::complete()
{
    if (m_readOnly || !m_form)
        return false;
    const QMap<QString, QString> problems = Scoring::problems(*m_template, m_form->answers());
    if (!problems.isEmpty()) {
        m_form->showAllProblems();
        showError(tr("%n answer(s) need attention before the assessment can be completed; "
                     "each message is under its question.",
                     nullptr, int(problems.size())));
        focusQuestion(m_form->firstProblem());
        return false;
    }
    if (!confirmCompletion())
        return false;
    m_writing = true;
    const Result<AssessmentResult> result
        = m_assessments.complete(m_id, m_form->answers(), m_date->date());
    m_writing = false;
    if (!result) {
        showError(result.message());
        m_form->showAllProblems();
        focusQuestion(m_form->firstProblem());
        return false;
    }
    showError(QString());
    settleDraft();
    load();
    m_close->setFocus();
    return true;
}

void AssessmentDialog::focusQuestion(const QString &questionId)
{
    if (questionId.isEmpty() || !m_form)
        return;
    if (QWidget *box = m_form->questionBox(questionId))
        m_formArea->ensureWidgetVisible(box, 0, 40);
    if (AnswerEditor *editor = m_form->editor(questionId))
        editor->field()->setFocus(Qt::OtherFocusReason);
}

void AssessmentDialog::discardChanges()
{
    setModified(false);
    settleDraft();
}

void AssessmentDialog::forgetChanges()
{
    // The kept draft now holds them: it must outlive this form.
    m_draftUser = QUuid();
    setModified(false);
}

QString AssessmentDialog::draftKindOf(const QUuid &assessmentId)
{
    return QStringLiteral("assessment:") + assessmentId.toString(QUuid::WithoutBraces);
}

QByteArray AssessmentDialog::draftContent() const
{
    QJsonObject answers;
    if (m_form) {
        const Answers current = m_form->answers();
        for (auto it = current.cbegin(); it != current.cend(); ++it)
            answers.insert(it.key(), it.value());
    }
    return QJsonDocument(
               QJsonObject { { QStringLiteral("date"), m_date->date().toString(Qt::ISODate) },
                             { QStringLiteral("answers"), answers } })
        .toJson(QJsonDocument::Compact);
}

void AssessmentDialog::restoreKeptDraft()
{
    const auto session = m_store.session();
    if (!session || session->isLocal() || m_readOnly || !m_form)
        return;
    const QUuid user = session->user().id;
    const QUuid caseId = m_record.summary.caseId;
    const auto draft = Drafts::find(m_store, user, caseId, draftKind());
    if (!draft)
        return;
    const QJsonObject kept = QJsonDocument::fromJson(draft->content).object();
    if (kept.isEmpty()) {
        // Unreadable: keeping it would only bring it back again.
        Drafts::remove(m_store, user, caseId, draftKind());
        return;
    }
    Answers answers;
    const QJsonObject stored = kept.value(QLatin1String("answers")).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        answers.insert(it.key(), it.value());
    m_form->setAnswers(answers);
    const QDate date = QDate::fromString(kept.value(QLatin1String("date")).toString(), Qt::ISODate);
    if (date.isValid()) {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(date);
    }
    m_draftUser = user;
    setModified(true);
    updatePreview();
    m_banner->setText(tr("Your unsaved answers are back in the form. They were kept on %1, when "
                         "another worker signed in at this computer. Save them, or close without "
                         "saving if they are no longer needed.")
                          .arg(displayDateTime(QDateTime::fromMSecsSinceEpoch(draft->savedAtMs))));
    m_banner->show();
}

void AssessmentDialog::settleDraft()
{
    if (m_draftUser.isNull())
        return;
    Drafts::remove(m_store, m_draftUser, m_record.summary.caseId, draftKind());
    m_draftUser = QUuid();
    if (!m_record.summary.editedAfterCompletion)
        m_banner->hide();
}

void AssessmentDialog::onStoreChanged(const ChangeSet &changes)
{
    if (m_writing)
        return;
    const bool touched = changes.everything
        || ((changes.entities.contains(QStringLiteral("assessment"))
             || changes.entities.contains(QStringLiteral("assessment_answer")))
            && changes.scopeRoots.contains(m_record.summary.caseId));
    // What the person is typing is never overwritten; their save merges answer by answer.
    if (touched && !m_modified)
        load();
}

QMessageBox::StandardButton AssessmentDialog::askToSave()
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved answers"),
                    tr("The assessment has answers that are not saved yet."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedAssessmentPrompt"));
    box.setInformativeText(tr("Save them as a draft before closing?"));
    box.setDefaultButton(QMessageBox::Save);
    return QMessageBox::StandardButton(box.exec());
}

void AssessmentDialog::reject()
{
    if (m_modified && !m_readOnly) {
        switch (askToSave()) {
        case QMessageBox::Save:
            if (!saveDraft())
                return;
            break;
        case QMessageBox::Discard:
            discardChanges();
            break;
        default:
            return;
        }
    }
    QDialog::reject();
}

} // namespace casedesk
