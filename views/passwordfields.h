#pragma once

#include <QCoreApplication>

class QLineEdit;
class QWidget;

namespace casedesk {

// The two fields in which a new password is typed twice, in every dialog that sets one.
class PasswordFields
{
    Q_DECLARE_TR_FUNCTIONS(PasswordFields)

public:
    // A field that hides what is typed; the first one says the minimum length.
    static QLineEdit *create(const QString &objectName, bool first, QWidget *parent);
    // Empty when both hold the same text; otherwise the second is cleared and focused, and the
    // message says why.
    static QString mismatch(QLineEdit *password, QLineEdit *repeat);
};

} // namespace casedesk
