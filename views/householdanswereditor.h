#pragma once

#include "answerwidgets.h"

#include <QJsonArray>

class QTableWidget;

namespace casedesk {

// The means test's household: the members of the case's household (filled in when the
// assessment starts), each counted or not, with the reason when not.
class HouseholdAnswerEditor : public AnswerEditor
{
    Q_OBJECT

public:
    enum Column { Name, Relationship, Counted, Reason, ColumnCount };

    HouseholdAnswerEditor(const Question &question, QWidget *parent);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    void setReadOnly(bool readOnly) override;
    QWidget *field() const override;
    QTableWidget *table() const { return m_table; }

private:
    void fitHeight();

    QTableWidget *m_table;
    QJsonArray m_members; // as stored, so keys this editor does not show are kept
    bool m_setting = false;
};

} // namespace casedesk
