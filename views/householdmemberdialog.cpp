#include "householdmemberdialog.h"

#include "personform.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

HouseholdMemberDialog::HouseholdMemberDialog(CaseFiles &files, const QUuid &caseId, QWidget *parent)
    : QDialog(parent), m_files(files), m_caseId(caseId)
{
    setWindowTitle(tr("Add household member"));
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("relationshipCombo"));
    for (const auto &item : Vocabulary::relationships())
        if (item.first != QLatin1String("self")) // the client is already the applicant
            m_relationship->addItem(item.second, item.first);
    m_person = new PersonForm(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add member"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HouseholdMemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HouseholdMemberDialog::reject);

    auto *top = new QFormLayout;
    top->addRow(tr("&Relationship to the client:"), m_relationship);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_person);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString HouseholdMemberDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void HouseholdMemberDialog::accept()
{
    const auto person = m_person->person();
    if (!person) {
        showError(person.message());
        return;
    }
    const auto added = m_files.addHouseholdMember(m_caseId, person.value(),
                                                  m_relationship->currentData().toString());
    if (!added) {
        showError(added.message());
        return;
    }
    QDialog::accept();
}

void HouseholdMemberDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace casedesk
