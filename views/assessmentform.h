#pragma once

#include "assessmenttemplate.h"

#include <QWidget>

class QGroupBox;
class QLabel;

namespace casedesk {

class AnswerEditor;

// The questions of a template as a form: one group per section, each question with its label
// (bold and starred when required), help, editor and a red message under it. Skip rules are
// applied as the person answers: a question or section that is not asked is hidden.
class AssessmentForm : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentForm(const AssessmentTemplate &t, QWidget *parent = nullptr);

    const AssessmentTemplate &assessmentTemplate() const { return m_template; }
    Answers answers() const;
    // Fills the editors without counting it as an edit.
    void setAnswers(const Answers &answers);
    void setReadOnly(bool readOnly);
    // Shows the message of every shown question, answered or not (after "Complete" is refused).
    void showAllProblems();
    // The first shown question whose answer cannot be accepted, or an empty id.
    QString firstProblem() const;
    AnswerEditor *editor(const QString &questionId) const;
    // The widget holding a question's label, editor and message.
    QWidget *questionBox(const QString &questionId) const;
    // The editor of the first shown question.
    QWidget *firstField() const;

signals:
    void edited();

private:
    struct Entry
    {
        const Question *question = nullptr;
        QWidget *box = nullptr;
        AnswerEditor *editor = nullptr;
        QLabel *problem = nullptr;
        bool touched = false;
    };

    QGroupBox *addSection(const Section &section);
    Entry addQuestion(const Question &question, QWidget *parent);
    void onEdited(int index);
    void applySkipRules(const Answers &answers);
    void updateProblem(Entry &entry, const Answers &answers);
    void updateIncomeMembers();

    AssessmentTemplate m_template;
    QList<Entry> m_entries; // in document order
    QList<QGroupBox *> m_sections; // in the order of m_template.sections
    bool m_showAll = false;
};

} // namespace casedesk
