#include "newassessmentdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

NewAssessmentDialog::NewAssessmentDialog(const QList<const AssessmentTemplate *> &templates,
                                         QWidget *parent)
    : QDialog(parent), m_templates(templates)
{
    setObjectName(QStringLiteral("newAssessmentDialog"));
    setWindowTitle(tr("New assessment"));
    auto *intro = new QLabel(tr("&Which assessment?"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    intro->setBuddy(m_list);
    for (const AssessmentTemplate *t : std::as_const(m_templates)) {
        auto *item = new QListWidgetItem(t->title.text(), m_list);
        item->setData(Qt::UserRole, t->hash);
        item->setToolTip(t->label());
    }
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 5);
    auto *empty = new QLabel(tr("No assessment template is in force today. Templates come with "
                                "the program or from the central desk."),
                             this);
    empty->setWordWrap(true);
    empty->setVisible(m_templates.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_start = buttons->button(QDialogButtonBox::Ok);
    m_start->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &NewAssessmentDialog::showDescription);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_description);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    if (!m_templates.isEmpty())
        m_list->setCurrentRow(0);
    showDescription();
    m_list->setFocus();
    resize(560, 360);
}

void NewAssessmentDialog::showDescription()
{
    const int row = m_list->currentRow();
    m_start->setEnabled(row >= 0);
    if (row < 0 || row >= m_templates.size()) {
        m_description->clear();
        return;
    }
    const AssessmentTemplate *t = m_templates.at(row);
    const QString description = t->description.text();
    m_description->setText(
        description.isEmpty() ? t->label() : description + QStringLiteral("\n\n") + t->label());
}

QString NewAssessmentDialog::chosenHash() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool NewAssessmentDialog::choose(const QString &templateId)
{
    for (int row = 0; row < m_templates.size(); ++row)
        if (m_templates.at(row)->id == templateId) {
            m_list->setCurrentRow(row);
            return true;
        }
    return false;
}

} // namespace casedesk
