#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace casedesk {

// The answers of one assessment: question id → value (docs/assessment-templates.md, "Answers").
using Answers = QMap<QString, QJsonValue>;

// A show-if condition of a question or section, in the small language of
// docs/assessment-templates.md: comparisons, `includes`, `answered(q)`, and/or/not, brackets.
class SkipRule
{
    Q_DECLARE_TR_FUNCTIONS(SkipRule)

public:
    struct Node;

    SkipRule();
    ~SkipRule();
    SkipRule(const SkipRule &other);
    SkipRule &operator=(const SkipRule &other);

    // An empty text is the rule that always holds.
    static Result<SkipRule> parse(const QString &text);

    bool isEmpty() const { return !m_root; }
    const QString &text() const { return m_text; }
    // The question ids the rule reads.
    QStringList references() const;
    // Each comparison of the rule, for checking it against the questions it names.
    struct Condition
    {
        QString question;
        QString op; // = != < <= > >= includes answered
        QJsonValue literal;
    };
    QList<Condition> conditions() const;
    // True when the rule holds for the answers; a question without an answer makes every
    // comparison with it false.
    bool holds(const Answers &answers) const;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace casedesk
