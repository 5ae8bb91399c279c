// crashwriter DB: writes whole case files into a site file, one write transaction each, until
// it is killed. Each write opens a case whose client has a phone, records an interaction on it,
// and follows up the case written before (one more interaction and a new assigned worker). It
// prints the number of each case once its write has committed. tst_crash kills it at random
// moments and checks that every write is there whole or not at all.
#include "casefiles.h"
#include "recordstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <cstdio>

using namespace casedesk;

namespace {

// A stray writer (the test died before killing it) stops by itself.
constexpr int LifetimeSeconds = 300;

QUuid newestCase(RecordStore &store)
{
    Statement st = store.db().statement("SELECT id FROM cases ORDER BY case_number DESC LIMIT 1");
    return st.step() == Statement::Step::Row ? st.uuid(0) : QUuid();
}

Result<QString> writeOnce(CaseFiles &files, qint64 n)
{
    RecordStore &store = files.store();
    const QUuid previous = newestCase(store);
    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    NewCase c;
    c.client.familyName = QStringLiteral("Писарев");
    c.client.givenName = QStringLiteral("Кирилл %1").arg(n);
    c.client.phones.append({ QUuid(),
                             QStringLiteral("+7 700 %1").arg(n % 10000000, 7, 10, QLatin1Char('0')),
                             QStringLiteral("mobile") });
    c.assignedWorker = QStringLiteral("crash writer");
    c.categories = QStringList { QStringLiteral("unemployed") };
    auto caseId = files.openCase(c);
    if (!caseId)
        return caseId.status();
    const QDateTime when = QDateTime::currentDateTime().addSecs(-60);
    if (auto r
        = files.recordInteraction(caseId.value(),
                                  { QUuid(), when, QStringLiteral("office_visit"),
                                    QStringLiteral("crash writer"), QStringLiteral("opened") });
        !r)
        return r.status();
    if (!previous.isNull()) {
        if (auto r = files.recordInteraction(previous,
                                             { QUuid(), when, QStringLiteral("phone"),
                                               QStringLiteral("crash writer"),
                                               QStringLiteral("follow-up") });
            !r)
            return r.status();
        if (Status s = files.updateCase(
                previous, { { QStringLiteral("assigned_worker"), QStringLiteral("followed up") } });
            !s)
            return s;
    }
    const QString number = store.row(QStringLiteral("case"), caseId.value())
                               .value(QStringLiteral("case_number"))
                               .toString();
    if (Status s = batch.commit(); !s)
        return s;
    return number;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: crashwriter DB\n");
        return 2;
    }
    auto store = RecordStore::open(args.at(1), Database::Mode::ReadWrite);
    if (!store) {
        std::fprintf(stderr, "crashwriter: %s\n", qPrintable(store.message()));
        return 1;
    }
    store.value()->setAuthor(QStringLiteral("crash writer"));
    CaseFiles files(*store.value());
    const QDeadlineTimer deadline(LifetimeSeconds * 1000);
    for (qint64 n = 1; !deadline.hasExpired(); ++n) {
        auto number = writeOnce(files, n);
        if (!number) {
            std::fprintf(stderr, "crashwriter: %s\n", qPrintable(number.message()));
            return 1;
        }
        std::printf("%s\n", qPrintable(number.value()));
        std::fflush(stdout);
    }
    return 0;
}
