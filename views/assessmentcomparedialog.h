#pragma once

#include "assessments.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace casedesk {

// How a case moved since its previous assessment of the same template: each domain, the
// level or the means test, and the needs, before and after, better or worse.
class AssessmentCompareDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { What, Before, After, Change, ColumnCount };

    AssessmentCompareDialog(RecordStore &store, const QUuid &assessmentId,
                            QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Empty unless the comparison could not be made.
    QString errorText() const;

    static QString changeText(ComparisonRow::Change change);

private:
    Status fill(RecordStore &store, const QUuid &assessmentId);

    QLabel *m_intro;
    QLabel *m_error;
    QTableWidget *m_table;
};

} // namespace casedesk
