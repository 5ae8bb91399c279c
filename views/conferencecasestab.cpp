#include "conferencecasestab.h"

#include "casepickerdialog.h"
#include "followupdialog.h"
#include "namedbutton.h"
#include "vocabulary.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int IsFollowUpRole = Qt::UserRole + 1;

enum DecisionColumn { Number, Text, Who, Agency, Deadline, PlanAction };

constexpr const char *sectionFields[] = { "situation", "benefits", "services", "risks", "needs" };

QString caseLine(const ConferenceCase &c)
{
    if (!c.detailsVisible || c.clientName.isEmpty())
        return c.caseNumber;
    //: a case on the conference's agenda: "2026-0042 — Ivanova Anna"
    return ConferenceCasesTab::tr("%1 — %2").arg(c.caseNumber, c.clientName);
}

// Asks for a decision's text; empty when the person cancels.
QString askDecision(QWidget *parent, const QString &title, const QString &text)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("decisionDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(ConferenceCasesTab::tr("What was decided:"));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(text);
    dialog.resize(520, 260);
    return dialog.exec() == QDialog::Accepted ? dialog.textValue() : QString();
}

} // namespace

ConferenceCasesTab::ConferenceCasesTab(RecordStore &store, QWidget *parent)
    : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("conferenceCasesTab"));
    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("agendaList"));
    m_addCase = namedButton(tr("&Add case…"), "addCaseButton", this);
    m_removeCase = namedButton(tr("Take off"), "removeCaseButton", this);
    m_openCase = namedButton(tr("Open case"), "openAgendaCaseButton", this);
    auto *caseButtons = new QHBoxLayout;
    caseButtons->addWidget(m_addCase);
    caseButtons->addWidget(m_removeCase);
    caseButtons->addWidget(m_openCase);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Cases on the agenda:"), left));
    leftLayout->addWidget(m_cases, 1);
    leftLayout->addLayout(caseButtons);

    m_hidden = new QLabel(this);
    m_hidden->setObjectName(QStringLiteral("caseHiddenLabel"));
    m_hidden->setWordWrap(true);
    m_hidden->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_hidden->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; padding: 24px; }"));
    m_detail = new QSplitter(Qt::Vertical, this);
    auto *detail = static_cast<QSplitter *>(m_detail);
    detail->setChildrenCollapsible(false);
    detail->addWidget(buildSections());
    detail->addWidget(buildDecisions());
    detail->setStretchFactor(0, 3);
    detail->setStretchFactor(1, 2);
    // The five text boxes would take all the height they ask for; the decisions get their share
    // (the splitter scales these to the room there is).
    detail->setSizes({ 330, 220 });
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_hidden);
    rightLayout->addWidget(m_detail, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 340, 760 });
    (new QVBoxLayout(this))->addWidget(splitter);

    connect(m_addCase, &QPushButton::clicked, this, &ConferenceCasesTab::addCase);
    connect(m_removeCase, &QPushButton::clicked, this, &ConferenceCasesTab::removeCase);
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        if (const ConferenceCase *c = currentCase(); c && c->detailsVisible)
            emit openCase(c->caseId);
    });
    connect(m_cases, &QListWidget::currentRowChanged, this, [this] {
        // What was typed for the case left behind is kept before the next one shows.
        if (m_sectionsDirty && !saveSections())
            return;
        showCurrentCase();
    });
}

QWidget *ConferenceCasesTab::buildSections()
{
    const QStringList labels
        = { tr("Socio-economic &situation:"), tr("&Benefits already received:"),
            tr("Services already &offered:"), tr("&Risk factors:"), tr("&Needs:") };
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels above the text: the long Russian labels would otherwise take a third of the width.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (int i = 0; i < labels.size(); ++i) {
        auto *edit = new QPlainTextEdit(box);
        edit->setObjectName(QLatin1String(sectionFields[i]) + QStringLiteral("Edit"));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(40);
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_shownCase.isNull())
                m_sectionsDirty = true;
        });
        form->addRow(labels.at(i), edit);
        m_sections << edit;
    }
    return box;
}

QWidget *ConferenceCasesTab::buildDecisions()
{
    m_decisions = new QTreeWidget(this);
    m_decisions->setObjectName(QStringLiteral("decisionTree"));
    m_decisions->setHeaderLabels({ tr("No."), tr("Decision / follow-up action"), tr("Responsible"),
                                   tr("Agency"), tr("Deadline"), tr("In the plan") });
    m_decisions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_decisions->header()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_decisions->header()->setStretchLastSection(false);
    m_decisions->setWordWrap(true);
    m_addDecision = namedButton(tr("New &decision…"), "addDecisionButton", this);
    m_addFollowUp = namedButton(tr("New &follow-up…"), "addFollowUpButton", this);
    m_edit = namedButton(tr("C&hange…"), "editDecisionButton", this);
    m_remove = namedButton(tr("Remo&ve"), "removeDecisionButton", this);
    m_toPlan = namedButton(tr("To the &plan"), "toPlanButton", this);
    m_toPlan->setToolTip(tr("Make the follow-up action an action of the client's plan"));
    auto *bar = new QHBoxLayout;
    for (QPushButton *b : { m_addDecision, m_addFollowUp, m_edit, m_remove })
        bar->addWidget(b);
    bar->addSpacing(12);
    bar->addWidget(m_toPlan);
    bar->addStretch();
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Decisions and follow-up actions:"), box));
    layout->addWidget(m_decisions, 1);
    layout->addLayout(bar);
    connect(m_addDecision, &QPushButton::clicked, this, &ConferenceCasesTab::addDecision);
    connect(m_addFollowUp, &QPushButton::clicked, this, &ConferenceCasesTab::addFollowUp);
    connect(m_edit, &QPushButton::clicked, this, &ConferenceCasesTab::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ConferenceCasesTab::removeCurrent);
    connect(m_toPlan, &QPushButton::clicked, this, &ConferenceCasesTab::toPlan);
    connect(m_decisions, &QTreeWidget::itemActivated, this, &ConferenceCasesTab::editCurrent);
    connect(m_decisions, &QTreeWidget::currentItemChanged, this,
            &ConferenceCasesTab::updateButtons);
    return box;
}

QPlainTextEdit *ConferenceCasesTab::sectionEdit(const char *field) const
{
    for (int i = 0; i < int(std::size(sectionFields)); ++i)
        if (qstrcmp(sectionFields[i], field) == 0)
            return m_sections.at(i);
    return nullptr;
}

bool ConferenceCasesTab::editable() const
{
    return m_conference.editableHere && !m_conference.approved;
}

void ConferenceCasesTab::setConference(const Conference &conference)
{
    const QUuid current
        = m_cases->currentItem() ? m_cases->currentItem()->data(IdRole).toUuid() : QUuid();
    m_conference = conference;
    const QSignalBlocker block(m_cases);
    m_cases->clear();
    int row = conference.cases.isEmpty() ? -1 : 0;
    for (int i = 0; i < conference.cases.size(); ++i) {
        const ConferenceCase &c = conference.cases.at(i);
        auto *item = new QListWidgetItem(caseLine(c), m_cases);
        item->setData(IdRole, c.id);
        if (c.id == current)
            row = i;
    }
    m_cases->setCurrentRow(row);
    showCurrentCase();
}

const ConferenceCase *ConferenceCasesTab::currentCase() const
{
    const QListWidgetItem *item = m_cases->currentItem();
    if (!item)
        return nullptr;
    const QUuid id = item->data(IdRole).toUuid();
    for (const ConferenceCase &c : m_conference.cases)
        if (c.id == id)
            return &c;
    return nullptr;
}

void ConferenceCasesTab::showCurrentCase()
{
    const ConferenceCase *c = currentCase();
    const bool visible = c && c->detailsVisible;
    m_detail->setVisible(visible);
    m_hidden->setVisible(!visible);
    if (!c)
        m_hidden->setText(m_conference.cases.isEmpty()
                              ? tr("No case is on the agenda yet. Use \"Add case…\" to put "
                                   "the cases to discuss on it.")
                              : QString());
    else if (!visible)
        m_hidden->setText(
            tr("Case %1 is sensitive: only its number is shown to you.").arg(c->caseNumber));
    if (!visible) {
        m_shownCase = QUuid();
        m_sectionsDirty = false;
        m_decisions->clear();
        updateButtons();
        return;
    }
    // Text typed and not yet kept stays in the edits while the rest of the conference reloads.
    if (c->id != m_shownCase || !m_sectionsDirty) {
        const QStringList texts = { c->sections.situation, c->sections.benefits,
                                    c->sections.services, c->sections.risks, c->sections.needs };
        m_shownCase = QUuid();
        for (int i = 0; i < m_sections.size(); ++i)
            if (m_sections.at(i)->toPlainText() != texts.at(i))
                m_sections.at(i)->setPlainText(texts.at(i));
        m_shownCase = c->id;
        m_sectionsDirty = false;
    }
    for (QPlainTextEdit *edit : std::as_const(m_sections))
        edit->setReadOnly(!editable());
    fillDecisions(*c);
}

void ConferenceCasesTab::fillDecisions(const ConferenceCase &c)
{
    const QTreeWidgetItem *was = m_decisions->currentItem();
    const QUuid current = was ? was->data(0, IdRole).toUuid() : QUuid();
    m_decisions->clear();
    for (const ConferenceDecision &d : c.decisions) {
        auto *item = new QTreeWidgetItem(m_decisions, { QString::number(d.number), d.text });
        item->setData(0, IdRole, d.id);
        item->setData(0, IsFollowUpRole, false);
        // A long decision is cut to the column; the whole text shows on hovering.
        item->setToolTip(Text, d.text);
        for (const ConferenceFollowUp &f : d.followUps) {
            QString plan;
            if (f.planActionStatus)
                plan = actionStatusText(*f.planActionStatus);
            else if (!f.planActionId.isNull())
                //: the follow-up's plan action is kept at another office
                plan = tr("yes");
            auto *child = new QTreeWidgetItem(
                item, { QString(), f.what, f.who, f.agency, displayDate(f.deadline), plan });
            child->setData(0, IdRole, f.id);
            child->setToolTip(Text, f.what);
            child->setData(0, IsFollowUpRole, true);
            if (f.id == current)
                m_decisions->setCurrentItem(child);
        }
        if (d.id == current)
            m_decisions->setCurrentItem(item);
    }
    m_decisions->expandAll();
    updateButtons();
}

const ConferenceDecision *ConferenceCasesTab::currentDecision() const
{
    const ConferenceCase *c = currentCase();
    const QTreeWidgetItem *item = m_decisions->currentItem();
    if (!c || !item)
        return nullptr;
    // A follow-up's row stands for its decision when a decision is wanted.
    const QTreeWidgetItem *top = item->parent() ? item->parent() : item;
    const QUuid id = top->data(0, IdRole).toUuid();
    for (const ConferenceDecision &d : c->decisions)
        if (d.id == id)
            return &d;
    return nullptr;
}

const ConferenceFollowUp *ConferenceCasesTab::currentFollowUp() const
{
    const QTreeWidgetItem *item = m_decisions->currentItem();
    const ConferenceDecision *d = currentDecision();
    if (!d || !item || !item->data(0, IsFollowUpRole).toBool())
        return nullptr;
    const QUuid id = item->data(0, IdRole).toUuid();
    for (const ConferenceFollowUp &f : d->followUps)
        if (f.id == id)
            return &f;
    return nullptr;
}

void ConferenceCasesTab::updateButtons()
{
    const ConferenceCase *c = currentCase();
    const bool draft = editable();
    const bool caseShown = c && c->detailsVisible;
    m_addCase->setEnabled(draft);
    m_removeCase->setEnabled(draft && c);
    m_openCase->setEnabled(caseShown);
    m_addDecision->setEnabled(draft && caseShown);
    m_addFollowUp->setEnabled(draft && caseShown && currentDecision());
    m_edit->setEnabled(draft && caseShown && m_decisions->currentItem());
    m_remove->setEnabled(draft && caseShown && m_decisions->currentItem());
    const ConferenceFollowUp *f = currentFollowUp();
    // Allowed after approval too: the plan is the case's, not the minutes'.
    m_toPlan->setEnabled(caseShown && f && f->planActionId.isNull());
}

bool ConferenceCasesTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && m_sectionsDirty
        && m_sections.contains(qobject_cast<QPlainTextEdit *>(watched)))
        saveSections();
    return QWidget::eventFilter(watched, event);
}

bool ConferenceCasesTab::saveSections()
{
    if (!m_sectionsDirty || m_shownCase.isNull())
        return true;
    CaseSections s;
    s.situation = m_sections.at(0)->toPlainText().trimmed();
    s.benefits = m_sections.at(1)->toPlainText().trimmed();
    s.services = m_sections.at(2)->toPlainText().trimmed();
    s.risks = m_sections.at(3)->toPlainText().trimmed();
    s.needs = m_sections.at(4)->toPlainText().trimmed();
    if (Status saved = Conferences(m_store).updateSections(m_shownCase, s); !saved) {
        QMessageBox::warning(this, tr("Case conference"), saved.message());
        return false;
    }
    m_sectionsDirty = false;
    return true;
}

void ConferenceCasesTab::addCase()
{
    CasePickerDialog picker(m_store, tr("Add a case to the agenda"), this);
    if (picker.exec() != QDialog::Accepted)
        return;
    const Result<QUuid> added = Conferences(m_store).addCase(m_conference.id, picker.caseId());
    if (!added)
        QMessageBox::warning(this, tr("Add a case to the agenda"), added.message());
}

void ConferenceCasesTab::removeCase()
{
    const ConferenceCase *c = currentCase();
    if (!c)
        return;
    if (QMessageBox::question(this, tr("Take the case off the agenda"),
                              tr("Take case %1 off the agenda, with what was recorded about it "
                                 "and its decisions?")
                                  .arg(c->caseNumber))
        != QMessageBox::Yes)
        return;
    m_sectionsDirty = false;
    if (Status s = Conferences(m_store).removeCase(c->id); !s)
        QMessageBox::warning(this, tr("Take the case off the agenda"), s.message());
}

void ConferenceCasesTab::addDecision()
{
    const ConferenceCase *c = currentCase();
    if (!c)
        return;
    const QUuid caseRow = c->id;
    const QString text = askDecision(this, tr("New decision"), QString());
    if (text.trimmed().isEmpty())
        return;
    const Result<QUuid> added = Conferences(m_store).addDecision(caseRow, text);
    if (!added)
        QMessageBox::warning(this, tr("New decision"), added.message());
}

void ConferenceCasesTab::addFollowUp()
{
    if (const ConferenceDecision *d = currentDecision()) {
        FollowUpDialog dialog(m_store, d->id, this);
        dialog.exec();
    }
}

void ConferenceCasesTab::editCurrent()
{
    if (!editable())
        return;
    if (const ConferenceFollowUp *f = currentFollowUp()) {
        FollowUpDialog dialog(m_store, *f, this);
        dialog.exec();
        return;
    }
    const ConferenceDecision *d = currentDecision();
    if (!d)
        return;
    const QUuid id = d->id;
    const QString text = askDecision(this, tr("Decision %1").arg(d->number), d->text);
    if (text.trimmed().isEmpty())
        return;
    if (Status s = Conferences(m_store).updateDecision(id, text); !s)
        QMessageBox::warning(this, tr("Decision"), s.message());
}

void ConferenceCasesTab::removeCurrent()
{
    Conferences conferences(m_store);
    if (const ConferenceFollowUp *f = currentFollowUp()) {
        const QUuid id = f->id;
        if (QMessageBox::question(this, tr("Remove"), tr("Remove the follow-up action?"))
            == QMessageBox::Yes)
            if (Status s = conferences.removeFollowUp(id); !s)
                QMessageBox::warning(this, tr("Remove"), s.message());
        return;
    }
    const ConferenceDecision *d = currentDecision();
    if (!d)
        return;
    const QUuid id = d->id;
    if (QMessageBox::question(this, tr("Remove"),
                              tr("Remove decision %1 with its follow-up actions? The decisions "
                                 "after it move up a number.")
                                  .arg(d->number))
        != QMessageBox::Yes)
        return;
    if (Status s = conferences.removeDecision(id); !s)
        QMessageBox::warning(this, tr("Remove"), s.message());
}

void ConferenceCasesTab::toPlan()
{
    const ConferenceFollowUp *f = currentFollowUp();
    if (!f)
        return;
    const Result<QUuid> action = Conferences(m_store).toPlanAction(f->id);
    if (!action)
        QMessageBox::warning(this, tr("To the plan"), action.message());
}

} // namespace casedesk
