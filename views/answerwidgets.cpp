#include "answerwidgets.h"

#include "answerinput.h"
#include "householdanswereditor.h"
#include "incomesanswereditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace casedesk {

AnswerEditor::AnswerEditor(const Question &question, QWidget *parent)
    : QWidget(parent), m_question(question)
{
    setObjectName(QStringLiteral("editor_") + question.id);
}

QString AnswerEditor::fieldName() const
{
    return QStringLiteral("answer_") + m_question.id;
}

namespace {

// One field in a row of its own, as wide as its content asks unless it should fill the row.
QHBoxLayout *rowLayout(QWidget *owner, QWidget *field, bool fill)
{
    auto *layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, fill ? 1 : 0);
    if (!fill)
        layout->addStretch(1);
    return layout;
}

class ChoiceEditor : public AnswerEditor
{
public:
    ChoiceEditor(const Question &q, QWidget *parent) : AnswerEditor(q, parent)
    {
        m_combo = new QComboBox(this);
        m_combo->setObjectName(fieldName());
        // The empty first entry is "not answered yet", so nothing is chosen by accident.
        m_combo->addItem(QString(), QString());
        for (const AnswerOption &o : q.options)
            m_combo->addItem(o.text.text(), o.value);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_combo->setMinimumContentsLength(12);
        rowLayout(this, m_combo, false);
        setFocusProxy(m_combo);
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { emit edited(); });
    }
    QJsonValue value() const override
    {
        const QString v = m_combo->currentData().toString();
        return v.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(v);
    }
    void setValue(const QJsonValue &value) override
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(value.toString())));
    }
    QWidget *field() const override { return m_combo; }

private:
    QComboBox *m_combo;
};

class MultiChoiceEditor : public AnswerEditor
{
public:
    MultiChoiceEditor(const Question &q, QWidget *parent) : AnswerEditor(q, parent)
    {
        m_box = new QWidget(this);
        m_box->setObjectName(fieldName());
        auto *checks = new QVBoxLayout(m_box);
        checks->setContentsMargins(0, 0, 0, 0);
        checks->setSpacing(2);
        for (const AnswerOption &o : q.options) {
            auto *check = new QCheckBox(o.text.text(), m_box);
            check->setObjectName(fieldName() + QLatin1Char('_') + o.value);
            check->setProperty("optionValue", o.value);
            checks->addWidget(check);
            m_checks << check;
            connect(check, &QCheckBox::toggled, this, [this] { emit edited(); });
        }
        rowLayout(this, m_box, true);
        if (!m_checks.isEmpty())
            setFocusProxy(m_checks.first());
    }
    QJsonValue value() const override
    {
        QJsonArray values;
        for (const QCheckBox *check : m_checks)
            if (check->isChecked())
                values << check->property("optionValue").toString();
        return values.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(values);
    }
    void setValue(const QJsonValue &value) override
    {
        const QJsonArray values = value.toArray();
        for (QCheckBox *check : std::as_const(m_checks)) {
            const QSignalBlocker blocker(check);
            check->setChecked(values.contains(check->property("optionValue").toString()));
        }
    }
    QWidget *field() const override { return m_checks.isEmpty() ? m_box : m_checks.first(); }

private:
    QWidget *m_box;
    QList<QCheckBox *> m_checks;
};

class YesNoEditor : public AnswerEditor
{
public:
    YesNoEditor(const Question &q, QWidget *parent) : AnswerEditor(q, parent)
    {
        m_combo = new QComboBox(this);
        m_combo->setObjectName(fieldName());
        m_combo->addItem(QString(), QVariant());
        m_combo->addItem(AnswerEditor::tr("Yes"), true);
        m_combo->addItem(AnswerEditor::tr("No"), false);
        m_combo->setMinimumContentsLength(8);
        rowLayout(this, m_combo, false);
        setFocusProxy(m_combo);
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { emit edited(); });
    }
    QJsonValue value() const override
    {
        const QVariant v = m_combo->currentData();
        return v.isValid() ? QJsonValue(v.toBool()) : QJsonValue(QJsonValue::Undefined);
    }
    void setValue(const QJsonValue &value) override
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(value.isBool() ? (value.toBool() ? 1 : 2) : 0);
    }
    QWidget *field() const override { return m_combo; }

private:
    QComboBox *m_combo;
};

// Number, money and date fields: a line of text parsed as the person types, since an empty
// field must stay distinguishable from zero.
class LineEditor : public AnswerEditor
{
public:
    LineEditor(const Question &q, QWidget *parent) : AnswerEditor(q, parent)
    {
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(fieldName());
        const bool fill = q.kind == AnswerKind::Text;
        if (!fill)
            m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22);
        if (q.kind == AnswerKind::Date)
            m_edit->setPlaceholderText(AnswerInput::datePattern().toLower());
        if (q.kind == AnswerKind::Number || q.kind == AnswerKind::Money)
            m_edit->setAlignment(Qt::AlignRight);
        rowLayout(this, m_edit, fill);
        setFocusProxy(m_edit);
        connect(m_edit, &QLineEdit::textChanged, this, [this] {
            if (!m_setting)
                emit edited();
        });
    }
    QJsonValue value() const override
    {
        const QString text = m_edit->text();
        switch (question().kind) {
        case AnswerKind::Number:
            return AnswerInput::numberValue(text);
        case AnswerKind::Money:
            return AnswerInput::moneyValue(text);
        case AnswerKind::Date:
            return AnswerInput::dateValue(text);
        default:
            return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
        }
    }
    void setValue(const QJsonValue &value) override
    {
        m_setting = true;
        setText(value);
        m_setting = false;
    }
    QWidget *field() const override { return m_edit; }

private:
    void setText(const QJsonValue &value)
    {
        switch (question().kind) {
        case AnswerKind::Number:
            m_edit->setText(AnswerInput::numberDisplay(value, question().decimals));
            break;
        case AnswerKind::Money:
            m_edit->setText(AnswerInput::moneyDisplay(value));
            break;
        case AnswerKind::Date:
            m_edit->setText(AnswerInput::dateDisplay(value));
            break;
        default:
            m_edit->setText(value.toString());
        }
    }

    QLineEdit *m_edit;
    bool m_setting = false;
};

class MultilineEditor : public AnswerEditor
{
public:
    MultilineEditor(const Question &q, QWidget *parent) : AnswerEditor(q, parent)
    {
        m_edit = new QPlainTextEdit(this);
        m_edit->setObjectName(fieldName());
        m_edit->setTabChangesFocus(true);
        m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
        rowLayout(this, m_edit, true);
        setFocusProxy(m_edit);
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_setting)
                emit edited();
        });
    }
    QJsonValue value() const override
    {
        const QString text = m_edit->toPlainText();
        return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    void setValue(const QJsonValue &value) override
    {
        m_setting = true;
        m_edit->setPlainText(value.toString());
        m_setting = false;
    }
    QWidget *field() const override { return m_edit; }

private:
    QPlainTextEdit *m_edit;
    bool m_setting = false;
};

} // namespace

AnswerEditor *AnswerEditor::create(const Question &question, const AssessmentTemplate &t,
                                   QWidget *parent)
{
    switch (question.kind) {
    case AnswerKind::Choice:
        return new ChoiceEditor(question, parent);
    case AnswerKind::MultiChoice:
        return new MultiChoiceEditor(question, parent);
    case AnswerKind::YesNo:
        return new YesNoEditor(question, parent);
    case AnswerKind::Number:
    case AnswerKind::Money:
    case AnswerKind::Date:
        return new LineEditor(question, parent);
    case AnswerKind::Text:
        if (question.multiline)
            return new MultilineEditor(question, parent);
        return new LineEditor(question, parent);
    case AnswerKind::Household:
        return new HouseholdAnswerEditor(question, parent);
    case AnswerKind::Incomes:
        return new IncomesAnswerEditor(question, t.meansTest, parent);
    }
    return new LineEditor(question, parent);
}

} // namespace casedesk
