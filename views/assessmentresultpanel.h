#pragma once

#include "assessmentresult.h"
#include "assessmenttemplate.h"

#include <QWidget>

class QLabel;

namespace casedesk {

// What an assessment found, beside its form: a live preview while a draft is filled in, or the
// result kept at completion. Domain scores and the overall level in their colours, the needs
// raised, the means test line by line, and the rule version and parameters that produced it.
class AssessmentResultPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Preview, Stored };

    explicit AssessmentResultPanel(QWidget *parent = nullptr);

    void showResult(const AssessmentTemplate &t, const AssessmentResult &result, Mode mode);
    // Instead of a result: why there is none.
    void showMessage(const QString &message);
    // Everything the panel shows, as plain text.
    QString text() const;

    // The colours of a level: none grey, crisis amber, emergency red.
    static QString levelHtml(Level level);

private:
    QString domainsHtml(const AssessmentTemplate &t, const AssessmentResult &result) const;
    QString needsHtml(const AssessmentTemplate &t, const AssessmentResult &result) const;
    QString meansTestHtml(const AssessmentTemplate &t, const AssessmentResult &result) const;
    QString rulesText(const AssessmentTemplate &t, const AssessmentResult &result) const;

    QLabel *m_heading;
    QLabel *m_overall;
    QLabel *m_domains;
    QLabel *m_needs;
    QLabel *m_meansTest;
    QLabel *m_outcome;
    QLabel *m_rules;
};

} // namespace casedesk
