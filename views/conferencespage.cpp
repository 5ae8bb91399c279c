#include "conferencespage.h"

#include "conferencelistmodel.h"
#include "conferencewindow.h"
#include "newconferencedialog.h"
#include "partnerspecialistsdialog.h"
#include "tableview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

ConferencesPage::ConferencesPage(RecordStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new ConferenceListModel(store, this))
{
    setObjectName(QStringLiteral("conferencesPage"));
    auto *title = new QLabel(tr("Case conferences"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    m_when = new QComboBox(this);
    m_when->setObjectName(QStringLiteral("conferenceWhenCombo"));
    m_when->addItem(tr("Upcoming"), int(Conferences::When::Upcoming));
    m_when->addItem(tr("Past"), int(Conferences::When::Past));
    m_when->addItem(tr("All"), int(Conferences::When::All));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("conferenceSearch"));
    m_search->setPlaceholderText(tr("Search by subject, place, chair, participant or case number"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(title);
    filters->addSpacing(18);
    filters->addWidget(m_when);
    filters->addWidget(m_search, 1);

    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("conferenceTable"));
    m_table->setModel(m_model);
    m_table->stretchColumn(ConferenceListModel::Title);
    // The subject and the place share the spare width: both are free text of any length.
    m_table->horizontalHeader()->setSectionResizeMode(ConferenceListModel::Place,
                                                      QHeaderView::Stretch);
    const auto placeholder = [this] {
        if (!m_search->text().trimmed().isEmpty())
            m_table->setPlaceholderText(tr("No conference matches the search."));
        else if (m_model->when() == Conferences::When::Upcoming)
            m_table->setPlaceholderText(tr("No conference is scheduled. Use \"New "
                                           "conference…\" to schedule one."));
        else
            m_table->setPlaceholderText(tr("No conference has been held yet."));
    };
    placeholder();

    auto *add = new QPushButton(tr("&New conference…"), this);
    add->setObjectName(QStringLiteral("newConferenceButton"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openConferenceButton"));
    m_open->setEnabled(false);
    auto *partners = new QPushButton(tr("Partner &specialists…"), this);
    partners->setObjectName(QStringLiteral("partnersButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(partners);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_when, &QComboBox::currentIndexChanged, this, [this, placeholder] {
        m_model->setWhen(Conferences::When(m_when->currentData().toInt()));
        placeholder();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this, placeholder](const QString &text) {
        m_model->setSearchText(text);
        placeholder();
    });
    connect(add, &QPushButton::clicked, this, &ConferencesPage::newConference);
    connect(m_open, &QPushButton::clicked, this, &ConferencesPage::openCurrent);
    connect(partners, &QPushButton::clicked, this, &ConferencesPage::editPartners);
    connect(m_table, &QAbstractItemView::activated, this, &ConferencesPage::openCurrent);
    const auto update = [this] {
        m_open->setEnabled(m_table->currentRow() >= 0);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
}

ConferencesPage::~ConferencesPage()
{
    // The windows go while the list of them still exists: each one leaves it as it goes.
    const QList<ConferenceWindow *> open = windows();
    for (ConferenceWindow *window : open)
        delete window;
}

void ConferencesPage::openCurrent()
{
    openConference(m_model->conferenceId(m_table->currentRow()));
}

ConferenceWindow *ConferencesPage::openConference(const QUuid &conferenceId)
{
    if (conferenceId.isNull())
        return nullptr;
    ConferenceWindow *window = m_windows.value(conferenceId);
    if (!window) {
        // A window of its own that goes with the page: when another worker signs in the page
        // and its windows are rebuilt for them.
        window = new ConferenceWindow(m_store, conferenceId, this);
        m_windows.insert(conferenceId, window);
        connect(window, &ConferenceWindow::openCase, this, &ConferencesPage::openCase);
        connect(window, &QObject::destroyed, this,
                [this, conferenceId] { m_windows.remove(conferenceId); });
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QList<ConferenceWindow *> ConferencesPage::windows() const
{
    QList<ConferenceWindow *> list;
    for (const QPointer<ConferenceWindow> &w : m_windows)
        if (w)
            list << w.data();
    return list;
}

bool ConferencesPage::closeWindows()
{
    for (ConferenceWindow *window : windows()) {
        if (!window->close())
            return false;
        delete window;
    }
    return true;
}

void ConferencesPage::newConference()
{
    NewConferenceDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The list shows it once the reload after the write has run.
    m_model->refresh();
    if (const int row = m_model->rowOf(dialog.conferenceId()); row >= 0)
        m_table->selectRow(row);
    openConference(dialog.conferenceId());
}

void ConferencesPage::editPartners()
{
    PartnerSpecialistsDialog dialog(m_store, this);
    dialog.exec();
}

} // namespace casedesk
