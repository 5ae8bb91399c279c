#pragma once

#include "casefiles.h"
#include "casefiletablemodel.h"

namespace casedesk {

// The documents attached to a case (scans, letters) as the Documents tab lists them.
class DocumentModel : public CaseFileTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Size, Added, ColumnCount };
    enum class Role { DocumentId = Qt::UserRole, FileName, SizeBytes };

    explicit DocumentModel(QObject *parent = nullptr);

    void setDocuments(const QList<DocumentInfo> &documents);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_documents.size()); }
    QString columnTitle(int column) const override;

private:
    QList<DocumentInfo> m_documents;
};

} // namespace casedesk
