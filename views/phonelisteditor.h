#pragma once

#include "casefiles.h"

#include <QWidget>

class QVBoxLayout;

namespace casedesk {

// An editable list of a person's phone numbers: one row per phone (number, kind, remove),
// keeping each stored phone's id so an edit updates it instead of adding another.
class PhoneListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PhoneListEditor(QWidget *parent = nullptr);

    void setPhones(const QList<PhoneData> &phones);
    // The rows with a number; empty rows are left out.
    QList<PhoneData> phones() const;
    void setReadOnly(bool readOnly);

signals:
    void edited();

private:
    void addRow(const PhoneData &phone);
    void removeRow(QWidget *row);

    QVBoxLayout *m_rows;
    QList<QWidget *> m_rowWidgets;
};

} // namespace casedesk
