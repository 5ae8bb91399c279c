#include "settingsdialog.h"

#include "appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {

SettingsDialog::SettingsDialog(QWidget *parent, bool hasAccounts) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Language of the system"), QString());
    // Each language under its own name, so a person who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    const int language = m_language->findData(AppSettings::language());
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    auto *languageNote
        = new QLabel(tr("A new language applies the next time CaseDesk starts."), this);
    languageNote->setWordWrap(true);

    m_folder = new QLineEdit(QDir::toNativeSeparators(AppSettings::backupFolder()), this);
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_folder->setPlaceholderText(tr("No automatic backup"));
    m_folder->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Choose…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("backupKeepSpin"));
    m_keep->setRange(1, 365);
    m_keep->setValue(AppSettings::backupKeep());
    auto *backupNote = new QLabel(tr("Once a day CaseDesk copies the site file into this folder "
                                     "and deletes the oldest copies beyond the number kept. "
                                     "Choose a folder on another disk or a stick if you can."),
                                  this);
    backupNote->setWordWrap(true);
    m_lockMinutes = new QSpinBox(this);
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutesSpin"));
    m_lockMinutes->setRange(0, 240);
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockMinutes->setValue(AppSettings::lockMinutes());
    auto *lockNote = new QLabel(
        hasAccounts ? tr("After this many minutes without typing or using the mouse the screen "
                         "locks; the same password unlocks it. Ctrl+L locks at once.")
                    : tr("This site file has no user accounts, so there is no password to unlock "
                         "with and the screen does not lock. Create the office administrator "
                         "(Account menu) to have it lock."),
        this);
    lockNote->setObjectName(QStringLiteral("lockNote"));
    lockNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    auto *folderLabel = new QLabel(tr("Automatic &backup folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Backups &kept:"), m_keep);
    form->addRow(QString(), backupNote);
    form->addRow(tr("Lock the screen &after:"), m_lockMinutes);
    form->addRow(QString(), lockNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseFolder);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void SettingsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Automatic backup folder"), QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setBackupFolder(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    AppSettings::setBackupKeep(m_keep->value());
    AppSettings::setLockMinutes(m_lockMinutes->value());
    QDialog::accept();
}

} // namespace casedesk
