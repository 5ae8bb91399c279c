#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUuid>

namespace casedesk {

class RecordStore;
struct Conference;

// The minutes of a case conference on paper: the office and the conference, the attendance,
// each case discussed with what was shared, its risks and needs, the numbered decisions with
// their follow-up actions, and a signature line for every participant present.
class ConferenceMinutes
{
    Q_DECLARE_TR_FUNCTIONS(ConferenceMinutes)

public:
    enum class Audience {
        Reader, // the person printing: a sensitive case in detail only when they may see it
        Participants, // the approved paper every participant signs: a sensitive case by number
    };

    static ReportDocument build(const Conference &conference, Audience audience,
                                bool redacted = false);

    // What printing gives: approved minutes, unredacted, are the document kept at approval;
    // anything else is rendered from the records for the reader.
    static Result<ReportDocument> document(RecordStore &store, const QUuid &conferenceId,
                                           bool redacted = false);
    // The same as a PDF: approved minutes, unredacted, are the exact bytes kept at approval.
    static Result<QByteArray> pdf(RecordStore &store, const QUuid &conferenceId,
                                  bool redacted = false);

    // The document kept beside the PDF at approval, so a printer gets the same pages.
    static QByteArray encodeSource(const ReportDocument &document);
    static Result<ReportDocument> decodeSource(const QByteArray &bytes);
};

} // namespace casedesk
