#include "skiprule.h"

#include <QJsonArray>

namespace casedesk {

struct SkipRule::Node
{
    enum class Kind { Or, And, Not, Answered, Compare, Includes } kind;
    QString op; // = != < <= > >=
    QString question;
    QJsonValue literal; // string, number or bool
    std::shared_ptr<const Node> left;
    std::shared_ptr<const Node> right;
};

namespace {

using Node = SkipRule::Node;
using NodePtr = std::shared_ptr<const Node>;

struct Token
{
    enum class Kind { Ident, Number, String, Op, Open, Close, End } kind;
    QString text;
    int position = 0;
};

bool isIdentChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() || c == QLatin1Char('_');
}

// Splits the rule into tokens; *error names the first character that fits no token.
QList<Token> tokenize(const QString &text, QString *error)
{
    QList<Token> tokens;
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            tokens.append({ c == QLatin1Char('(') ? Token::Kind::Open : Token::Kind::Close, c, i });
            ++i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int end = text.indexOf(c, i + 1);
            if (end < 0) {
                *error = SkipRule::tr("a quote opened at position %1 is not closed").arg(i + 1);
                return {};
            }
            tokens.append({ Token::Kind::String, text.mid(i + 1, end - i - 1), i });
            i = end + 1;
        } else if (c.isDigit()
                   || (c == QLatin1Char('-') && i + 1 < text.size() && text.at(i + 1).isDigit())) {
            int end = i + 1;
            while (end < text.size()
                   && (text.at(end).isDigit() || text.at(end) == QLatin1Char('.')))
                ++end;
            tokens.append({ Token::Kind::Number, text.mid(i, end - i), i });
            i = end;
        } else if (isIdentChar(c)) {
            int end = i;
            while (end < text.size() && isIdentChar(text.at(end)))
                ++end;
            tokens.append({ Token::Kind::Ident, text.mid(i, end - i), i });
            i = end;
        } else if (QStringLiteral("=!<>").contains(c)) {
            QString op(c);
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('='))
                op += QLatin1Char('=');
            if (op == QLatin1String("!")) {
                *error = SkipRule::tr("\"!\" at position %1 must be \"!=\"").arg(i + 1);
                return {};
            }
            tokens.append({ Token::Kind::Op, op, i });
            i += op.size();
        } else {
            *error = SkipRule::tr("unexpected \"%1\" at position %2").arg(c).arg(i + 1);
            return {};
        }
    }
    tokens.append({ Token::Kind::End, QString(), int(text.size()) });
    return tokens;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens) : m_tokens(std::move(tokens)) { }

    NodePtr parse(QString *error)
    {
        NodePtr root = parseOr();
        if (root && peek().kind != Token::Kind::End)
            fail(SkipRule::tr("unexpected \"%1\" at position %2")
                     .arg(peek().text)
                     .arg(peek().position + 1));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return root;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    bool isWord(const char *word) const
    {
        return peek().kind == Token::Kind::Ident && peek().text == QLatin1String(word);
    }
    NodePtr fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return nullptr;
    }
    QString where() const
    {
        return peek().kind == Token::Kind::End
            ? SkipRule::tr("at the end")
            : SkipRule::tr("at position %1").arg(peek().position + 1);
    }

    NodePtr binary(Node::Kind kind, NodePtr left, NodePtr right)
    {
        auto n = std::make_shared<Node>();
        n->kind = kind;
        n->left = std::move(left);
        n->right = std::move(right);
        return n;
    }

    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        while (left && isWord("or")) {
            ++m_pos;
            NodePtr right = parseAnd();
            if (!right)
                return nullptr;
            left = binary(Node::Kind::Or, left, right);
        }
        return left;
    }

    NodePtr parseAnd()
    {
        NodePtr left = parseNot();
        while (left && isWord("and")) {
            ++m_pos;
            NodePtr right = parseNot();
            if (!right)
                return nullptr;
            left = binary(Node::Kind::And, left, right);
        }
        return left;
    }

    NodePtr parseNot()
    {
        if (isWord("not")) {
            ++m_pos;
            NodePtr inner = parseNot();
            return inner ? binary(Node::Kind::Not, inner, nullptr) : nullptr;
        }
        return parsePrimary();
    }

    NodePtr parsePrimary()
    {
        if (peek().kind == Token::Kind::Open) {
            ++m_pos;
            NodePtr inner = parseOr();
            if (!inner)
                return nullptr;
            if (peek().kind != Token::Kind::Close)
                return fail(SkipRule::tr("a \")\" is missing %1").arg(where()));
            ++m_pos;
            return inner;
        }
        if (peek().kind != Token::Kind::Ident || isWord("and") || isWord("or"))
            return fail(SkipRule::tr("a question id is expected %1").arg(where()));
        auto n = std::make_shared<Node>();
        if (isWord("answered") && m_tokens.at(m_pos + 1).kind == Token::Kind::Open) {
            m_pos += 2;
            if (peek().kind != Token::Kind::Ident)
                return fail(SkipRule::tr("a question id is expected %1").arg(where()));
            n->kind = Node::Kind::Answered;
            n->question = peek().text;
            ++m_pos;
            if (peek().kind != Token::Kind::Close)
                return fail(SkipRule::tr("a \")\" is missing %1").arg(where()));
            ++m_pos;
            return n;
        }
        n->question = peek().text;
        ++m_pos;
        if (isWord("includes")) {
            n->kind = Node::Kind::Includes;
        } else if (peek().kind == Token::Kind::Op) {
            n->kind = Node::Kind::Compare;
            n->op = peek().text;
        } else {
            return fail(SkipRule::tr("a comparison (=, !=, <, <=, >, >=, includes) is expected %1")
                            .arg(where()));
        }
        ++m_pos;
        const Token &value = peek();
        if (value.kind == Token::Kind::String) {
            n->literal = value.text;
        } else if (value.kind == Token::Kind::Number) {
            bool ok = false;
            const double number = value.text.toDouble(&ok);
            if (!ok)
                return fail(SkipRule::tr("\"%1\" is not a number").arg(value.text));
            n->literal = number;
        } else if (value.kind == Token::Kind::Ident
                   && (value.text == QLatin1String("yes") || value.text == QLatin1String("no"))) {
            n->literal = value.text == QLatin1String("yes");
        } else {
            return fail(SkipRule::tr("a value (a number, yes, no or a quoted text) is expected %1")
                            .arg(where()));
        }
        if (n->kind == Node::Kind::Includes && !n->literal.isString())
            return fail(SkipRule::tr("includes needs a quoted option value %1").arg(where()));
        ++m_pos;
        return n;
    }

    QList<Token> m_tokens;
    int m_pos = 0;
    QString m_error;
};

bool isAnswered(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return false;
    if (v.isString())
        return !v.toString().isEmpty();
    if (v.isArray())
        return !v.toArray().isEmpty();
    return true;
}

bool compare(const QString &op, const QJsonValue &answer, const QJsonValue &literal)
{
    int order = 0;
    if (literal.isBool()) {
        if (!answer.isBool())
            return false;
        order = answer.toBool() == literal.toBool() ? 0 : 1;
        if (op != QLatin1String("=") && op != QLatin1String("!="))
            return false;
    } else if (literal.isDouble()) {
        if (!answer.isDouble())
            return false;
        const double a = answer.toDouble();
        const double b = literal.toDouble();
        order = a < b ? -1 : (a > b ? 1 : 0);
    } else {
        if (!answer.isString())
            return false;
        order = answer.toString().compare(literal.toString());
        order = order < 0 ? -1 : (order > 0 ? 1 : 0);
    }
    if (op == QLatin1String("="))
        return order == 0;
    if (op == QLatin1String("!="))
        return order != 0;
    if (op == QLatin1String("<"))
        return order < 0;
    if (op == QLatin1String("<="))
        return order <= 0;
    if (op == QLatin1String(">"))
        return order > 0;
    return order >= 0;
}

bool evaluate(const Node &n, const Answers &answers)
{
    switch (n.kind) {
    case Node::Kind::Or:
        return evaluate(*n.left, answers) || evaluate(*n.right, answers);
    case Node::Kind::And:
        return evaluate(*n.left, answers) && evaluate(*n.right, answers);
    case Node::Kind::Not:
        return !evaluate(*n.left, answers);
    case Node::Kind::Answered:
        return isAnswered(answers.value(n.question));
    case Node::Kind::Includes:
        return answers.value(n.question).toArray().contains(n.literal);
    case Node::Kind::Compare: {
        const QJsonValue answer = answers.value(n.question);
        return isAnswered(answer) && compare(n.op, answer, n.literal);
    }
    }
    return false;
}

void collect(const Node &n, QList<const Node *> *leaves)
{
    if (n.left)
        collect(*n.left, leaves);
    if (n.right)
        collect(*n.right, leaves);
    if (!n.left && !n.right)
        leaves->append(&n);
}

} // namespace

SkipRule::SkipRule() = default;
SkipRule::~SkipRule() = default;
SkipRule::SkipRule(const SkipRule &other) = default;
SkipRule &SkipRule::operator=(const SkipRule &other) = default;

Result<SkipRule> SkipRule::parse(const QString &text)
{
    SkipRule rule;
    rule.m_text = text.trimmed();
    if (rule.m_text.isEmpty())
        return rule;
    QString error;
    QList<Token> tokens = tokenize(rule.m_text, &error);
    if (!error.isEmpty())
        return Status::error(error);
    rule.m_root = Parser(std::move(tokens)).parse(&error);
    if (!rule.m_root)
        return Status::error(error);
    return rule;
}

QStringList SkipRule::references() const
{
    QStringList ids;
    if (!m_root)
        return ids;
    QList<const Node *> leaves;
    collect(*m_root, &leaves);
    for (const Node *leaf : leaves)
        if (!ids.contains(leaf->question))
            ids << leaf->question;
    return ids;
}

QList<SkipRule::Condition> SkipRule::conditions() const
{
    QList<Condition> list;
    if (!m_root)
        return list;
    QList<const Node *> leaves;
    collect(*m_root, &leaves);
    for (const Node *leaf : leaves) {
        Condition c;
        c.question = leaf->question;
        c.op = leaf->kind == Node::Kind::Includes ? QStringLiteral("includes")
            : leaf->kind == Node::Kind::Answered  ? QStringLiteral("answered")
                                                  : leaf->op;
        c.literal = leaf->literal;
        list << c;
    }
    return list;
}

bool SkipRule::holds(const Answers &answers) const
{
    return !m_root || evaluate(*m_root, answers);
}

} // namespace casedesk
