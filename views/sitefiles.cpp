#include "sitefiles.h"

#include "appsettings.h"
#include "newsitedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace casedesk {

void SiteFiles::prepare(RecordStore &store, QWidget *parent)
{
    AppSettings::setLastFile(QFileInfo(store.db().path()).absoluteFilePath());
    store.setAuthor(AppSettings::userName());
    if (Status s = store.setSortLocale(QLocale().name()); !s)
        QMessageBox::warning(
            parent, tr("Sort order"),
            tr("Names cannot be sorted in the order of this language: %1").arg(s.message()));
}

std::unique_ptr<RecordStore> SiteFiles::open(const QString &path, QWidget *parent)
{
    auto store = RecordStore::open(path, Database::Mode::ReadWrite);
    if (!store) {
        QMessageBox box(QMessageBox::Critical, tr("CaseDesk cannot open the file"), store.message(),
                        QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("openFailedMessage"));
        box.exec();
        return nullptr;
    }
    std::unique_ptr<RecordStore> opened = std::move(store.value());
    prepare(*opened, parent);
    return opened;
}

QString SiteFiles::askForExisting(QWidget *parent)
{
    const QString last = AppSettings::lastFile();
    const QString folder = last.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(last).absolutePath();
    return QFileDialog::getOpenFileName(parent, tr("Open site file"), folder,
                                        tr("CaseDesk site files (*.cdsk);;All files (*)"));
}

std::unique_ptr<RecordStore> SiteFiles::createNew(QWidget *parent)
{
    NewSiteDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    std::unique_ptr<RecordStore> store = dialog.takeStore();
    if (store)
        prepare(*store, parent);
    return store;
}

std::unique_ptr<RecordStore> SiteFiles::openAtStart(QWidget *parent)
{
    const QString last = AppSettings::lastFile();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        if (auto store = open(last, parent))
            return store;
    }
    return choose(parent);
}

std::unique_ptr<RecordStore> SiteFiles::choose(QWidget *parent)
{
    for (;;) {
        QMessageBox box(QMessageBox::Question, tr("CaseDesk"),
                        tr("Which site file should CaseDesk use?"), QMessageBox::NoButton, parent);
        box.setInformativeText(tr("Open the file of your office, or create a new one if this "
                                  "office has none yet."));
        QPushButton *open = box.addButton(tr("&Open a site file…"), QMessageBox::AcceptRole);
        QPushButton *create
            = box.addButton(tr("&Create a new site file…"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Close);
        box.setDefaultButton(open);
        box.exec();
        std::unique_ptr<RecordStore> store;
        if (box.clickedButton() == open) {
            const QString path = askForExisting(parent);
            if (!path.isEmpty())
                store = SiteFiles::open(path, parent);
        } else if (box.clickedButton() == create) {
            store = createNew(parent);
        } else {
            return nullptr;
        }
        if (store)
            return store;
    }
}

} // namespace casedesk
