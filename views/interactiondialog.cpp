#include "interactiondialog.h"

#include "vocabulary.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

InteractionDialog::InteractionDialog(CaseFiles &files, const QUuid &caseId, const QString &worker,
                                     QWidget *parent)
    : QDialog(parent), m_files(files), m_caseId(caseId)
{
    setWindowTitle(tr("Record interaction"));
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setObjectName(QStringLiteral("whenEdit"));
    m_when->setCalendarPopup(true);
    m_when->setMaximumDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const auto &item : Vocabulary::interactionKinds())
        m_kind->addItem(item.second, item.first);
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("workerCombo"));
    m_worker->setEditable(true);
    m_worker->setInsertPolicy(QComboBox::NoInsert);
    m_worker->addItems(files.workers());
    m_worker->setEditText(worker);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was discussed, agreed or observed"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InteractionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InteractionDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("W&orker:"), m_worker);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 360);
    m_note->setFocus();
}

QString InteractionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void InteractionDialog::accept()
{
    Interaction interaction;
    interaction.occurredAt = m_when->dateTime();
    interaction.kind = m_kind->currentData().toString();
    interaction.worker = m_worker->currentText().trimmed();
    interaction.note = m_note->toPlainText().trimmed();
    const auto recorded = m_files.recordInteraction(m_caseId, interaction);
    if (!recorded) {
        m_error->setText(recorded.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
