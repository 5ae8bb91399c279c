#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk::reporthtml {

// The pieces of HTML every printed document is made of; every value passes through esc().

QString esc(const QString &text);
// Escaped, with the line breaks a person typed kept.
QString escLines(const QString &text);
// A label in grey, before the value it names.
QString muted(const QString &text);
QString paragraph(const QString &text);
// A red box at the top of a document that is not final yet: a bold title and a line under it.
QString draftNotice(const QString &title, const QString &text);
// A table cell; an empty one holds a space, or the layout drops the margin after the table.
QString cell(const QString &html, const QString &attributes = QString());
QString row(const QStringList &cellsHtml);
// A ruled table; its header row repeats on every page the table continues on. widths are in
// percent of the page, one per column, or none.
QString table(const QStringList &headers, const QStringList &rows, const QList<int> &widths = {});

} // namespace casedesk::reporthtml
