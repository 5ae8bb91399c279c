#include "assessmentlistmodel.h"

#include "recordstore.h"
#include "vocabulary.h"

#include <QColor>

namespace casedesk {

AssessmentListModel::AssessmentListModel(RecordStore &store, QObject *parent)
    : CaseFileTableModel(ColumnCount, parent), m_store(store)
{
    connect(&store, &RecordStore::changed, this, &AssessmentListModel::onStoreChanged);
    // Who is signed in decides what may be read (a sensitive case shows nothing).
    connect(&store, &RecordStore::sessionChanged, this, &AssessmentListModel::reload);
}

void AssessmentListModel::setCaseId(const QUuid &caseId)
{
    m_caseId = caseId;
    reload();
}

void AssessmentListModel::reload()
{
    beginResetModel();
    // Assessments is built here, not kept: templates the central desk issued since arrive too.
    m_items
        = m_caseId.isNull() ? QList<AssessmentSummary>() : Assessments(m_store).forCase(m_caseId);
    endResetModel();
}

void AssessmentListModel::onStoreChanged(const ChangeSet &changes)
{
    if (m_caseId.isNull())
        return;
    if (changes.everything) {
        reload();
        return;
    }
    const bool assessments = changes.entities.contains(QStringLiteral("assessment"))
        || changes.entities.contains(QStringLiteral("assessment_answer"));
    const bool templates = changes.entities.contains(QStringLiteral("assessment_template"));
    if ((assessments && changes.scopeRoots.contains(m_caseId)) || templates)
        reload();
}

int AssessmentListModel::rowOf(const QUuid &assessmentId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == assessmentId)
            return row;
    return -1;
}

QString AssessmentListModel::columnTitle(int column) const
{
    switch (column) {
    case Date:
        return tr("Date");
    case Template:
        return tr("Assessment");
    case Result:
        return tr("Result");
    case Author:
        return tr("Author");
    case Status:
        return tr("Status");
    }
    return QString();
}

QString AssessmentListModel::resultText(const AssessmentSummary &s)
{
    if (!s.isCompleted())
        return QString();
    if (s.isMeansTest)
        return outcomeText(s.outcome);
    if (s.hasLevel)
        return levelText(s.level);
    //: result of a completed profile, which has no level
    return tr("answers only");
}

namespace {

QString statusText(const AssessmentSummary &s)
{
    if (!s.isCompleted())
        return s.hasConflict ? AssessmentListModel::tr("Draft, in conflict")
                             : AssessmentListModel::tr("Draft");
    return s.editedAfterCompletion ? AssessmentListModel::tr("Completed — edited after completion")
                                   : AssessmentListModel::tr("Completed");
}

QVariant resultColour(const AssessmentSummary &s)
{
    if (!s.isCompleted())
        return QVariant();
    if (s.hasLevel && s.level == Level::Emergency)
        return QColor(0xb0, 0x00, 0x20);
    if (s.hasLevel && s.level == Level::Crisis)
        return QColor(0xa0, 0x5a, 0x00);
    if (s.isMeansTest && s.outcome == MeansTestOutcome::ReferToCommission)
        return QColor(0xa0, 0x5a, 0x00);
    return QVariant();
}

} // namespace

QVariant AssessmentListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return QVariant();
    const AssessmentSummary &s = m_items.at(index.row());
    switch (role) {
    case int(Role::AssessmentId):
        return s.id;
    case int(Role::TemplateId):
        return s.templateId;
    case int(Role::TemplateHash):
        return s.templateHash;
    case int(Role::IsCompleted):
        return s.isCompleted();
    case int(Role::EditedAfterCompletion):
        return s.editedAfterCompletion;
    case int(Role::AssessmentDate):
        return s.date;
    case Qt::ForegroundRole:
        if (index.column() == Result)
            return resultColour(s);
        if (index.column() == Status && s.editedAfterCompletion)
            return QColor(0xb0, 0x00, 0x20);
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Status && s.editedAfterCompletion)
            return tr("An answer was changed at another site after completion. The result "
                      "stays as it was computed.");
        if (index.column() == Status && s.isCompleted())
            return tr("Completed by %1 on %2")
                .arg(s.completedBy, displayDateTime(s.completedAt.toLocalTime()));
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case Date:
        return displayDate(s.date);
    case Template:
        //: assessment list: template title and its version
        return tr("%1, version %2").arg(s.title).arg(s.templateVersion);
    case Result:
        return resultText(s);
    case Author:
        return s.isCompleted() && !s.completedBy.isEmpty() ? s.completedBy : s.authorName;
    case Status:
        return statusText(s);
    }
    return QVariant();
}

} // namespace casedesk
