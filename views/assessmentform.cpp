#include "assessmentform.h"

#include "answerwidgets.h"
#include "incomesanswereditor.h"
#include "scoring.h"

#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    return label;
}

} // namespace

AssessmentForm::AssessmentForm(const AssessmentTemplate &t, QWidget *parent)
    : QWidget(parent), m_template(t)
{
    setObjectName(QStringLiteral("assessmentForm"));
    auto *layout = new QVBoxLayout(this);
    for (const Section &section : std::as_const(m_template.sections)) {
        QGroupBox *box = addSection(section);
        layout->addWidget(box);
        m_sections << box;
    }
    layout->addStretch(1);
    applySkipRules(Answers());
}

QGroupBox *AssessmentForm::addSection(const Section &section)
{
    auto *box = new QGroupBox(section.title.text(), this);
    box->setObjectName(QStringLiteral("section_") + section.id);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(4);
    if (!section.help.isEmpty())
        layout->addWidget(helpLabel(section.help.text(), box));
    for (const Question &q : section.questions) {
        Entry entry = addQuestion(q, box);
        layout->addWidget(entry.box);
        const int index = int(m_entries.size());
        connect(entry.editor, &AnswerEditor::edited, this, [this, index] { onEdited(index); });
        m_entries << entry;
    }
    return box;
}

AssessmentForm::Entry AssessmentForm::addQuestion(const Question &q, QWidget *parent)
{
    Entry entry;
    entry.question = m_template.question(q.id);
    entry.box = new QWidget(parent);
    entry.box->setObjectName(QStringLiteral("question_") + q.id);
    auto *layout = new QVBoxLayout(entry.box);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(3);
    //: a required question: its text and a star
    auto *label = new QLabel(q.required ? tr("%1 *").arg(q.text.text()) : q.text.text(), entry.box);
    label->setObjectName(QStringLiteral("label_") + q.id);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (q.required) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setToolTip(tr("An answer is required to complete the assessment."));
    }
    layout->addWidget(label);
    if (!q.help.isEmpty())
        layout->addWidget(helpLabel(q.help.text(), entry.box));
    entry.editor = AnswerEditor::create(*entry.question, m_template, entry.box);
    label->setBuddy(entry.editor->field());
    layout->addWidget(entry.editor);
    entry.problem = new QLabel(entry.box);
    entry.problem->setObjectName(QStringLiteral("problem_") + q.id);
    entry.problem->setWordWrap(true);
    entry.problem->setTextFormat(Qt::PlainText);
    entry.problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    entry.problem->hide();
    layout->addWidget(entry.problem);
    return entry;
}

Answers AssessmentForm::answers() const
{
    Answers answers;
    for (const Entry &e : m_entries) {
        const QJsonValue v = e.editor->value();
        if (!v.isUndefined() && !v.isNull())
            answers.insert(e.question->id, v);
    }
    return answers;
}

void AssessmentForm::setAnswers(const Answers &answers)
{
    for (Entry &e : m_entries) {
        e.editor->setValue(answers.value(e.question->id));
        e.touched = false;
    }
    updateIncomeMembers();
    const Answers current = this->answers();
    applySkipRules(current);
    for (Entry &e : m_entries)
        updateProblem(e, current);
}

void AssessmentForm::setReadOnly(bool readOnly)
{
    for (const Entry &e : std::as_const(m_entries))
        e.editor->setReadOnly(readOnly);
    if (readOnly) {
        m_showAll = false;
        for (const Entry &e : std::as_const(m_entries))
            e.problem->hide();
    }
}

void AssessmentForm::onEdited(int index)
{
    Entry &entry = m_entries[index];
    entry.touched = true;
    if (entry.question->kind == AnswerKind::Household)
        updateIncomeMembers();
    const Answers current = answers();
    applySkipRules(current);
    // Hiding or showing a question changes no other answer's message, so only this one moves.
    updateProblem(entry, current);
    emit edited();
}

void AssessmentForm::applySkipRules(const Answers &answers)
{
    const Answers effective = Scoring::effectiveAnswers(m_template, answers);
    for (int s = 0; s < m_sections.size(); ++s)
        m_sections.at(s)->setVisible(m_template.sections.at(s).showIf.holds(effective));
    for (Entry &e : m_entries) {
        const bool shown = Scoring::isShown(m_template, e.question->id, answers);
        if (e.box->isHidden() == shown)
            e.box->setVisible(shown);
        if (!shown)
            e.problem->hide();
        else if (m_showAll)
            updateProblem(e, answers);
    }
}

void AssessmentForm::updateProblem(Entry &entry, const Answers &answers)
{
    const bool shown = Scoring::isShown(m_template, entry.question->id, answers);
    const QString message = shown && (entry.touched || m_showAll)
        ? Scoring::problem(*entry.question, answers.value(entry.question->id))
        : QString();
    entry.problem->setText(message);
    entry.problem->setVisible(!message.isEmpty());
}

void AssessmentForm::showAllProblems()
{
    m_showAll = true;
    const Answers current = answers();
    for (Entry &e : m_entries)
        updateProblem(e, current);
}

QString AssessmentForm::firstProblem() const
{
    const QMap<QString, QString> problems = Scoring::problems(m_template, answers());
    for (const Entry &e : m_entries)
        if (problems.contains(e.question->id))
            return e.question->id;
    return QString();
}

AnswerEditor *AssessmentForm::editor(const QString &questionId) const
{
    for (const Entry &e : m_entries)
        if (e.question->id == questionId)
            return e.editor;
    return nullptr;
}

QWidget *AssessmentForm::questionBox(const QString &questionId) const
{
    for (const Entry &e : m_entries)
        if (e.question->id == questionId)
            return e.box;
    return nullptr;
}

QWidget *AssessmentForm::firstField() const
{
    const Answers current = answers();
    for (const Entry &e : m_entries)
        if (Scoring::isShown(m_template, e.question->id, current))
            return e.editor->field();
    return nullptr;
}

void AssessmentForm::updateIncomeMembers()
{
    const QString household = m_template.meansTest.householdQuestion;
    const QString incomes = m_template.meansTest.incomesQuestion;
    if (household.isEmpty() || incomes.isEmpty())
        return;
    auto *from = editor(household);
    auto *to = qobject_cast<IncomesAnswerEditor *>(editor(incomes));
    if (from && to)
        to->setMembers(from->value().toArray());
}

} // namespace casedesk
