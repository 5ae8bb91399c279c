#include "lateeditsdialog.h"

#include "fieldlabels.h"
#include "syncstate.h"
#include "vocabulary.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

LateEditsDialog::LateEditsDialog(RecordStore &store, const QUuid &caseId, QWidget *parent)
    : QDialog(parent), m_store(store), m_entry(ConflictListModel::describeClosure(store, caseId))
{
    setObjectName(QStringLiteral("lateEditsDialog"));
    setWindowTitle(tr("Case edited after closure"));
    auto *intro = new QLabel(
        tr("Case %1 (%2) was closed, and another office, which had not yet seen the closure, "
           "changed it afterwards. Nothing was lost: the changes below are in the case file. "
           "Keep the case closed, or reopen it to go on working with the client.")
            .arg(m_entry.caseNumber.toHtmlEscaped(), m_entry.clientName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    auto *table = new QTableWidget(int(m_entry.lateEdits.size()), 3, this);
    table->setObjectName(QStringLiteral("lateEditsTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setHorizontalHeaderLabels({ tr("Record"), tr("Changed by"), tr("When") });
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    for (int row = 0; row < m_entry.lateEdits.size(); ++row) {
        const LateEdit &edit = m_entry.lateEdits.at(row);
        table->setItem(row, 0, new QTableWidgetItem(FieldLabels::entityLabel(edit.entity)));
        //: who changed a record, and at which office
        table->setItem(row, 1,
                       new QTableWidgetItem(
                           tr("%1, %2").arg(edit.author, Peers::siteName(m_store, edit.site))));
        table->setItem(row, 2, new QTableWidgetItem(displayDateTime(edit.when.toLocalTime())));
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *keep = buttons->addButton(tr("&Keep closed"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepClosedButton"));
    QPushButton *reopen = buttons->addButton(tr("&Reopen…"), QDialogButtonBox::ActionRole);
    reopen->setObjectName(QStringLiteral("reopenButton"));
    connect(keep, &QPushButton::clicked, this, &LateEditsDialog::keepClosed);
    connect(reopen, &QPushButton::clicked, this, [this] { done(Reopen); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(640, 380);
}

void LateEditsDialog::keepClosed()
{
    if (Status s = CaseClosure(m_store).confirmClosed(m_entry.info.rowId); !s) {
        QMessageBox::warning(this, windowTitle(), s.message());
        return;
    }
    done(KeepClosed);
}

int LateEditsDialog::review(RecordStore &store, const QUuid &caseId, QWidget *parent)
{
    LateEditsDialog dialog(store, caseId, parent);
    const int choice = dialog.exec();
    return choice == KeepClosed || choice == Reopen ? choice : 0;
}

} // namespace casedesk
