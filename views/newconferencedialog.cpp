#include "newconferencedialog.h"

#include "conferencedetailsform.h"
#include "permissions.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

NewConferenceDialog::NewConferenceDialog(RecordStore &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_form(new ConferenceDetailsForm(this))
{
    setObjectName(QStringLiteral("newConferenceDialog"));
    setWindowTitle(tr("New case conference"));
    ConferenceDetails details;
    details.date = QDate::currentDate().addDays(7);
    details.secretary = Access::personName(store);
    m_form->setDetails(details);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewConferenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewConferenceDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void NewConferenceDialog::accept()
{
    const Result<QUuid> created = Conferences(m_store).create(m_form->details());
    if (!created) {
        QMessageBox::warning(this, windowTitle(), created.message());
        return;
    }
    m_id = created.value();
    QDialog::accept();
}

} // namespace casedesk
