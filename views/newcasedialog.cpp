#include "newcasedialog.h"

#include "categorychecks.h"
#include "consentform.h"
#include "duplicatewarningdialog.h"
#include "personform.h"
#include "syncscope.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

NewCaseDialog::NewCaseDialog(CaseFiles &files, const QString &userName, QWidget *parent)
    : QDialog(parent), m_files(files)
{
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("New case"));
    m_person = new PersonForm(this);
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("workerCombo"));
    m_worker->setEditable(true);
    m_worker->setInsertPolicy(QComboBox::NoInsert);
    m_worker->addItems(files.workers());
    m_worker->setEditText(userName);
    m_opened = new QDateEdit(QDate::currentDate(), this);
    m_opened->setObjectName(QStringLiteral("openedDateEdit"));
    m_opened->setCalendarPopup(true);
    m_opened->setMaximumDate(QDate::currentDate());
    m_categories = new CategoryChecks(this);
    m_consent = new ConsentForm(this);
    m_consent->setKnownSites(ConsentForm::partners(files.store()));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();

    auto *clientBox = new QGroupBox(tr("Client"), this);
    (new QVBoxLayout(clientBox))->addWidget(m_person);
    auto *caseBox = new QGroupBox(tr("Case"), this);
    auto *caseForm = new QFormLayout(caseBox);
    caseForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    caseForm->addRow(tr("Assigned &worker:"), m_worker);
    caseForm->addRow(tr("Opened o&n:"), m_opened);
    caseForm->addRow(m_consent);
    auto *categoryBox = new QGroupBox(tr("Categories of vulnerability"), this);
    (new QVBoxLayout(categoryBox))->addWidget(m_categories);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open case"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(clientBox, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(caseBox);
    right->addWidget(categoryBox);
    right->addStretch();
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_person->familyNameEdit()->setFocus();
    resize(std::max(sizeHint().width(), 960), sizeHint().height());
}

QString NewCaseDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

Result<NewCase> NewCaseDialog::collect() const
{
    const auto person = m_person->person();
    if (!person)
        return person.status();
    if (Status s = CaseFiles::validatePerson(person.value()); !s)
        return s;
    NewCase c;
    c.client = person.value();
    c.assignedWorker = m_worker->currentText().trimmed();
    if (c.assignedWorker.isEmpty())
        return Status::error(tr("Give the worker the case is assigned to."));
    c.openedDate = m_opened->date();
    if (c.openedDate > QDate::currentDate())
        return Status::error(tr("The opening date cannot be in the future."));
    c.categories = m_categories->categories();
    c.consentGiven = m_consent->isGiven();
    c.consentDate = m_consent->date();
    c.consentScope = m_consent->scope();
    c.consentSites = m_consent->sites();
    return c;
}

void NewCaseDialog::accept()
{
    const auto newCase = collect();
    if (!newCase) {
        showError(newCase.message());
        return;
    }
    showError(QString());
    const QList<DuplicateCandidate> duplicates = m_files.findDuplicates(newCase->client);
    if (!duplicates.isEmpty()) {
        DuplicateWarningDialog warning(duplicates, this);
        warning.exec();
        switch (warning.choice()) {
        case DuplicateWarningDialog::Cancel:
            return;
        case DuplicateWarningDialog::OpenExisting:
            m_existing = warning.chosenCase();
            QDialog::accept();
            return;
        case DuplicateWarningDialog::CreateAnyway:
            break;
        }
    }
    const auto created = m_files.openCase(newCase.value());
    if (!created) {
        showError(created.message());
        return;
    }
    m_created = created.value();
    QDialog::accept();
}

void NewCaseDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace casedesk
