#pragma once

#include <QDialog>
#include <QList>
#include <QString>

namespace casedesk {

// What happened to one package file of an import: what it brought, or why it was refused.
struct PackageImportOutcome
{
    enum class Verdict { Imported, Refused, NotTried };
    QString fileName;
    Verdict verdict = Verdict::NotTried;
    QString message;

    bool imported() const { return verdict == Verdict::Imported; }

    QString line() const { return fileName + QStringLiteral(": ") + message; }
};

// After importing one or several packages: one entry per file, refusals marked.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const QList<PackageImportOutcome> &outcomes,
                                 QWidget *parent = nullptr);
};

} // namespace casedesk
