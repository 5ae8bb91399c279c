#pragma once

#include "assessments.h"
#include "casefiletablemodel.h"

namespace casedesk {

struct ChangeSet;

// The needs assessments of one case, newest first, as the Assessments tab lists them; read from
// the store when a case is set and again when a write or an import touches an assessment.
class AssessmentListModel : public CaseFileTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Template, Result, Author, Status, ColumnCount };
    enum class Role {
        AssessmentId = Qt::UserRole,
        TemplateId,
        TemplateHash,
        IsCompleted,
        EditedAfterCompletion,
        AssessmentDate,
    };

    explicit AssessmentListModel(RecordStore &store, QObject *parent = nullptr);

    void setCaseId(const QUuid &caseId);
    const QUuid &caseId() const { return m_caseId; }
    const AssessmentSummary &summary(int row) const { return m_items.at(row); }
    // The row of an assessment, or -1.
    int rowOf(const QUuid &assessmentId) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload();

    // "crisis" or "eligible" as the Result column shows it.
    static QString resultText(const AssessmentSummary &summary);

protected:
    int itemCount() const override { return int(m_items.size()); }
    QString columnTitle(int column) const override;

private:
    void onStoreChanged(const ChangeSet &changes);

    RecordStore &m_store;
    QUuid m_caseId;
    QList<AssessmentSummary> m_items;
};

} // namespace casedesk
