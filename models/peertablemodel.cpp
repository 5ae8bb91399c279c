#include "peertablemodel.h"

#include "packageexport.h"
#include "recordstore.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace casedesk {

PeerTableModel::PeerTableModel(RecordStore &store, QObject *parent)
    : CaseFileTableModel(ColumnCount, parent), m_store(store)
{
}

void PeerTableModel::reload()
{
    QList<Row> rows;
    for (const PeerInfo &info : Peers::list(m_store)) {
        Row row;
        row.info = info;
        if (!info.isRevoked()) {
            const auto pending = PackageExport::pending(m_store, info);
            if (pending)
                row.pending = pending.value();
            else
                row.pendingError = pending.message();
        }
        rows.append(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PeerTableModel::rowOf(const QUuid &peer) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).info.site == peer)
            return row;
    return -1;
}

QString PeerTableModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("hub"))
        return tr("Central desk");
    if (kind == QLatin1String("office"))
        return tr("Office");
    return kind;
}

QString PeerTableModel::when(qint64 ms)
{
    return ms == 0 ? tr("never") : displayDateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

QString PeerTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Site");
    case Kind:
        return tr("Kind");
    case Fingerprint:
        return tr("Fingerprint");
    case LastIn:
        return tr("Last package in");
    case LastOut:
        return tr("Last package out");
    case Waiting:
        return tr("Changes waiting to go");
    case State:
        return tr("State");
    }
    return QString();
}

QVariant PeerTableModel::display(const Row &row, int column) const
{
    const PeerInfo &p = row.info;
    switch (column) {
    case Name:
        return p.code.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.code);
    case Kind:
        return kindLabel(p.kind);
    case Fingerprint:
        return p.fingerprint();
    case LastIn:
        return when(p.lastInAt);
    case LastOut:
        return when(p.lastOutAt);
    case Waiting:
        if (p.isRevoked())
            return QStringLiteral("—");
        return row.pending < 0 ? tr("unknown") : QLocale().toString(row.pending);
    case State:
        return p.isRevoked() ? tr("Revoked on %1").arg(when(p.revokedAt)) : tr("Active");
    }
    return QVariant();
}

QVariant PeerTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case int(Role::PeerId):
        return row.info.site;
    case int(Role::Revoked):
        return row.info.isRevoked();
    case int(Role::PendingCount):
        return row.pending;
    case Qt::TextAlignmentRole:
        if (index.column() == Waiting)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ForegroundRole:
        // A revoked peer stays listed for the record but should not look like one to use.
        if (row.info.isRevoked())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return QVariant();
    case Qt::FontRole:
        if (index.column() == Fingerprint)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Waiting && !row.pendingError.isEmpty())
            return row.pendingError;
        if (index.column() == State && row.info.isRevoked() && !row.info.revokeReason.isEmpty())
            return tr("Reason: %1").arg(row.info.revokeReason);
        return QVariant();
    default:
        return QVariant();
    }
}

} // namespace casedesk
