#include "closuredialog.h"

#include "answerinput.h"
#include "caseclosure.h"
#include "permissions.h"
#include "planvocabulary.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

ClosureDialog::ClosureDialog(CaseFiles &files, const CaseFileData &data, Mode mode, QWidget *parent)
    : QDialog(parent), m_files(files), m_caseId(data.id), m_mode(mode)
{
    setObjectName(QStringLiteral("closureDialog"));
    //: heading of the closure dialogs: case number and client
    auto *heading = new QLabel(data.restricted || data.client.fullName().isEmpty()
                                   ? tr("Case %1").arg(data.number)
                                   : tr("Case %1 — %2").arg(data.number, data.client.fullName()),
                               this);
    heading->setObjectName(QStringLiteral("closureHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("closureNotice"));
    m_notice->setWordWrap(true);
    m_notice->setMargin(6);
    // Yellow and dark text stay readable in light and dark themes alike.
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff3b0; color: #3d3000; "
                                           "border: 1px solid #e0c040; border-radius: 3px; }"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("closureError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClosureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(mode == Mode::Close ? buildClose(data, ok) : buildReopen(data, ok));
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    (m_reason ? static_cast<QWidget *>(m_reason) : m_notes)->setFocus();
    resize(std::max(520, sizeHint().width()), sizeHint().height());
}

QComboBox *ClosureDialog::vocabularyCombo(const char *name,
                                          const QList<QPair<QString, QString>> &items)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(name));
    //: the empty first entry of a list the person must choose from
    combo->addItem(tr("Choose…"), QString());
    for (const auto &item : items)
        combo->addItem(item.second, item.first);
    return combo;
}

QFormLayout *ClosureDialog::buildClose(const CaseFileData &data, QPushButton *ok)
{
    setWindowTitle(tr("Close case"));
    m_needsSignOff = !Access::require(m_files.store(), Operation::SignOff).isOk();
    m_reason = vocabularyCombo("closureReasonCombo", PlanVocabulary::closureReasons());
    m_outcome = vocabularyCombo("closureOutcomeCombo", PlanVocabulary::closureOutcomes());
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("closingNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was achieved and what the client was told; required "
                                   "when the reason is \"Other\""));
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    const QDate today = QDate::currentDate();
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("closureDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(AnswerInput::datePattern());
    m_date->setMaximumDate(today);
    if (data.openedDate.isValid() && data.openedDate <= today)
        m_date->setMinimumDate(data.openedDate);
    m_notice->setText(m_needsSignOff
                          ? tr("A supervisor signs the closure off. Until then the case waits "
                               "as \"closing\" and cannot be changed; \"Reopen…\" withdraws "
                               "the closure.")
                          : tr("You may sign closures off, so the case is closed at once. It "
                               "can be reopened later."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("Closing &notes:"), m_notes);
    form->addRow(tr("Closed &on:"), m_date);
    ok->setText(m_needsSignOff ? tr("&Request closure") : tr("&Close case"));
    return form;
}

QFormLayout *ClosureDialog::buildReopen(const CaseFileData &data, QPushButton *ok)
{
    const bool waiting = data.status == QLatin1String("closure_requested");
    setWindowTitle(waiting ? tr("Withdraw closure") : tr("Reopen case"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("reopenReasonEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(waiting ? tr("Why the case stays open (required)")
                                        : tr("Why the case is opened again (required)"));
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    const QDate today = QDate::currentDate();
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("reopenDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(AnswerInput::datePattern());
    m_date->setMaximumDate(today);
    if (data.closedDate.isValid() && data.closedDate <= today)
        m_date->setMinimumDate(data.closedDate);
    const QString reason = Vocabulary::label(PlanVocabulary::closureReasons(), data.closureReason);
    m_notice->setText(
        waiting ? tr("The closure waiting for a supervisor's sign-off is withdrawn; the case is "
                     "open again.")
                //: the last closure of a case being reopened: day and reason
                : tr("Closed on %1 (%2). The closure stays in the case's history.")
                      .arg(displayDate(data.closedDate),
                           reason.isEmpty() ? data.closureReason : reason));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Reason:"), m_notes);
    form->addRow(waiting ? tr("&Withdrawn on:") : tr("Reopened &on:"), m_date);
    ok->setText(waiting ? tr("&Withdraw closure") : tr("&Reopen case"));
    return form;
}

QString ClosureDialog::noticeText() const
{
    return m_notice->text();
}

QString ClosureDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ClosureDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ClosureDialog::accept()
{
    CaseClosure closure(m_files.store());
    const Status s = m_mode == Mode::Close
        ? closure.close(m_caseId, m_reason->currentData().toString(),
                        m_outcome->currentData().toString(), m_notes->toPlainText().trimmed(),
                        m_date->date())
        : closure.reopen(m_caseId, m_notes->toPlainText().trimmed(), m_date->date());
    if (!s) {
        showError(s.message());
        return;
    }
    QDialog::accept();
}

bool ClosureDialog::run(CaseFiles &files, const QUuid &caseId, Mode mode, QWidget *parent)
{
    const Result<CaseFileData> data = files.load(caseId);
    if (!data) {
        QMessageBox::warning(parent, mode == Mode::Close ? tr("Close case") : tr("Reopen case"),
                             data.message());
        return false;
    }
    ClosureDialog dialog(files, data.value(), mode, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool ClosureDialog::closeCase(CaseFiles &files, const QUuid &caseId, QWidget *parent)
{
    return run(files, caseId, Mode::Close, parent);
}

bool ClosureDialog::reopenCase(CaseFiles &files, const QUuid &caseId, QWidget *parent)
{
    return run(files, caseId, Mode::Reopen, parent);
}

} // namespace casedesk
