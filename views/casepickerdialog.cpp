#include "casepickerdialog.h"

#include "caselistmodel.h"
#include "tableview.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

CasePickerDialog::CasePickerDialog(RecordStore &store, const QString &title, QWidget *parent)
    : QDialog(parent), m_model(new CaseListModel(store, this))
{
    setObjectName(QStringLiteral("casePickerDialog"));
    setWindowTitle(title);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("casePickerSearch"));
    m_search->setPlaceholderText(tr("Search by name, case number or ID number"));
    m_search->setClearButtonEnabled(true);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("casePickerTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr("No case matches the search."));
    m_table->stretchColumn(CaseListModel::Client);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Choose"));
    ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CasePickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CasePickerDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_model, &CaseListModel::setSearchText);
    connect(m_table, &QAbstractItemView::activated, this, &CasePickerDialog::accept);
    const auto update = [this, ok] {
        ok->setEnabled(m_table->currentRow() >= 0);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 480);
    m_search->setFocus();
}

void CasePickerDialog::accept()
{
    m_caseId = m_model->caseId(m_table->currentRow());
    if (m_caseId.isNull())
        return;
    QDialog::accept();
}

} // namespace casedesk
