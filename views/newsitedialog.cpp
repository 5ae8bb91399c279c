#include "newsitedialog.h"

#include "sitekeys.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace casedesk {

NewSiteDialog::NewSiteDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newSiteDialog"));
    setWindowTitle(tr("New site file"));
    auto *intro = new QLabel(tr("A site file holds all case files of one office. Create it "
                                "once per office; other computers of the office receive a "
                                "copy or exchange packages with it."),
                             this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("siteNameEdit"));
    m_name->setPlaceholderText(tr("for example: Social work centre, Almaly district"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("siteCodeEdit"));
    m_code->setPlaceholderText(tr("2 to 8 Latin letters or digits, for example ALM1"));
    // The code starts every case number, so it stays short and plain.
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,8}")), m_code));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("siteKindCombo"));
    m_kind->addItem(tr("Office"), QStringLiteral("office"));
    m_kind->addItem(tr("Central desk (receives the packages of all offices)"),
                    QStringLiteral("hub"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_file = new QLineEdit(
        QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("site.cdsk"))), this);
    m_file->setObjectName(QStringLiteral("siteFileEdit"));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Office &name:"), m_name);
    form->addRow(tr("Office &code:"), m_code);
    form->addRow(tr("&Kind:"), m_kind);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewSiteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewSiteDialog::reject);
    connect(browse, &QPushButton::clicked, this, &NewSiteDialog::chooseFile);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void NewSiteDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New site file"),
                                                      QDir::fromNativeSeparators(m_file->text()),
                                                      tr("CaseDesk site files (*.cdsk)"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

void NewSiteDialog::accept()
{
    const auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    SiteIdentity site;
    site.name = m_name->text().trimmed();
    site.code = m_code->text().trimmed().toUpper();
    site.kind = m_kind->currentData().toString();
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (site.name.isEmpty())
        return fail(tr("Give the name of the office."));
    if (site.code.size() < 2)
        return fail(tr("Give the office code: 2 to 8 Latin letters or digits."));
    if (path.isEmpty())
        return fail(tr("Choose where the site file is kept."));
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cdsk");
    if (QFileInfo::exists(path))
        return fail(tr("The file %1 already exists. Choose another name, or open it with "
                       "\"Open file…\".")
                        .arg(QDir::toNativeSeparators(path)));
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto created = RecordStore::create(path, site);
    if (!created)
        return fail(created.message());
    // The keys are made now, so the identity file can be exported at once.
    if (auto keys = SiteKeys::load(*created.value()); !keys)
        return fail(keys.message());
    m_store = std::move(created.value());
    QDialog::accept();
}

} // namespace casedesk
