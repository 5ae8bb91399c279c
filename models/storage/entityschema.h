#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

enum class FieldType { Text, Integer, Bool, Uuid, Bytes };

struct FieldDef
{
    QString name;
    FieldType type = FieldType::Text;
};

// Fields that only make sense together; versioned, merged and resolved as one unit.
struct GroupDef
{
    QString name;
    QList<FieldDef> fields;
};

enum class ScopeRule {
    Reference, // travels everywhere: sites, users, agencies, templates
    Self, // the row is a scope root itself (a case)
    Case, // the row belongs to the case given when it is created
};

// One synced entity: its materialised table and its field groups.
struct EntityDef
{
    QString name;
    QString table;
    ScopeRule scope = ScopeRule::Case;
    QList<GroupDef> groups;

    const GroupDef *group(const QString &groupName) const;
    // The group holding a field, or nullptr.
    const GroupDef *groupOfField(const QString &field) const;
    const FieldDef *field(const QString &field) const;
    QStringList fieldNames() const;
};

// The group name used for deletion tombstones; never a real field group.
inline const QString &tombstoneGroup()
{
    static const QString name = QStringLiteral("_deleted");
    return name;
}

// Every synced entity, in the canonical order used by the digest.
class EntitySchema
{
public:
    static const QList<EntityDef> &all();
    static const EntityDef *find(const QString &name);
};

} // namespace casedesk
