#include "templatecatalogue.h"

#include "permissions.h"
#include "recordstore.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace casedesk {

QList<AssessmentTemplate> TemplateCatalogue::shipped()
{
    static const QList<AssessmentTemplate> templates = [] {
        QList<AssessmentTemplate> list;
        const QDir dir(QStringLiteral(":/assessments"));
        for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
            if (name == QLatin1String("parameters.json"))
                continue;
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            Result<AssessmentTemplate> t = AssessmentTemplate::parse(file.readAll());
            if (t)
                list << t.value();
            else
                qWarning("Shipped assessment template %s refused: %s", qPrintable(name),
                         qPrintable(t.message()));
        }
        return list;
    }();
    return templates;
}

QUuid TemplateCatalogue::rowIdFor(const QString &hash)
{
    static const QUuid ns(QStringLiteral("{5b0d7c1e-2f51-4f4a-9d0e-0c6a3e1f7a11}"));
    return QUuid::createUuidV5(ns, hash);
}

TemplateCatalogue::TemplateCatalogue(const RecordStore &store)
{
    m_templates = shipped();
    Statement st = store.db().statement(
        "SELECT content FROM assessment_templates WHERE deleted=0 ORDER BY rid");
    while (st.step() == Statement::Step::Row) {
        Result<AssessmentTemplate> t = AssessmentTemplate::parse(st.text(0).toUtf8());
        if (t)
            m_templates << t.value();
    }
    st.reset();
    std::sort(m_templates.begin(), m_templates.end(),
              [](const AssessmentTemplate &a, const AssessmentTemplate &b) {
                  return a.id != b.id ? a.id < b.id : a.version < b.version;
              });
    for (int i = 0; i < m_templates.size(); ++i)
        m_byHash.insert(m_templates.at(i).hash, i);
}

QList<AssessmentTemplate> TemplateCatalogue::all() const
{
    QList<AssessmentTemplate> list;
    QSet<QString> seen;
    for (const AssessmentTemplate &t : m_templates)
        if (!seen.contains(t.hash)) {
            seen.insert(t.hash);
            list << t;
        }
    return list;
}

const AssessmentTemplate *TemplateCatalogue::byHash(const QString &hash) const
{
    const auto it = m_byHash.constFind(hash);
    return it == m_byHash.cend() ? nullptr : &m_templates.at(it.value());
}

const AssessmentTemplate *TemplateCatalogue::current(const QString &templateId,
                                                     const QDate &date) const
{
    const AssessmentTemplate *best = nullptr;
    for (const AssessmentTemplate &t : m_templates)
        if (t.id == templateId && t.effectiveFrom <= date && (!best || t.version > best->version))
            best = &t;
    return best;
}

QList<const AssessmentTemplate *> TemplateCatalogue::available(const QDate &date) const
{
    QList<const AssessmentTemplate *> list;
    QStringList ids;
    for (const AssessmentTemplate &t : m_templates)
        if (!ids.contains(t.id))
            ids << t.id;
    for (const QString &id : std::as_const(ids))
        if (const AssessmentTemplate *t = current(id, date))
            list << t;
    std::sort(list.begin(), list.end(),
              [](const AssessmentTemplate *a, const AssessmentTemplate *b) {
                  return a->title.text().localeAwareCompare(b->title.text()) < 0;
              });
    return list;
}

Result<QString> TemplateCatalogue::issue(RecordStore &store, const QByteArray &json)
{
    if (Status s = Access::require(store, Operation::ManageReferenceData); !s)
        return s;
    if (store.site().kind != QLatin1String("hub"))
        return Status::error(tr("Only the central desk issues assessment templates; they reach "
                                "offices in the next package."));
    Result<AssessmentTemplate> parsed = AssessmentTemplate::parse(json);
    if (!parsed)
        return parsed.status();
    const AssessmentTemplate &t = parsed.value();
    const TemplateCatalogue known(store);
    if (known.byHash(t.hash))
        return t.hash;
    for (const AssessmentTemplate &other : known.m_templates)
        if (other.id == t.id && other.version == t.version)
            return Status::error(tr("Version %1 of the template %2 already exists with other "
                                    "content; give the new one a higher version.")
                                     .arg(t.version)
                                     .arg(t.id));
    const QCborMap fields { { QStringLiteral("template_id"), t.id },
                            { QStringLiteral("template_version"), t.version },
                            { QStringLiteral("effective_from"),
                              t.effectiveFrom.toString(Qt::ISODate) },
                            { QStringLiteral("content_hash"), t.hash },
                            { QStringLiteral("content"), QString::fromUtf8(json) } };
    if (auto id
        = store.create(QStringLiteral("assessment_template"), QUuid(), fields, rowIdFor(t.hash));
        !id)
        return id.status();
    return t.hash;
}

} // namespace casedesk
