#pragma once

#include "answerwidgets.h"

#include <QJsonArray>

class QComboBox;
class QGridLayout;
class QLineEdit;
class QPushButton;

namespace casedesk {

// The means test's incomes: one row per income of a household member, with its kind and the
// amount over the whole income period; kinds that do not count are marked so in the list.
class IncomesAnswerEditor : public AnswerEditor
{
    Q_OBJECT

public:
    IncomesAnswerEditor(const Question &question, const MeansTestRules &rules, QWidget *parent);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    void setReadOnly(bool readOnly) override;
    QWidget *field() const override;
    // The household answer: who an income may belong to.
    void setMembers(const QJsonArray &household);
    int incomeCount() const { return int(m_rows.size()); }
    // Adds an empty row and puts the focus in it.
    void addIncome();

private:
    struct Row
    {
        QComboBox *member = nullptr;
        QComboBox *kind = nullptr;
        QLineEdit *amount = nullptr;
        QPushButton *remove = nullptr;
    };

    void appendRow(const QJsonObject &income);
    void removeRow(QPushButton *button);
    void fillMembers(QComboBox *combo, const QString &person) const;
    void rebuild(const QJsonArray &incomes);

    MeansTestRules m_rules;
    QJsonArray m_members;
    QWidget *m_box;
    QGridLayout *m_grid;
    QList<Row> m_rows;
    QPushButton *m_add;
    QWidget *m_empty;
    bool m_readOnly = false;
    bool m_setting = false;
};

} // namespace casedesk
