#pragma once

#include "assessmenttemplate.h"

#include <QJsonValue>
#include <QWidget>

namespace casedesk {

// The editor of one question's answer, made from the question's kind: a list, check boxes, a
// number, money or date field, yes/no, text, or the means test's household and income tables.
// The field a person types into is named "answer_<question id>", so tests and accessibility
// tools find it; value() is the answer in the template's terms (undefined when unanswered).
class AnswerEditor : public QWidget
{
    Q_OBJECT

public:
    // The editor for the question; the template gives the income kinds of a means test.
    static AnswerEditor *create(const Question &question, const AssessmentTemplate &t,
                                QWidget *parent);

    const Question &question() const { return m_question; }
    virtual QJsonValue value() const = 0;
    // Shows a stored answer without announcing it as an edit.
    virtual void setValue(const QJsonValue &value) = 0;
    // A completed assessment shows its answers with every field disabled.
    virtual void setReadOnly(bool readOnly) { setEnabled(!readOnly); }
    // The widget a label names and the focus goes to.
    virtual QWidget *field() const = 0;

signals:
    // The person changed the answer.
    void edited();

protected:
    AnswerEditor(const Question &question, QWidget *parent);
    // The object name of the field a person types into.
    QString fieldName() const;

private:
    Question m_question;
};

} // namespace casedesk
