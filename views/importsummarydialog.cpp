#include "importsummarydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casedesk {

ImportSummaryDialog::ImportSummaryDialog(const QList<PackageImportOutcome> &outcomes,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import finished"));
    int imported = 0;
    QString html;
    for (const PackageImportOutcome &o : outcomes) {
        if (o.imported())
            ++imported;
        QString verdict = o.message.toHtmlEscaped();
        if (o.verdict == PackageImportOutcome::Verdict::Refused)
            verdict = QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                          .arg(tr("Refused: %1").arg(o.message).toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(o.fileName.toHtmlEscaped(), verdict);
    }
    const int refused = int(outcomes.size()) - imported;
    QString headline = tr("%n package(s) imported.", nullptr, imported);
    if (refused > 0)
        headline += QLatin1Char(' ') + tr("%n package(s) not imported.", nullptr, refused);
    auto *title = new QLabel(headline, this);
    title->setObjectName(QStringLiteral("importHeadline"));
    title->setWordWrap(true);
    auto *details = new QTextBrowser(this);
    details->setObjectName(QStringLiteral("importDetails"));
    details->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resize(620, outcomes.size() > 2 ? 420 : 300);
}

} // namespace casedesk
