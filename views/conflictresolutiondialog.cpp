#include "conflictresolutiondialog.h"

#include "casefiles.h"
#include "conflictresolution.h"
#include "fieldlabels.h"
#include "syncstate.h"
#include "vocabulary.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

// Ids of the two choices of a delete/edit conflict in the button group.
constexpr int KeepDeletedChoice = 0;
constexpr int RestoreChoice = 1;

QStringList shownFields(const EntityDef &entity, const QString &group)
{
    QStringList fields;
    for (const GroupDef &g : entity.groups) {
        if (!group.isEmpty() && g.name != group)
            continue;
        for (const FieldDef &f : g.fields)
            if (FieldLabels::isShownInHistory(f.name) || !group.isEmpty())
                fields << f.name;
    }
    return fields;
}

} // namespace

ConflictResolutionDialog::ConflictResolutionDialog(RecordStore &store, const ConflictInfo &conflict,
                                                   QWidget *parent)
    : QDialog(parent), m_store(store), m_entry(ConflictListModel::describe(store, conflict))
{
    setObjectName(QStringLiteral("conflictResolutionDialog"));
    setWindowTitle(tr("Resolve a conflict"));
    //: intro of the conflict dialog: record kind, case number, client
    auto *intro = new QLabel(
        tr("<b>%1</b> in case %2 (%3): %4")
            .arg(FieldLabels::entityLabel(conflict.entity).toHtmlEscaped(),
                 m_entry.caseNumber.toHtmlEscaped(), m_entry.clientName.toHtmlEscaped(),
                 ConflictListModel::groupLabel(conflict.entity, conflict.group).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    auto *hint = new QLabel(this);
    hint->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("conflictComparison"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_choiceBox = new QWidget(this);
    new QVBoxLayout(m_choiceBox);
    m_choices = new QButtonGroup(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("resolutionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Resolve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictResolutionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_choiceBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (m_entry.isDeletion()) {
        hint->setText(tr("One site deleted this record while another changed it. Keep it "
                         "deleted, or restore it with the changes."));
        fillDeletion();
    } else {
        hint->setText(tr("The sites saved different values. Choose the version that is right; "
                         "it replaces the others everywhere once it has synced."));
        fillGroup();
    }
    if (m_entry.editedAfterCompletion)
        hint->setText(hint->text() + QStringLiteral("\n\n")
                      + tr("This assessment was completed before the change reached it. Its "
                           "result was computed with the answers at completion and does not "
                           "change, whichever version is kept."));
    resize(sizeHint().expandedTo(QSize(760, 420)));
}

QString ConflictResolutionDialog::headTitle(const HeadInfo &head) const
{
    //: column title of one version: author, site, date and time
    return tr("%1\n%2\n%3")
        .arg(head.author, Peers::siteName(m_store, head.site),
             displayDateTime(QDateTime::fromMSecsSinceEpoch(head.wallMs)));
}

void ConflictResolutionDialog::addChoice(int id, const QString &text)
{
    auto *radio = new QRadioButton(text, m_choiceBox);
    radio->setObjectName(QStringLiteral("choice%1").arg(id));
    m_choices->addButton(radio, id);
    m_choiceBox->layout()->addWidget(radio);
}

void ConflictResolutionDialog::fillGroup()
{
    const EntityDef *entity = EntitySchema::find(m_entry.info.entity);
    const QStringList fields = entity ? shownFields(*entity, m_entry.info.group) : QStringList();
    bool haveBase = false;
    const QCborMap base = m_store.conflictBase(m_entry.info.entity, m_entry.info.rowId,
                                               m_entry.info.group, &haveBase);
    QStringList titles { tr("Before the changes") };
    for (const HeadInfo &head : std::as_const(m_entry.heads))
        titles << headTitle(head);
    m_table->setColumnCount(int(titles.size()));
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const QString &field = fields.at(row);
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(FieldLabels::fieldLabel(field)));
        const QString baseText = haveBase
            ? FieldLabels::valueText(m_entry.info.entity, field, base.value(field))
            : tr("(written separately)");
        m_table->setItem(row, 0, new QTableWidgetItem(baseText));
        for (int h = 0; h < m_entry.heads.size(); ++h) {
            const QCborValue value = m_entry.heads.at(h).values.value(field);
            auto *item
                = new QTableWidgetItem(FieldLabels::valueText(m_entry.info.entity, field, value));
            if (haveBase && !(value == base.value(field))) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, h + 1, item);
        }
    }
    for (int h = 0; h < m_entry.heads.size(); ++h) {
        const HeadInfo &head = m_entry.heads.at(h);
        //: choice in the conflict dialog: keep the values one author saved at one site
        addChoice(h,
                  tr("Keep the version of %1 (%2)")
                      .arg(head.author, Peers::siteName(m_store, head.site)));
    }
}

void ConflictResolutionDialog::fillDeletion()
{
    const EntityDef *entity = EntitySchema::find(m_entry.info.entity);
    const QStringList fields = entity ? shownFields(*entity, QString()) : QStringList();
    const QCborMap before
        = m_store.conflictBase(m_entry.info.entity, m_entry.info.rowId, tombstoneGroup());
    const QCborMap now = m_store.row(m_entry.info.entity, m_entry.info.rowId);
    QStringList deletedBy, editedBy;
    for (const HeadInfo &head : std::as_const(m_entry.heads)) {
        const QString who = headTitle(head).replace(QLatin1Char('\n'), tr(", "));
        (head.values.contains(QStringLiteral("deleted")) ? deletedBy : editedBy) << who;
    }
    //: column titles of a delete/edit conflict; %1 lists who deleted or changed it
    const QStringList titles { tr("When it was deleted\n%1").arg(deletedBy.join(QLatin1Char('\n'))),
                               tr("With the changes\n%1").arg(editedBy.join(QLatin1Char('\n'))) };
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const QString &field = fields.at(row);
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(FieldLabels::fieldLabel(field)));
        m_table->setItem(row, 0,
                         new QTableWidgetItem(FieldLabels::valueText(m_entry.info.entity, field,
                                                                     before.value(field))));
        auto *item = new QTableWidgetItem(
            FieldLabels::valueText(m_entry.info.entity, field, now.value(field)));
        if (!(now.value(field) == before.value(field))) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_table->setItem(row, 1, item);
    }
    addChoice(KeepDeletedChoice, tr("Keep it &deleted"));
    addChoice(RestoreChoice, tr("Restore it &with the changes"));
}

void ConflictResolutionDialog::chooseHead(int index)
{
    if (QAbstractButton *button = m_choices->button(index))
        button->setChecked(true);
}

void ConflictResolutionDialog::chooseKeepDeleted(bool keepDeleted)
{
    chooseHead(keepDeleted ? KeepDeletedChoice : RestoreChoice);
}

int ConflictResolutionDialog::chosenHead() const
{
    return m_choices->checkedId();
}

QString ConflictResolutionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConflictResolutionDialog::accept()
{
    const int choice = chosenHead();
    Status status;
    if (choice < 0) {
        status = Status::error(tr("Choose which version stays."));
    } else if (m_entry.isDeletion()) {
        status = ConflictResolution::resolveDeletion(m_store, m_entry.info,
                                                     choice == KeepDeletedChoice);
    } else if (choice < m_entry.heads.size()) {
        status
            = ConflictResolution::resolve(m_store, m_entry.info, m_entry.heads.at(choice).values);
    }
    if (!status) {
        m_error->setText(status.message());
        m_error->show();
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace casedesk
