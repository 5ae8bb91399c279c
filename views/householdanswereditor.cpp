#include "householdanswereditor.h"

#include "vocabulary.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

HouseholdAnswerEditor::HouseholdAnswerEditor(const Question &question, QWidget *parent)
    : AnswerEditor(question, parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(fieldName());
    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Relationship"), tr("Counted"), tr("Reason when not counted") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Typing into the reason cell starts editing it; space toggles "counted".
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    // Tab goes on to the next question; the arrows move between members.
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(Name, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Relationship, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Counted, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Reason, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    setFocusProxy(m_table);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_setting)
            emit edited();
    });
    fitHeight();
}

QWidget *HouseholdAnswerEditor::field() const
{
    return m_table;
}

void HouseholdAnswerEditor::setValue(const QJsonValue &value)
{
    m_setting = true;
    m_members = value.toArray();
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const QJsonObject m = m_members.at(row).toObject();
        auto *name = new QTableWidgetItem(m.value(QLatin1String("name")).toString());
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *relation = new QTableWidgetItem(Vocabulary::label(
            Vocabulary::relationships(), m.value(QLatin1String("relationship")).toString()));
        relation->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *counted = new QTableWidgetItem(tr("counted"));
        counted->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        counted->setCheckState(m.value(QLatin1String("counted")).toBool(true) ? Qt::Checked
                                                                              : Qt::Unchecked);
        auto *reason = new QTableWidgetItem(m.value(QLatin1String("reason")).toString());
        reason->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        reason->setToolTip(tr("For example: in military service, lives elsewhere"));
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Relationship, relation);
        m_table->setItem(row, Counted, counted);
        m_table->setItem(row, Reason, reason);
    }
    m_setting = false;
    fitHeight();
}

QJsonValue HouseholdAnswerEditor::value() const
{
    QJsonArray members;
    for (int row = 0; row < m_members.size() && row < m_table->rowCount(); ++row) {
        QJsonObject m = m_members.at(row).toObject();
        m.insert(QLatin1String("counted"),
                 m_table->item(row, Counted)->checkState() == Qt::Checked);
        m.insert(QLatin1String("reason"), m_table->item(row, Reason)->text().trimmed());
        members << m;
    }
    return members.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(members);
}

void HouseholdAnswerEditor::setReadOnly(bool readOnly)
{
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::AllEditTriggers);
    m_table->setEnabled(!readOnly);
}

void HouseholdAnswerEditor::fitHeight()
{
    // The form scrolls as a whole; a second scroll bar inside it would hide members.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(std::max(height, m_table->horizontalHeader()->sizeHint().height() * 2));
}

} // namespace casedesk
