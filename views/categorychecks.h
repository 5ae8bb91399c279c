#pragma once

#include <QWidget>

class QCheckBox;

namespace casedesk {

// The categories of vulnerability of a case as a grid of check boxes.
class CategoryChecks : public QWidget
{
    Q_OBJECT

public:
    explicit CategoryChecks(QWidget *parent = nullptr);

    void setCategories(const QStringList &codes);
    QStringList categories() const;

signals:
    void edited();

private:
    QList<QCheckBox *> m_boxes;
};

} // namespace casedesk
