#include "assessmentcomparedialog.h"

#include "templatecatalogue.h"
#include "vocabulary.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QColor changeColour(ComparisonRow::Change change)
{
    switch (change) {
    case ComparisonRow::Change::Better:
    case ComparisonRow::Change::Gone:
        return QColor(0x1b, 0x6e, 0x20);
    case ComparisonRow::Change::Worse:
    case ComparisonRow::Change::New:
        return QColor(0xb0, 0x00, 0x20);
    case ComparisonRow::Change::Same:
        break;
    }
    return QColor();
}

} // namespace

AssessmentCompareDialog::AssessmentCompareDialog(RecordStore &store, const QUuid &assessmentId,
                                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("assessmentCompareDialog"));
    setWindowTitle(tr("Compare with the previous assessment"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    if (Status s = fill(store, assessmentId); !s) {
        m_error->setText(s.message());
        m_error->show();
    }
    resize(860, 520);
}

QString AssessmentCompareDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString AssessmentCompareDialog::changeText(ComparisonRow::Change change)
{
    switch (change) {
    case ComparisonRow::Change::Better:
        return tr("Better");
    case ComparisonRow::Change::Worse:
        return tr("Worse");
    case ComparisonRow::Change::Same:
        return tr("Same");
    case ComparisonRow::Change::New:
        return tr("New need");
    case ComparisonRow::Change::Gone:
        return tr("No longer needed");
    }
    return QString();
}

Status AssessmentCompareDialog::fill(RecordStore &store, const QUuid &assessmentId)
{
    const Assessments assessments(store);
    const Result<AssessmentRecord> after = assessments.load(assessmentId);
    if (!after)
        return after.status();
    const std::optional<QUuid> previousId = assessments.previous(assessmentId);
    if (!previousId)
        return Status::error(tr("There is no earlier completed assessment of this kind to "
                                "compare with."));
    const Result<AssessmentRecord> before = assessments.load(*previousId);
    if (!before)
        return before.status();
    const AssessmentTemplate *t = assessments.catalogue().byHash(after->summary.templateHash);
    if (!t)
        return Status::error(tr("This site does not know the template of the assessment."));
    AssessmentResult afterResult = after->result;
    QString afterLabel = displayDate(after->summary.date);
    if (!after->summary.isCompleted()) {
        // A draft is compared by what completing it now would give.
        const Result<AssessmentResult> preview
            = assessments.evaluate(assessmentId, after->answers, after->summary.date);
        if (!preview)
            return preview.status();
        afterResult = preview.value();
        //: the date of a draft in the comparison header
        afterLabel = tr("%1, draft").arg(afterLabel);
    }
    m_intro->setText(tr("%1: the assessment of %2 against the one completed on %3.")
                         .arg(t->title.text(), afterLabel, displayDate(before->summary.date)));
    m_table->setHorizontalHeaderLabels({ tr("What"),
                                         tr("Before (%1)").arg(displayDate(before->summary.date)),
                                         tr("After (%1)").arg(afterLabel), tr("Change") });
    const QList<ComparisonRow> rows = Assessments::compare(*t, before->result, afterResult);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ComparisonRow &row = rows.at(r);
        auto *what = new QTableWidgetItem(row.label);
        what->setToolTip(row.label);
        m_table->setItem(r, What, what);
        m_table->setItem(r, Before, new QTableWidgetItem(row.before));
        m_table->setItem(r, After, new QTableWidgetItem(row.after));
        auto *change = new QTableWidgetItem(changeText(row.change));
        const QColor colour = changeColour(row.change);
        if (colour.isValid()) {
            change->setForeground(colour);
            QFont font = change->font();
            font.setBold(true);
            change->setFont(font);
        }
        m_table->setItem(r, Change, change);
    }
    return Status::ok();
}

} // namespace casedesk
