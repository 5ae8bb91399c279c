#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace casedesk {

// The client's consent to data processing: whether and when it was given, and with which
// agencies the case may be shared.
class ConsentForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentForm(QWidget *parent = nullptr);

    void setConsent(bool given, const QDate &date, const QString &scope);
    bool isGiven() const;
    // Invalid when consent was not given.
    QDate date() const;
    QString scope() const;

signals:
    void edited();

private:
    void updateEnabled();

    QCheckBox *m_given;
    QDateEdit *m_date;
    QLineEdit *m_scope;
};

} // namespace casedesk
