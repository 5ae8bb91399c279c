#include "searchtext.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace casedesk {

namespace {

const QHash<QChar, QChar> &letterFolds()
{
    // Lower-case forms only: case folding runs first.
    static const QHash<QChar, QChar> folds = {
        { QChar(0x0451), QChar(0x0435) }, // ё → е
        { QChar(0x04d9), QChar(0x0430) }, // ә → а
        { QChar(0x0493), QChar(0x0433) }, // ғ → г
        { QChar(0x049b), QChar(0x043a) }, // қ → к
        { QChar(0x04a3), QChar(0x043d) }, // ң → н
        { QChar(0x04e9), QChar(0x043e) }, // ө → о
        { QChar(0x04b1), QChar(0x0443) }, // ұ → у
        { QChar(0x04af), QChar(0x0443) }, // ү → у
        { QChar(0x04bb), QChar(0x0445) }, // һ → х
        { QChar(0x0456), QChar(0x0438) }, // і → и
        { QChar(0x04e3), QChar(0x0438) }, // ӣ → и
        { QChar(0x04ef), QChar(0x0443) }, // ӯ → у
        { QChar(0x045e), QChar(0x0443) }, // ў → у
        { QChar(0x04b3), QChar(0x0445) }, // ҳ → х
        { QChar(0x04b7), QChar(0x0447) }, // ҷ → ч
    };
    return folds;
}

} // namespace

QString normalizeForSearch(const QString &text)
{
    // Composed first: ё or й typed or pasted as a letter plus a combining mark folds too.
    QString folded = text.normalized(QString::NormalizationForm_C).toCaseFolded();
    const QHash<QChar, QChar> &folds = letterFolds();
    for (QChar &c : folded) {
        const auto it = folds.constFind(c);
        if (it != folds.cend())
            c = *it;
    }
    return folded;
}

QString digitSuffixes(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(c);
    QStringList tails;
    for (int i = 0; i + 3 <= digits.size(); ++i)
        tails << digits.mid(i);
    return tails.join(QLatin1Char(' '));
}

QString caseNumberPrefix(const QString &userText)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Z][A-Z0-9]*-[0-9]{0,4}(-[0-9]{0,6})?$"));
    const QString text = userText.trimmed().toUpper();
    return pattern.match(text).hasMatch() ? text : QString();
}

QString buildMatchQuery(const QString &userText)
{
    const QString normalized = normalizeForSearch(userText);
    QStringList words;
    QString word;
    QString digits;
    bool onlyNumberish = true;
    for (const QChar c : normalized) {
        if (c.isLetterOrNumber()) {
            word.append(c);
            if (c.isDigit())
                digits.append(c);
            else
                onlyNumberish = false;
        } else {
            if (!word.isEmpty())
                words << word;
            word.clear();
            if (!QStringLiteral(" +-()./").contains(c))
                onlyNumberish = false;
        }
    }
    if (!word.isEmpty())
        words << word;
    if (words.isEmpty())
        return QString();
    // Words are letters and digits only, so quoting them is enough to keep FTS syntax out.
    QStringList terms;
    for (const QString &w : std::as_const(words))
        terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    QString query = terms.join(QLatin1Char(' '));
    // A phone or ID number typed with separators also matches as one run of digits.
    if (onlyNumberish && words.size() > 1 && digits.size() >= 3)
        query = QStringLiteral("(%1) OR \"%2\"*").arg(query, digits);
    return query;
}

} // namespace casedesk
