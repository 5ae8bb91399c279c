#pragma once

#include <QTableView>

namespace casedesk {

// A read-only, row-selecting table as the case file tabs and the case list use it.
class TableView : public QTableView
{
    Q_OBJECT

public:
    explicit TableView(QWidget *parent = nullptr);

    // The row of the current index, or -1.
    int currentRow() const;
    // Makes one column take the spare width and the others fit their contents.
    void stretchColumn(int column);
    // Shown in the empty table, so "nothing here yet" does not look like "still loading".
    void setPlaceholderText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace casedesk
