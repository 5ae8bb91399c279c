#pragma once

#include <QString>

namespace casedesk {

// A printable document before layout: its title, the office line printed at the top of every
// page, and the body as HTML (every value escaped). Rendered by ReportPrinter for the screen,
// the printer and PDF alike.
struct ReportDocument
{
    QString title;
    QString header; // "Office name · Case 2026-0042 · printed 01.12.2026"
    QString html;
};

} // namespace casedesk
