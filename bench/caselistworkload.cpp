#include "caselistworkload.h"

#include "caselistmodel.h"

#include <QElapsedTimer>

#include <functional>

namespace casedesk {

namespace {

double timedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

CaseListWorkload::Outcome CaseListWorkload::run(CaseListModel &model, int pages)
{
    Outcome outcome;
    for (int i = 0; i < pages && model.canFetchMore(QModelIndex()); ++i)
        outcome.nextPageMs.add(timedMs([&] { model.fetchMore(QModelIndex()); }));

    const struct
    {
        CaseListModel::Column column;
        const char *name;
    } columns[] = {
        { CaseListModel::Client, "client" }, { CaseListModel::BirthDate, "birth_date" },
        { CaseListModel::Status, "status" }, { CaseListModel::Worker, "worker" },
        { CaseListModel::Opened, "opened" }, { CaseListModel::Number, "number" },
    };
    for (const auto &c : columns)
        outcome.sortMs.insert(QLatin1String(c.name),
                              timedMs([&] { model.sort(c.column, Qt::AscendingOrder); }));
    return outcome;
}

} // namespace casedesk
