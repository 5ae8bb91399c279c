#include "passwordfields.h"

#include "passwords.h"

#include <QLineEdit>

namespace casedesk {

QLineEdit *PasswordFields::create(const QString &objectName, bool first, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    if (first)
        edit->setPlaceholderText(tr("at least %n characters", nullptr, Passwords::MinimumLength));
    return edit;
}

QString PasswordFields::mismatch(QLineEdit *password, QLineEdit *repeat)
{
    if (password->text() == repeat->text())
        return QString();
    repeat->clear();
    repeat->setFocus();
    return tr("The two passwords differ. Type the same password twice.");
}

} // namespace casedesk
