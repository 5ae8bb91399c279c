#pragma once

#include <QtGlobal>

class QTextDocument;

namespace casedesk {

// Pagination of a QTextDocument splits a table row over two pages and leaves a heading alone at
// the foot of a page. apply() moves each such row or heading to the next page (a paginated
// document, after setPageSize()); the header rows of tables still repeat.
class PageBreaks
{
public:
    static void apply(QTextDocument &text);
    // How many units of the text's layout one pixel of its HTML (a padding, a border) takes:
    // the layout scales them from Qt's default resolution to its paint device.
    static qreal htmlPixel(const QTextDocument &text);
};

} // namespace casedesk
