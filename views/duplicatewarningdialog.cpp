#include "duplicatewarningdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {

DuplicateWarningDialog::DuplicateWarningDialog(const QList<DuplicateCandidate> &candidates,
                                               QWidget *parent)
    : QDialog(parent), m_candidates(candidates)
{
    setObjectName(QStringLiteral("duplicateWarning"));
    setWindowTitle(tr("Possible duplicate"));
    auto *icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
    auto *text = new QLabel(
        tr("This person may already have a case file. Open the existing case instead of "
           "creating a second one, unless you are sure it is someone else."),
        this);
    text->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("candidateList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Case number"), tr("Name"), tr("Birth date"), tr("Why") });
    for (const DuplicateCandidate &c : candidates) {
        const auto birth = PartialDate::parse(c.birthDate, QDate(9999, 12, 31));
        auto *item = new QTreeWidgetItem(
            m_list,
            { c.caseNumber, c.personName, birth ? birth->toDisplay() : c.birthDate, c.reason });
        item->setData(0, Qt::UserRole, c.caseId);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(this);
    auto *open = buttons->addButton(tr("&Open existing case"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openExistingButton"));
    auto *create = buttons->addButton(tr("C&reate anyway"), QDialogButtonBox::DestructiveRole);
    create->setObjectName(QStringLiteral("createAnywayButton"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, [this] { finish(OpenExisting); });
    connect(create, &QPushButton::clicked, this, [this] { finish(CreateAnyway); });
    connect(cancel, &QPushButton::clicked, this, [this] { finish(Cancel); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { finish(OpenExisting); });

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 300);
}

QUuid DuplicateWarningDialog::chosenCase() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toUuid() : QUuid();
}

void DuplicateWarningDialog::finish(Choice choice)
{
    m_choice = choice;
    if (choice == Cancel)
        reject();
    else
        accept();
}

} // namespace casedesk
