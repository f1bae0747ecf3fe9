// The timeline budgets, on a journal of 30 years × 100 entries with KPT items and goals in every year:
// building the model (the store's queries and the reset) and painting every card once.
#include "corpus.h"
#include "goals/goalstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "timeline/timelinedelegate.h"
#include "timeline/timelinemodel.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTreeView>

#include <chrono>
#include <memory>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

constexpr int benchYears = 30;
constexpr int entriesPerYear = 100;

struct TimelineJournal {
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal;
};

// Three Keep, Problem and Try items on each year review and five goals a year, settled as a review would.
void addKptAndGoals(Journal &journal)
{
    EntryStore entries(journal);
    KptStore kpt(journal);
    GoalStore goals(journal);
    auto reviews = entries.list({std::nullopt, EntryKind::Year});
    if (!reviews)
        qFatal("Cannot list the year reviews");
    for (const EntrySummary &review : std::as_const(*reviews)) {
        for (const KptSection section : allKptSections) {
            for (const QString &text : {u"야근이 잦았다"_s, u"주간 회고를 꾸준히 썼다"_s, u"아침 30분 독서"_s})
                (void)kpt.append(review.id, section, text);
        }
        const int year = review.period.year();
        for (const QString &sentence : {u"책 15권 읽기"_s, u"주 3회 조깅"_s, u"논문 2편 리뷰"_s, u"영어 강의 완강"_s, u"블로그 글 12편"_s}) {
            auto id = goals.add(Goal::fromParsed(parseGoal(sentence), year));
            if (id)
                (void)goals.setStatus(*id, year % 2 ? GoalStatus::Achieved : GoalStatus::Missed, {});
        }
    }
}

TimelineJournal &timelineJournal()
{
    static TimelineJournal *fixture = nullptr;
    if (!fixture) {
        fixture = new TimelineJournal;
        auto journal = Journal::open(fixture->dir.filePath(u"timeline.sqlite"_s), Journal::OpenMode::CreateIfMissing);
        if (!journal)
            qFatal("Cannot create the timeline benchmark journal");
        fixture->journal = std::move(*journal);
        // Bodies are short: the timeline reads stored counts, never the text.
        fillJournal(*fixture->journal, benchYears, entriesPerYear, 300);
        addKptAndGoals(*fixture->journal);
        qAddPostRoutine([] {
            delete fixture;
            fixture = nullptr;
        });
    }
    return *fixture;
}

// TimelineModel::reload(): the store's aggregate queries for 30 × 100 entries and the model reset.
// Budget: < 100 ms.
void BM_TimelineModelBuild(benchmark::State &state)
{
    TimelineModel model(*timelineJournal().journal);
    for (auto _ : state) {
        if (!model.reload()) {
            state.SkipWithError("the timeline could not be read");
            return;
        }
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["years"] = model.rowCount();
}
BENCHMARK(BM_TimelineModelBuild)->Unit(benchmark::kMillisecond)->Iterations(20);

// Every card painted once: each year's header and each of its entries, through the delegate, as a
// 360-pixel-wide timeline draws them. Budget: < 200 ms.
void BM_TimelinePaintEveryCard(benchmark::State &state)
{
    TimelineModel model(*timelineJournal().journal);
    if (!model.reload()) {
        state.SkipWithError("the timeline could not be read");
        return;
    }
    QTreeView view;
    view.setModel(&model);
    TimelineDelegate delegate(model);
    view.setItemDelegate(&delegate);
    view.expandAll();
    QImage canvas(360, 200, QImage::Format_ARGB32_Premultiplied);
    int rows = 0;
    for (auto _ : state) {
        QPainter painter(&canvas);
        rows = 0;
        const auto paintRow = [&](const QModelIndex &index) {
            QStyleOptionViewItem option;
            option.initFrom(&view);
            option.widget = &view;
            option.rect = QRect(0, 0, 360, 0);
            option.rect.setHeight(delegate.sizeHint(option, index).height());
            delegate.paint(&painter, option, index);
            ++rows;
        };
        for (int year = 0; year < model.rowCount(); ++year) {
            const QModelIndex yearIndex = model.index(year, 0);
            paintRow(yearIndex);
            for (int entry = 0; entry < model.rowCount(yearIndex); ++entry)
                paintRow(model.index(entry, 0, yearIndex));
        }
    }
    state.counters["rows"] = rows;
}
BENCHMARK(BM_TimelinePaintEveryCard)->Unit(benchmark::kMillisecond)->Iterations(10);

} // namespace
