#include "firststartdialog.h"

#include "appsettings.h"
#include "firstadmindialog.h"
#include "recordstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

FirstStartDialog::FirstStartDialog(RecordStore &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Welcome to CaseDesk"));
    auto *intro = new QLabel(tr("Every change you make is recorded with your name, so that "
                                "colleagues at this and other offices know who to ask."),
                             this);
    intro->setWordWrap(true);
    auto *accounts = new QLabel(
        tr("This site file has no user accounts yet: whoever uses this computer works under the "
           "name below. To have each worker sign in with their own password, and the screen "
           "lock when the desk is left, create the office administrator first."),
        this);
    accounts->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Given name and family name"));
    m_office = new QComboBox(this);
    m_office->setObjectName(QStringLiteral("officeCombo"));
    Statement st = store.db().statement("SELECT id, name FROM sites WHERE deleted=0 ORDER BY name");
    while (st.step() == Statement::Step::Row)
        m_office->addItem(st.text(1), st.uuid(0).toString(QUuid::WithoutBraces));
    const int own = m_office->findData(store.site().id.toString(QUuid::WithoutBraces));
    m_office->setCurrentIndex(own >= 0 ? own : 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Start"));
    m_ok->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    auto *admin = new QPushButton(tr("Create the office &administrator…"), this);
    admin->setObjectName(QStringLiteral("createAdminButton"));
    connect(admin, &QPushButton::clicked, this, &FirstStartDialog::createAdministrator);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstStartDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your &office:"), m_office);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(accounts);
    auto *adminRow = new QHBoxLayout;
    adminRow->addWidget(admin);
    adminRow->addStretch();
    layout->addLayout(adminRow);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Or work without accounts for now:"), this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void FirstStartDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    AppSettings::setUserName(name);
    AppSettings::setUserOffice(m_office->currentData().toString());
    m_store.setAuthor(name);
    QDialog::accept();
}

void FirstStartDialog::createAdministrator()
{
    FirstAdminDialog dialog(m_store, this);
    if (dialog.exec() == QDialog::Accepted)
        QDialog::accept();
}

bool FirstStartDialog::ensureUser(RecordStore &store, QWidget *parent)
{
    const QString name = AppSettings::userName();
    if (!name.isEmpty()) {
        store.setAuthor(name);
        return true;
    }
    FirstStartDialog dialog(store, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace casedesk
