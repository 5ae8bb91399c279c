#include "categorychecks.h"

#include "vocabulary.h"

#include <QCheckBox>
#include <QGridLayout>

namespace casedesk {

namespace {

const char *const CodeProperty = "categoryCode";

} // namespace

CategoryChecks::CategoryChecks(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const Vocabulary::Items items = Vocabulary::categories();
    // Two columns keep the ten categories readable without a long scroll.
    const int perColumn = int((items.size() + 1) / 2);
    for (int i = 0; i < items.size(); ++i) {
        auto *box = new QCheckBox(items.at(i).second, this);
        box->setProperty(CodeProperty, items.at(i).first);
        box->setObjectName(QStringLiteral("category_") + items.at(i).first);
        connect(box, &QCheckBox::clicked, this, &CategoryChecks::edited);
        grid->addWidget(box, i % perColumn, i / perColumn);
        m_boxes << box;
    }
}

void CategoryChecks::setCategories(const QStringList &codes)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(codes.contains(box->property(CodeProperty).toString()));
}

QStringList CategoryChecks::categories() const
{
    QStringList codes;
    for (QCheckBox *box : m_boxes)
        if (box->isChecked())
            codes << box->property(CodeProperty).toString();
    return codes;
}

} // namespace casedesk
