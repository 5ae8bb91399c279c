#include "duplicatespage.h"

#include "duplicatereviewmodel.h"
#include "tableview.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

DuplicatesPage::DuplicatesPage(RecordStore &store, QWidget *parent)
    : QWidget(parent), m_model(new DuplicateReviewModel(store, this))
{
    setObjectName(QStringLiteral("duplicatesPage"));
    auto *intro = new QLabel(tr("These persons have the same ID document as another person "
                                "recorded at a different site. Compare the records; nothing "
                                "is merged automatically."),
                             this);
    intro->setWordWrap(true);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("duplicateTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr("No possible duplicates are waiting for review."));
    auto *sides = new QHBoxLayout;
    sides->addWidget(makePanel(tr("Person"), QStringLiteral("A"), &m_a));
    sides->addWidget(makePanel(tr("Other person"), QStringLiteral("B"), &m_b));
    m_dismiss = new QPushButton(tr("&Not the same person"), this);
    m_dismiss->setObjectName(QStringLiteral("notSamePersonButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("duplicatesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(sides);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesPage::dismissCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DuplicatesPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DuplicatesPage::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DuplicatesPage::showCurrent);
    connect(m_a.open, &QPushButton::clicked, this, [this] {
        if (const int row = m_table->currentRow(); row >= 0)
            emit openCase(m_model->pairAt(row).a.caseId);
    });
    connect(m_b.open, &QPushButton::clicked, this, [this] {
        if (const int row = m_table->currentRow(); row >= 0)
            emit openCase(m_model->pairAt(row).b.caseId);
    });
    showCurrent();
}

QWidget *DuplicatesPage::makePanel(const QString &title, const QString &prefix, SidePanel *panel)
{
    auto *box = new QGroupBox(title, this);
    auto *form = new QFormLayout(box);
    auto label = [box](const QString &name) {
        auto *l = new QLabel(box);
        l->setObjectName(name);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    panel->name = label(QStringLiteral("name") + prefix);
    panel->birth = label(QStringLiteral("birth") + prefix);
    panel->id = label(QStringLiteral("idDocument") + prefix);
    panel->caseNumber = label(QStringLiteral("caseNumber") + prefix);
    panel->open = new QPushButton(tr("Open case"), box);
    panel->open->setObjectName(QStringLiteral("openCase") + prefix);
    form->addRow(tr("Name:"), panel->name);
    form->addRow(tr("Birth date:"), panel->birth);
    form->addRow(tr("ID document:"), panel->id);
    form->addRow(tr("Case:"), panel->caseNumber);
    form->addRow(QString(), panel->open);
    return box;
}

void DuplicatesPage::showSide(const SidePanel &panel, const DuplicateSide *side)
{
    panel.name->setText(side ? side->name : QString());
    panel.birth->setText(side ? side->birthDate : QString());
    //: ID document type and number
    panel.id->setText(side && !side->idNumber.isEmpty()
                          ? tr("%1 %2").arg(side->idType, side->idNumber)
                          : QString());
    panel.caseNumber->setText(side ? side->caseNumber : QString());
    panel.open->setEnabled(side && !side->caseId.isNull());
}

void DuplicatesPage::showCurrent()
{
    const int row = m_table->currentRow();
    const DuplicateRow *pair
        = row >= 0 && row < m_model->rowCount() ? &m_model->pairAt(row) : nullptr;
    showSide(m_a, pair ? &pair->a : nullptr);
    showSide(m_b, pair ? &pair->b : nullptr);
    m_dismiss->setEnabled(pair);
}

void DuplicatesPage::dismissCurrent()
{
    if (Status s = m_model->dismiss(m_table->currentRow()); !s) {
        m_error->setText(s.message());
        m_error->show();
        return;
    }
    m_error->hide();
    showCurrent();
}

QString DuplicatesPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace casedesk
