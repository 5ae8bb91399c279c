#pragma once

#include "assessmenttemplate.h"

#include <QCoreApplication>
#include <QHash>

namespace casedesk {

class RecordStore;

// The templates a site knows: those shipped in resources/assessments/ and those the central desk
// issued (reference rows stored by content hash, which reach every office in the next package).
class TemplateCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCatalogue)

public:
    explicit TemplateCatalogue(const RecordStore &store);

    // Every version, by id then version.
    QList<AssessmentTemplate> all() const;
    const AssessmentTemplate *byHash(const QString &hash) const;
    // The version of a template in force on a date (the highest version whose effective date
    // has come), or nullptr.
    const AssessmentTemplate *current(const QString &templateId, const QDate &date) const;
    // One per template id: the versions in force on the date, for "New assessment".
    QList<const AssessmentTemplate *> available(const QDate &date) const;

    // The central desk issues a template: validated, stored by hash; refused at an office, for a
    // broken file, or when the id and version already exist with other content.
    static Result<QString> issue(RecordStore &store, const QByteArray &json);
    static QList<AssessmentTemplate> shipped();
    // A row id derived from the hash, so issuing the same bytes twice is one row.
    static QUuid rowIdFor(const QString &hash);

private:
    QList<AssessmentTemplate> m_templates;
    QHash<QString, int> m_byHash;
};

} // namespace casedesk
