#pragma once

#include <QPushButton>

namespace casedesk {

// A push button with an object name, so tests and the accessibility tree can find it.
inline QPushButton *namedButton(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace casedesk
