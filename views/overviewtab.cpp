#include "overviewtab.h"

#include "casedetailsform.h"
#include "caseedits.h"
#include "categorychecks.h"
#include "consent.h"
#include "consentform.h"
#include "overviewdraft.h"
#include "personform.h"
#include "syncscope.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
    // The consent form sits inside the case details; its site list needs this file's sites.
    m_consent = m_details->findChild<ConsentForm *>();
    m_sensitive = new QCheckBox(tr("Sensitive case: details only for its worker and the office's "
                                   "supervisors"),
                                this);
    m_sensitive->setObjectName(QStringLiteral("sensitiveCheck"));
    m_sensitiveReason = new QLineEdit(this);
    m_sensitiveReason->setObjectName(QStringLiteral("sensitiveReasonEdit"));
    m_sensitiveReason->setPlaceholderText(tr("Why the case is sensitive (required)"));

    auto *clientBox = new QGroupBox(tr("Client"), this);
    (new QVBoxLayout(clientBox))->addWidget(m_person);
    auto *caseBox = new QGroupBox(tr("Case"), this);
    (new QVBoxLayout(caseBox))->addWidget(m_details);
    auto *categoryBox = new QGroupBox(tr("Categories of vulnerability"), this);
    (new QVBoxLayout(categoryBox))->addWidget(m_categories);
    auto *protectionBox = new QGroupBox(tr("Protection"), this);
    auto *protection = new QVBoxLayout(protectionBox);
    protection->addWidget(m_sensitive);
    protection->addWidget(m_sensitiveReason);

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    columns->addWidget(clientBox, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(caseBox);
    right->addWidget(categoryBox);
    right->addWidget(protectionBox);
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
    connect(m_sensitive, &QCheckBox::clicked, this, [this, edited](bool checked) {
        m_sensitiveReason->setEnabled(checked);
        edited();
    });
    connect(m_sensitiveReason, &QLineEdit::textEdited, this, edited);
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
    if (m_consent) {
        m_consent->setKnownSites(ConsentForm::partners(m_files.store()));
        m_consent->setConsent(data.consentGiven, data.consentDate, data.consentScope,
                              data.consentSites);
    }
    m_sensitive->setChecked(data.sensitive);
    m_sensitiveReason->setText(data.sensitiveReason);
    m_sensitiveReason->setEnabled(data.sensitive);
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
    QCborMap caseFields = CaseEdits::changedCaseFields(m_shown, edited);
    if (m_consent) {
        const QString sites = Consent::joinSites(m_consent->sites());
        if (sites != Consent::joinSites(m_shown.consentSites))
            caseFields.insert(QStringLiteral("consent_sites"),
                              sites.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(sites));
    }
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
            s = saveProtection();
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

Status OverviewTab::saveProtection()
{
    const bool sensitive = m_sensitive->isChecked();
    const QString reason = m_sensitiveReason->text().trimmed();
    if (sensitive == m_shown.sensitive && (!sensitive || reason == m_shown.sensitiveReason))
        return Status::ok();
    return m_files.setSensitive(m_shown.id, sensitive, sensitive ? reason : QString());
}

void OverviewTab::discardChanges()
{
    showError(QString());
    setModified(false);
    fill(m_current);
}

QByteArray OverviewTab::draftContent() const
{
    CaseFileData edited = m_details->applyTo(m_shown);
    // A birth date that cannot be read yet keeps the one shown; everything else is as typed.
    if (const auto person = m_person->person())
        edited.client = person.value();
    edited.categories = m_categories->categories();
    if (m_consent)
        edited.consentSites = m_consent->sites();
    edited.sensitive = m_sensitive->isChecked();
    edited.sensitiveReason = m_sensitiveReason->text().trimmed();
    return OverviewDraft::encode(m_shown, edited);
}

bool OverviewTab::restoreDraft(const QByteArray &content)
{
    const auto draft = OverviewDraft::decode(content, m_current);
    if (!draft)
        return false;
    fill(draft->edited);
    // Saving compares with what the form showed when the edits began, so changes made
    // elsewhere since then stay in every field the worker did not touch.
    m_shown = draft->shown;
    setModified(!CaseEdits::samePerson(draft->shown.client, draft->edited.client)
                || !CaseEdits::sameCaseFields(draft->shown, draft->edited)
                || draft->shown.categories != draft->edited.categories
                || draft->shown.consentSites != draft->edited.consentSites
                || draft->shown.sensitive != draft->edited.sensitive
                || draft->shown.sensitiveReason != draft->edited.sensitiveReason);
    const bool changedSince = !CaseEdits::samePerson(draft->shown.client, m_current.client)
        || !CaseEdits::sameCaseFields(draft->shown, m_current)
        || draft->shown.categories != m_current.categories;
    m_changedBanner->setVisible(changedSince);
    return true;
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
