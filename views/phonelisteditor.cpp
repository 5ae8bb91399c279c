#include "phonelisteditor.h"

#include "vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {

const char *const PhoneIdProperty = "phoneId";

} // namespace

PhoneListEditor::PhoneListEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new QVBoxLayout;
    m_rows->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    auto *add = new QPushButton(tr("Add phone"), this);
    add->setObjectName(QStringLiteral("addPhoneButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(PhoneData());
        m_rowWidgets.last()->findChild<QLineEdit *>()->setFocus();
        emit edited();
    });
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(add);
    buttonRow->addStretch();
    layout->addLayout(buttonRow);
    addRow(PhoneData());
}

void PhoneListEditor::setPhones(const QList<PhoneData> &phones)
{
    while (!m_rowWidgets.isEmpty())
        delete m_rowWidgets.takeLast();
    for (const PhoneData &phone : phones)
        addRow(phone);
    // An empty row invites typing the first number.
    if (phones.isEmpty())
        addRow(PhoneData());
}

QList<PhoneData> PhoneListEditor::phones() const
{
    QList<PhoneData> list;
    for (QWidget *row : m_rowWidgets) {
        PhoneData phone;
        phone.id = row->property(PhoneIdProperty).toUuid();
        phone.number = row->findChild<QLineEdit *>()->text().trimmed();
        phone.kind = row->findChild<QComboBox *>()->currentData().toString();
        if (!phone.number.isEmpty())
            list << phone;
    }
    return list;
}

void PhoneListEditor::setReadOnly(bool readOnly)
{
    setEnabled(!readOnly);
}

void PhoneListEditor::addRow(const PhoneData &phone)
{
    auto *row = new QWidget(this);
    row->setProperty(PhoneIdProperty, phone.id);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *number = new QLineEdit(phone.number, row);
    number->setPlaceholderText(tr("+7 701 123 45 67"));
    number->setAccessibleName(tr("Phone number"));
    // Room for a full international number; a squeezed dialog must not hide it.
    number->setMinimumWidth(
        number->fontMetrics().horizontalAdvance(QStringLiteral("+998 90 123-45-67")) + 16);
    auto *kind = new QComboBox(row);
    kind->setAccessibleName(tr("Phone kind"));
    kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    kind->setMinimumContentsLength(8);
    for (const auto &item : Vocabulary::phoneKinds())
        kind->addItem(item.second, item.first);
    const int current = kind->findData(phone.kind);
    kind->setCurrentIndex(current >= 0 ? current : 0);
    auto *remove = new QToolButton(row);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this phone number"));
    layout->addWidget(number, 1);
    layout->addWidget(kind);
    layout->addWidget(remove);
    connect(number, &QLineEdit::textEdited, this, &PhoneListEditor::edited);
    connect(kind, &QComboBox::activated, this, &PhoneListEditor::edited);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        removeRow(row);
        emit edited();
    });
    m_rows->addWidget(row);
    m_rowWidgets << row;
}

void PhoneListEditor::removeRow(QWidget *row)
{
    m_rowWidgets.removeOne(row);
    row->hide();
    row->deleteLater();
    if (m_rowWidgets.isEmpty())
        addRow(PhoneData());
}

} // namespace casedesk
