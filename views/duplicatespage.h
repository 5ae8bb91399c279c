#pragma once

#include <QUuid>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace casedesk {

class DuplicateReviewModel;
struct DuplicateSide;
class RecordStore;
class TableView;

// Possible duplicate persons (the same ID document under two records) for a person to review,
// both records side by side. Nothing is merged; a pair that is not one person is dismissed.
class DuplicatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit DuplicatesPage(RecordStore &store, QWidget *parent = nullptr);

    DuplicateReviewModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    // "Not the same person" for the selected pair; the message is shown on failure.
    void dismissCurrent();
    QString errorText() const;

signals:
    void openCase(const QUuid &caseId);

private:
    struct SidePanel
    {
        QLabel *name, *birth, *id, *caseNumber;
        QPushButton *open;
    };
    QWidget *makePanel(const QString &title, const QString &prefix, SidePanel *panel);
    void showSide(const SidePanel &panel, const DuplicateSide *side);
    void showCurrent();

    DuplicateReviewModel *m_model;
    TableView *m_table;
    SidePanel m_a {};
    SidePanel m_b {};
    QPushButton *m_dismiss;
    QLabel *m_error;
};

} // namespace casedesk
