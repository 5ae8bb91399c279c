#include "documentmodel.h"

#include "vocabulary.h"

#include <QLocale>
#include <QMimeDatabase>

namespace casedesk {

DocumentModel::DocumentModel(QObject *parent) : CaseFileTableModel(ColumnCount, parent) { }

void DocumentModel::setDocuments(const QList<DocumentInfo> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

QString DocumentModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case Added:
        return tr("Added");
    }
    return QString();
}

QVariant DocumentModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return QVariant();
    const DocumentInfo &doc = m_documents.at(index.row());
    switch (role) {
    case int(Role::DocumentId):
        return doc.id;
    case int(Role::FileName):
        return doc.fileName;
    case int(Role::SizeBytes):
        return doc.sizeBytes;
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case Name:
        return doc.fileName;
    case Type: {
        // The MIME comment ("PDF document") reads better than "application/pdf".
        const QMimeType mime = QMimeDatabase().mimeTypeForName(doc.mimeType);
        return mime.isValid() && !mime.comment().isEmpty() ? mime.comment() : doc.mimeType;
    }
    case Size:
        return QLocale().formattedDataSize(doc.sizeBytes);
    case Added:
        return displayDateTime(doc.addedAt);
    }
    return QVariant();
}

} // namespace casedesk
