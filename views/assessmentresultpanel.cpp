#include "assessmentresultpanel.h"

#include "meanstest.h"
#include "vocabulary.h"

#include <QLabel>
#include <QLocale>
#include <QTextDocument>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QLabel *panelLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString outcomeHtml(MeansTestOutcome outcome)
{
    const char *colour = "#1b5e20";
    if (outcome == MeansTestOutcome::NotEligible)
        colour = "#37474f";
    else if (outcome == MeansTestOutcome::ReferToCommission)
        colour = "#8a5300";
    else if (outcome == MeansTestOutcome::CannotCompute)
        colour = "#b00020";
    return QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>")
        .arg(QLatin1String(colour), esc(outcomeText(outcome)));
}

QString parameterName(const QString &name)
{
    if (name == QLatin1String("subsistence_minimum"))
        return AssessmentResultPanel::tr("subsistence minimum");
    if (name == QLatin1String("poverty_line_share"))
        return AssessmentResultPanel::tr("poverty line share");
    if (name == QLatin1String("housing_norm"))
        return AssessmentResultPanel::tr("housing norm");
    return name;
}

QString parameterValue(const ParameterUse &p)
{
    if (p.name == QLatin1String("subsistence_minimum"))
        return moneyText(p.value);
    if (p.name == QLatin1String("poverty_line_share"))
        return AssessmentResultPanel::tr("%1 %").arg(QLocale().toString(p.value / 10.0, 'f', 1));
    if (p.name == QLatin1String("housing_norm"))
        return AssessmentResultPanel::tr("%1 m²").arg(p.value);
    return QLocale().toString(p.value);
}

} // namespace

AssessmentResultPanel::AssessmentResultPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("assessmentResultPanel"));
    m_heading = panelLabel("resultHeading", this);
    m_overall = panelLabel("overallLevelLabel", this);
    m_domains = panelLabel("domainScoresLabel", this);
    m_needs = panelLabel("needsLabel", this);
    m_meansTest = panelLabel("meansTestLabel", this);
    m_outcome = panelLabel("outcomeLabel", this);
    m_rules = panelLabel("ruleVersionLabel", this);
    m_rules->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    for (QLabel *label :
         { m_heading, m_overall, m_domains, m_needs, m_meansTest, m_outcome, m_rules })
        layout->addWidget(label);
    layout->addStretch(1);
}

QString AssessmentResultPanel::levelHtml(Level level)
{
    switch (level) {
    case Level::Emergency:
        return QStringLiteral("<span style=\"background-color:#c62828; color:#ffffff; "
                              "font-weight:bold;\">&nbsp;%1&nbsp;</span>")
            .arg(esc(levelText(level)));
    case Level::Crisis:
        return QStringLiteral("<span style=\"background-color:#ffc046; color:#3e2700; "
                              "font-weight:bold;\">&nbsp;%1&nbsp;</span>")
            .arg(esc(levelText(level)));
    case Level::None:
        break;
    }
    return QStringLiteral("<span style=\"color:#757575;\">%1</span>").arg(esc(levelText(level)));
}

void AssessmentResultPanel::showMessage(const QString &message)
{
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(esc(tr("Result"))));
    m_overall->setText(esc(message));
    for (QLabel *label : { m_domains, m_needs, m_meansTest, m_outcome, m_rules })
        label->hide();
}

void AssessmentResultPanel::showResult(const AssessmentTemplate &t, const AssessmentResult &result,
                                       Mode mode)
{
    m_heading->setText(
        mode == Mode::Preview
            ? QStringLiteral("<b>%1</b><br><span style=\"color:#5f6368;\">%2</span>")
                  .arg(esc(tr("Preview")),
                       esc(tr("Changes as you answer. The result is kept when the assessment "
                              "is completed.")))
            : QStringLiteral("<b>%1</b>").arg(esc(tr("Result at completion"))));
    m_overall->setVisible(result.hasLevel);
    if (result.hasLevel)
        //: the overall level of an assessment, e.g. "Overall level: crisis"
        m_overall->setText(QStringLiteral("<span style=\"font-size:large;\">%1</span>")
                               .arg(tr("Overall level: %1 (total score %2)")
                                        .arg(levelHtml(result.level))
                                        .arg(result.total)));
    const QString domains = domainsHtml(t, result);
    m_domains->setText(domains);
    m_domains->setVisible(!domains.isEmpty());
    // A template that raises no needs (the means test) has nothing to say here.
    m_needs->setText(needsHtml(t, result));
    m_needs->setVisible(!t.needs.isEmpty());
    const bool meansTest = result.isMeansTest;
    m_meansTest->setVisible(meansTest);
    m_outcome->setVisible(meansTest);
    if (meansTest) {
        m_meansTest->setText(meansTestHtml(t, result));
        //: the result of a means test, e.g. "Result: eligible"
        m_outcome->setText(QStringLiteral("<span style=\"font-size:large;\">%1</span>")
                               .arg(tr("Result: %1").arg(outcomeHtml(result.meansTest.outcome))));
    }
    m_rules->setText(esc(rulesText(t, result)));
    m_rules->show();
}

QString AssessmentResultPanel::domainsHtml(const AssessmentTemplate &t,
                                           const AssessmentResult &result) const
{
    if (result.domains.isEmpty())
        return QString();
    QString html = QStringLiteral("<b>%1</b><table cellspacing=\"0\" cellpadding=\"3\">")
                       .arg(esc(tr("Domains")));
    for (const DomainScore &d : result.domains) {
        const Domain *domain = t.domain(d.domain);
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                    .arg(esc(domain ? domain->title.text() : d.domain))
                    .arg(d.score)
                    .arg(levelHtml(d.level));
    }
    return html + QStringLiteral("</table>");
}

QString AssessmentResultPanel::needsHtml(const AssessmentTemplate &t,
                                         const AssessmentResult &result) const
{
    QString html = QStringLiteral("<b>%1</b>").arg(esc(tr("Needs raised")));
    if (result.needs.isEmpty())
        return html + QStringLiteral("<br>") + esc(tr("None so far."));
    html += QStringLiteral("<ul>");
    for (const QString &id : result.needs) {
        const Need *need = t.need(id);
        html += QStringLiteral("<li>%1</li>").arg(esc(need ? need->text.text() : id));
    }
    return html + QStringLiteral("</ul>");
}

QString AssessmentResultPanel::meansTestHtml(const AssessmentTemplate &t,
                                             const AssessmentResult &result) const
{
    QString html = QStringLiteral("<b>%1</b><ol>").arg(esc(tr("Means test")));
    for (const QString &line : MeansTest::describe(result.meansTest, &t))
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    return html + QStringLiteral("</ol>");
}

QString AssessmentResultPanel::rulesText(const AssessmentTemplate &t,
                                         const AssessmentResult &result) const
{
    //: which rules produced a result: template title, its version, the computation rules
    QString text = tr("Rule version: template %1 version %2 (computation rules %3)")
                       .arg(t.title.text())
                       .arg(result.templateVersion ? result.templateVersion : t.version)
                       .arg(result.rulesVersion);
    for (const ParameterUse &p : result.parameters) {
        const QString source
            = p.source == QLatin1String("shipped") ? tr("shipped") : tr("central desk");
        //: a parameter a result used: name, value, in force from a date, where it came from
        text += tr("; %1 %2, from %3 (%4)")
                    .arg(parameterName(p.name), parameterValue(p), displayDate(p.effectiveFrom),
                         p.region.isEmpty() ? source : tr("%1, %2").arg(source, p.region));
    }
    return text + QLatin1Char('.');
}

QString AssessmentResultPanel::text() const
{
    QStringList parts;
    for (const QLabel *label :
         { m_heading, m_overall, m_domains, m_needs, m_meansTest, m_outcome, m_rules }) {
        if (label->isHidden())
            continue;
        QTextDocument document;
        document.setHtml(label->text());
        parts << document.toPlainText();
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace casedesk
