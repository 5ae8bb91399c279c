#pragma once

#include "conferences.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace casedesk {

// The meeting itself: date, time, place, chair, secretary, kind and subject. Shown in the new
// conference dialog and on the conference window's first tab.
class ConferenceDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConferenceDetailsForm(QWidget *parent = nullptr);

    void setDetails(const ConferenceDetails &details);
    ConferenceDetails details() const;
    void setReadOnly(bool readOnly);

signals:
    void edited();

private:
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLineEdit *m_place;
    QLineEdit *m_chair;
    QLineEdit *m_secretary;
    QComboBox *m_kind;
    QLineEdit *m_title;
};

} // namespace casedesk
