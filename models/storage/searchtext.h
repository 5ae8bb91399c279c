#pragma once

#include <QString>

namespace casedesk {

// One normalisation for indexed text and queries: case fold, ё→е, Kazakh, Kyrgyz, Tajik and
// Uzbek letters to their Russian neighbours; Latin stays as it is.
QString normalizeForSearch(const QString &text);

// Every tail of at least three digits, space separated, so "2345" finds "+7 701 234-56-78".
QString digitSuffixes(const QString &text);

// An FTS5 MATCH expression for what a person typed: every word a quoted prefix, all required.
// Returns an empty string when nothing searchable was typed.
QString buildMatchQuery(const QString &userText);

// The upper-case case-number prefix a person typed ("ast1-2026-00"), or an empty string when the
// text does not look like the start of a case number. Such searches use the case-number index.
QString caseNumberPrefix(const QString &userText);

} // namespace casedesk
