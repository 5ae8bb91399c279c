#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace casedesk {

// Binary sort keys for names in the order a reader of the locale expects (ICU, the collator
// QCollator uses on Linux). Keys are compared with memcmp, so an index over them stays valid
// whatever locale SQLite runs under; they live in a local table rebuilt when the locale changes.
class NameCollator
{
public:
    explicit NameCollator(const QString &localeName);
    ~NameCollator();
    NameCollator(const NameCollator &) = delete;
    NameCollator &operator=(const NameCollator &) = delete;

    QByteArray sortKey(const QString &text) const;
    const QString &localeName() const { return m_locale; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_locale;
};

} // namespace casedesk
