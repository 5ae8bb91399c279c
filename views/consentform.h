#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace casedesk {

class RecordStore;

// The client's consent to data processing: whether and when it was given, and with which
// CaseDesk sites and partner agencies (partners()) the case may be shared or referred to.
class ConsentForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentForm(QWidget *parent = nullptr);

    // The sites the worker can tick, id and name.
    void setKnownSites(const QList<QPair<QUuid, QString>> &sites);
    // The other CaseDesk sites and the partner agencies, as setKnownSites() wants them.
    static QList<QPair<QUuid, QString>> partners(RecordStore &store);
    void setConsent(bool given, const QDate &date, const QString &scope,
                    const QList<QUuid> &sites = {});
    bool isGiven() const;
    // Invalid when consent was not given.
    QDate date() const;
    QString scope() const;
    // The ticked sites; empty when consent was not given.
    QList<QUuid> sites() const;
    QListWidget *siteList() const { return m_sites; }

signals:
    void edited();

private:
    void updateEnabled();
    void fillSites(const QList<QUuid> &ticked);

    QCheckBox *m_given;
    QDateEdit *m_date;
    QLineEdit *m_scope;
    QListWidget *m_sites;
    QList<QPair<QUuid, QString>> m_known;
    bool m_filling = false;
};

} // namespace casedesk
