#pragma once

#include <QUuid>

namespace casedesk {

// A new row id: a UUID of version 7 (RFC 9562), the creation time in milliseconds in its first
// 48 bits, then 74 random bits. Ids stay unique across offices like any random UUID, and rows
// made about the same time sort next to each other in every index keyed by an id, so a package
// of new case files lands on a few index pages instead of pages all over a large file. The time
// in an id is never read back: a wrong clock gives ids that sort elsewhere, nothing more.
QUuid newRowId();

// The same with the time given, for tests.
QUuid newRowId(qint64 unixMs);

} // namespace casedesk
