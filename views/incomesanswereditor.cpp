#include "incomesanswereditor.h"

#include "answerinput.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {

// The header sits in row 0 of the grid; incomes follow.
constexpr int FirstRow = 1;

QLabel *headerLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

IncomesAnswerEditor::IncomesAnswerEditor(const Question &question, const MeansTestRules &rules,
                                         QWidget *parent)
    : AnswerEditor(question, parent), m_rules(rules)
{
    m_box = new QWidget(this);
    m_box->setObjectName(fieldName());
    m_grid = new QGridLayout(m_box);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->addWidget(headerLabel(tr("Household member"), m_box), 0, 0);
    m_grid->addWidget(headerLabel(tr("Kind of income"), m_box), 0, 1);
    //: column of the incomes table: the amount received over the whole income period
    m_grid->addWidget(headerLabel(tr("Amount over the period"), m_box), 0, 2);
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(1, 3);
    m_empty = new QLabel(tr("No income is entered. Leave the table empty when the household had "
                            "no income in the period."),
                         this);
    m_empty->setObjectName(QStringLiteral("noIncomeLabel"));
    static_cast<QLabel *>(m_empty)->setWordWrap(true);
    m_add = new QPushButton(tr("Add &income"), this);
    m_add->setObjectName(QStringLiteral("addIncomeButton"));
    // Enter in an amount must not press a button of the form.
    m_add->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    setFocusProxy(m_add);
    connect(m_add, &QPushButton::clicked, this, &IncomesAnswerEditor::addIncome);
    rebuild(QJsonArray());
}

QWidget *IncomesAnswerEditor::field() const
{
    return m_rows.isEmpty() ? static_cast<QWidget *>(m_add) : m_rows.first().member;
}

void IncomesAnswerEditor::fillMembers(QComboBox *combo, const QString &person) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const QJsonValue &v : m_members) {
        const QJsonObject m = v.toObject();
        combo->addItem(m.value(QLatin1String("name")).toString(),
                       m.value(QLatin1String("person")).toString());
    }
    if (!person.isEmpty() && combo->findData(person) < 0)
        //: an income of a person who is no longer in the household list
        combo->addItem(tr("(not in the household)"), person);
    combo->setCurrentIndex(person.isEmpty() ? 0 : combo->findData(person));
}

void IncomesAnswerEditor::appendRow(const QJsonObject &income)
{
    const int index = int(m_rows.size());
    const QString suffix = QString::number(index);
    Row row;
    row.member = new QComboBox(m_box);
    row.member->setObjectName(QStringLiteral("income_member_") + suffix);
    fillMembers(row.member, income.value(QLatin1String("person")).toString());
    row.kind = new QComboBox(m_box);
    row.kind->setObjectName(QStringLiteral("income_kind_") + suffix);
    row.kind->addItem(QString(), QString());
    for (const IncomeKind &k : m_rules.incomeKinds)
        row.kind->addItem(k.counts ? k.text.text()
                                   //: an income kind that the means test leaves out
                                   : tr("%1 (does not count)").arg(k.text.text()),
                          k.id);
    row.kind->setCurrentIndex(
        std::max(0, row.kind->findData(income.value(QLatin1String("kind")).toString())));
    // Long kind names would push the row wider than the form; the open list shows them whole.
    for (QComboBox *combo : { row.member, row.kind }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == row.kind ? 18 : 12);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    row.amount = new QLineEdit(m_box);
    row.amount->setObjectName(QStringLiteral("income_amount_") + suffix);
    row.amount->setAlignment(Qt::AlignRight);
    row.amount->setFixedWidth(row.amount->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    const QJsonValue amount = income.value(QLatin1String("amount"));
    if (!amount.isUndefined())
        row.amount->setText(AnswerInput::moneyDisplay(amount));
    row.remove = new QPushButton(tr("Remove"), m_box);
    row.remove->setObjectName(QStringLiteral("income_remove_") + suffix);
    row.remove->setAutoDefault(false);
    row.remove->setVisible(!m_readOnly);
    const int gridRow = FirstRow + index;
    m_grid->addWidget(row.member, gridRow, 0);
    m_grid->addWidget(row.kind, gridRow, 1);
    m_grid->addWidget(row.amount, gridRow, 2);
    m_grid->addWidget(row.remove, gridRow, 3);
    for (QWidget *w : { static_cast<QWidget *>(row.member), static_cast<QWidget *>(row.kind),
                        static_cast<QWidget *>(row.amount), static_cast<QWidget *>(row.remove) })
        w->setEnabled(!m_readOnly);
    auto announce = [this] {
        if (!m_setting)
            emit edited();
    };
    connect(row.member, &QComboBox::currentIndexChanged, this, announce);
    connect(row.kind, &QComboBox::currentIndexChanged, this, announce);
    connect(row.amount, &QLineEdit::textChanged, this, announce);
    QPushButton *remove = row.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] { removeRow(remove); });
    m_rows << row;
}

void IncomesAnswerEditor::rebuild(const QJsonArray &incomes)
{
    m_setting = true;
    // A remove button may be the sender of the click being handled: deleted later, gone now.
    for (const Row &row : std::as_const(m_rows))
        for (QWidget *w :
             { static_cast<QWidget *>(row.member), static_cast<QWidget *>(row.kind),
               static_cast<QWidget *>(row.amount), static_cast<QWidget *>(row.remove) }) {
            m_grid->removeWidget(w);
            w->hide();
            w->setObjectName(QString());
            w->disconnect(this);
            w->deleteLater();
        }
    m_rows.clear();
    for (const QJsonValue &v : incomes)
        appendRow(v.toObject());
    m_setting = false;
    m_box->setVisible(!m_rows.isEmpty());
    m_empty->setVisible(m_rows.isEmpty());
    // Tab walks each row from member to amount before the next row.
    QWidget *previous = nullptr;
    for (const Row &row : std::as_const(m_rows))
        for (QWidget *w :
             { static_cast<QWidget *>(row.member), static_cast<QWidget *>(row.kind),
               static_cast<QWidget *>(row.amount), static_cast<QWidget *>(row.remove) }) {
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
    if (previous)
        setTabOrder(previous, m_add);
}

void IncomesAnswerEditor::setValue(const QJsonValue &value)
{
    rebuild(value.toArray());
}

QJsonValue IncomesAnswerEditor::value() const
{
    QJsonArray incomes;
    for (const Row &row : m_rows) {
        QJsonObject income { { QLatin1String("person"), row.member->currentData().toString() },
                             { QLatin1String("kind"), row.kind->currentData().toString() } };
        const QJsonValue amount = AnswerInput::moneyValue(row.amount->text());
        if (!amount.isUndefined())
            income.insert(QLatin1String("amount"), amount);
        incomes << income;
    }
    return incomes.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(incomes);
}

void IncomesAnswerEditor::setMembers(const QJsonArray &household)
{
    if (household == m_members)
        return;
    m_members = household;
    m_setting = true;
    for (const Row &row : std::as_const(m_rows))
        fillMembers(row.member, row.member->currentData().toString());
    m_setting = false;
}

void IncomesAnswerEditor::addIncome()
{
    const QJsonValue current = value();
    QJsonArray incomes = current.toArray();
    incomes << QJsonObject();
    rebuild(incomes);
    m_rows.last().member->setFocus();
    emit edited();
}

void IncomesAnswerEditor::removeRow(QPushButton *button)
{
    QJsonArray incomes = value().toArray();
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).remove == button) {
            incomes.removeAt(i);
            break;
        }
    rebuild(incomes);
    m_add->setFocus();
    emit edited();
}

void IncomesAnswerEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    for (const Row &row : std::as_const(m_rows))
        row.remove->setVisible(!readOnly);
    setEnabled(!readOnly);
}

} // namespace casedesk
