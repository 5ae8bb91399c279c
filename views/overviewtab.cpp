#include "overviewtab.h"

#include "casedetailsform.h"
#include "caseedits.h"
#include "categorychecks.h"
#include "personform.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QLabel *banner(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setMargin(8);
    // Yellow and dark text stay readable in light and dark themes alike.
    label->setStyleSheet(QStringLiteral("QLabel { background: #fff3b0; color: #3d3000; "
                                        "border: 1px solid #e0c040; border-radius: 3px; }"));
    label->hide();
    return label;
}

} // namespace

OverviewTab::OverviewTab(CaseFiles &files, QWidget *parent) : QWidget(parent), m_files(files)
{
    m_conflictBanner
        = banner(QStringLiteral("conflictBanner"),
                 tr("<b>Two offices changed this case differently.</b> Both versions are kept; the "
                    "fields show the one saved last. Check them with the other office before "
                    "relying on them."),
                 this);
    m_changedBanner = banner(QStringLiteral("changedBanner"),
                             tr("This case was changed elsewhere while you were editing. Saving "
                                "keeps those changes in every field you did not edit."),
                             this);
    m_person = new PersonForm(this);
    m_details = new CaseDetailsForm(this);
    m_categories = new CategoryChecks(this);

    auto *clientBox = new QGroupBox(tr("Client"), this);
    (new QVBoxLayout(clientBox))->addWidget(m_person);
    auto *caseBox = new QGroupBox(tr("Case"), this);
    (new QVBoxLayout(caseBox))->addWidget(m_details);
    auto *categoryBox = new QGroupBox(tr("Categories of vulnerability"), this);
    (new QVBoxLayout(categoryBox))->addWidget(m_categories);

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    columns->addWidget(clientBox, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(caseBox);
    right->addWidget(categoryBox);
    right->addStretch();
    columns->addLayout(right, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    // Labels are longer in Russian: the form gets the width it needs instead of a side scroll.
    scroll->setMinimumWidth(content->sizeHint().width()
                            + scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    m_revert = new QPushButton(tr("Undo changes"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_conflictBanner);
    layout->addWidget(m_changedBanner);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    const auto edited = [this] {
        if (!m_filling)
            setModified(true);
    };
    connect(m_person, &PersonForm::edited, this, edited);
    connect(m_details, &CaseDetailsForm::edited, this, edited);
    connect(m_categories, &CategoryChecks::edited, this, edited);
    connect(m_save, &QPushButton::clicked, this, &OverviewTab::save);
    connect(m_revert, &QPushButton::clicked, this, &OverviewTab::discardChanges);
    setModified(false);
}

void OverviewTab::showCase(const CaseFileData &data)
{
    m_current = data;
    m_conflictBanner->setVisible(data.hasConflict);
    if (m_modified) {
        m_changedBanner->show();
        return;
    }
    fill(data);
}

void OverviewTab::fill(const CaseFileData &data)
{
    m_filling = true;
    m_shown = data;
    m_details->setWorkers(m_files.workers());
    m_person->setPerson(data.client);
    m_details->setCase(data);
    m_categories->setCategories(data.categories);
    m_filling = false;
    m_changedBanner->hide();
}

bool OverviewTab::save()
{
    if (!m_modified)
        return true;
    const auto person = m_person->person();
    if (!person) {
        showError(person.message());
        return false;
    }
    if (Status s = CaseFiles::validatePerson(person.value()); !s) {
        showError(s.message());
        return false;
    }
    const CaseFileData edited = m_details->applyTo(m_shown);
    if (edited.assignedWorker.isEmpty()) {
        showError(tr("Give the worker the case is assigned to."));
        return false;
    }
    // Build on the state as it is now, not as it was when the form was filled.
    const auto fresh = m_files.load(m_shown.id);
    if (!fresh) {
        showError(fresh.message());
        return false;
    }
    const PersonData merged = CaseEdits::mergePerson(m_shown.client, person.value(), fresh->client);
    const QCborMap caseFields = CaseEdits::changedCaseFields(m_shown, edited);
    const QStringList categories = CaseEdits::mergeCategories(
        m_shown.categories, m_categories->categories(), fresh->categories);
    {
        WriteBatch batch(m_files.store());
        Status s = batch.status();
        if (s)
            s = m_files.updatePerson(m_shown.id, merged);
        if (s && !caseFields.isEmpty())
            s = m_files.updateCase(m_shown.id, caseFields);
        if (s)
            s = m_files.setCategories(m_shown.id, categories);
        if (s)
            s = batch.commit();
        if (!s) {
            showError(s.message());
            return false;
        }
    }
    showError(QString());
    setModified(false);
    const auto saved = m_files.load(m_shown.id);
    showCase(saved ? saved.value() : fresh.value());
    return true;
}

void OverviewTab::discardChanges()
{
    showError(QString());
    setModified(false);
    fill(m_current);
}

QString OverviewTab::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OverviewTab::setModified(bool modified)
{
    const bool changed = modified != m_modified;
    m_modified = modified;
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    if (changed)
        emit modifiedChanged(modified);
}

void OverviewTab::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace casedesk
