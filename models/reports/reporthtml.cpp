#include "reporthtml.h"

namespace casedesk::reporthtml {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString escLines(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

QString muted(const QString &text)
{
    return QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(text));
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString draftNotice(const QString &title, const QString &text)
{
    return QStringLiteral("<table width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"6\" "
                          "style=\"border-color: #b00000; border-style: solid;\"><tr><td>"
                          "<span style=\"color: #b00000; font-size: 13pt; font-weight: bold;\">"
                          "%1</span><br/>%2</td></tr></table>")
        .arg(esc(title), esc(text));
}

QString cell(const QString &html, const QString &attributes)
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes,
             html.isEmpty() ? QStringLiteral("&nbsp;") : html);
}

QString row(const QStringList &cellsHtml)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cellsHtml)
        html += cell(c);
    return html + QStringLiteral("</tr>");
}

QString table(const QStringList &headers, const QStringList &rows, const QList<int> &widths)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"4\" style=\"border-collapse: collapse; "
                                  "border-color: #808080; border-style: solid;\"><thead><tr>");
    for (int i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th%1>%2</th>")
                    .arg(i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i))
                                           : QString(),
                         esc(headers.at(i)));
    return html + QStringLiteral("</tr></thead><tbody>") + rows.join(QString())
        + QStringLiteral("</tbody></table>");
}

} // namespace casedesk::reporthtml
