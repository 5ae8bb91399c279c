#pragma once

#include <QCborValue>
#include <QCoreApplication>
#include <QString>

namespace casedesk {

// Names of entities and fields as people read them in the history, and their values as text.
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)

public:
    static QString entityLabel(const QString &entity);
    static QString fieldLabel(const QString &field);
    static bool isShownInHistory(const QString &field);
    static QString valueText(const QString &entity, const QString &field, const QCborValue &value);
};

} // namespace casedesk
