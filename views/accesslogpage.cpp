#include "accesslogpage.h"

#include "accesslogmodel.h"
#include "tableview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace casedesk {

AccessLogPage::AccessLogPage(RecordStore &store, QWidget *parent)
    : QWidget(parent), m_model(new AccessLogModel(store, this))
{
    setObjectName(QStringLiteral("accessLogPage"));
    auto *intro = new QLabel(tr("Every opening of a case marked sensitive is recorded here, at "
                                "the office where it happened and at the central desk, newest "
                                "first."),
                             this);
    intro->setWordWrap(true);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("accessLogTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr("No sensitive case has been opened yet."));
    m_table->stretchColumn(AccessLogModel::Site);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
}

} // namespace casedesk
