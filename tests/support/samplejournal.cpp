#include "support/samplejournal.h"

#include "goals/goalstore.h"
#include "journal/attachmentstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace hoego::test
{
namespace
{

qint64 create(Journal &journal, EntryKind kind, const QString &period, const QString &title, const QString &body, const QDate &written,
              const QStringList &tags = {})
{
    Entry entry;
    entry.kind = kind;
    entry.period = *Period::parse(period);
    entry.title = title;
    entry.body = body;
    entry.written = written;
    entry.tags = tags;
    auto id = EntryStore(journal).create(entry);
    EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    return id.ok() ? *id : 0;
}


void addKpt(Journal &journal, qint64 entry, KptSection section, const QStringList &texts)
{
    KptStore store(journal);
    for (const QString &text : texts)
        EXPECT_TRUE(store.append(entry, section, text).ok());
}

const QString review2025Body = uR"(## 들어가며

올해는 팀을 옮겨 처음으로 모델 서빙을 맡았다. INT8 양자화를 실제 서비스에 적용하면서 지연 시간을 40% 줄였다.

![워크숍 화이트보드](attachment:%1)

## 잘한 점

- 매주 금요일에 한 주를 돌아보는 메모를 남겼다.
- 사내 논문 읽기 모임을 여섯 달 동안 이어 갔다.

## 아쉬운 점

여름 이후로 조깅을 거의 하지 못했다. 야근이 이어지면서 약속을 자주 미뤘다.
)"_s;

} // namespace

QByteArray samplePng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x2f, 0x6f, 0x9f));
    QPainter painter(&image);
    painter.fillRect(0, height / 3, width, height / 3, QColor(0xf2, 0xc1, 0x4e));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

qint64 addGoal(GoalStore &goals, int year, const QString &sentence, qint64 originEntry, GoalStatus status)
{
    Goal goal = Goal::fromParsed(parseGoal(sentence), year);
    goal.originEntry = originEntry;
    goal.status = status;
    auto id = goals.add(goal);
    EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    if (id.ok() && status != GoalStatus::Open) {
        EXPECT_TRUE(goals.setStatus(*id, status, {}).ok());
    }
    return id.ok() ? *id : 0;
}

SampleJournal fillSampleJournal(Journal &journal)
{
    SampleJournal sample;
    sample.review2024 = create(journal, EntryKind::Year, u"2024"_s, u"2024년 회고"_s,
                               u"## 한 해를 보내며\n\n이직 준비로 바빴던 해였다. 면접에서 배운 것을 정리해 두었다.\n"_s, QDate(2024, 12, 30),
                               {u"회고"_s});
    sample.review2025 = create(journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s, {}, QDate(2025, 12, 31), {u"회고"_s, u"2025"_s});
    sample.july2025 = create(journal, EntryKind::Month, u"2025-07"_s, u"7월 회고"_s,
                             u"장마 때문에 조깅을 세 번밖에 못 했다. 대신 책을 두 권 읽었다.\n"_s, QDate(2025, 8, 1));
    sample.englishNote = create(journal, EntryKind::Note, u"2025-Q3"_s, u"Notes on quantization"_s,
                                u"Calibration data matters more than the method. Per-channel scales fixed most of the accuracy drop.\n"_s,
                                QDate(2025, 9, 14), {u"ml"_s});

    sample.pictureBytes = samplePng(640, 360);
    AttachmentStore attachments(journal);
    auto picture = attachments.add(sample.review2025, sample.pictureBytes, u"image/png"_s, u"워크숍 화이트보드.png"_s);
    EXPECT_TRUE(picture.ok());
    sample.picture = picture.ok() ? *picture : 0;
    EntryStore entries(journal);
    auto review = entries.get(sample.review2025);
    EXPECT_TRUE(review.ok());
    review->body = review2025Body.arg(sample.picture);
    EXPECT_TRUE(entries.update(*review).ok());

    addKpt(journal, sample.review2025, KptSection::Keep, {u"금요일 회고 메모"_s, u"논문 읽기 모임 운영"_s});
    addKpt(journal, sample.review2025, KptSection::Problem, {u"운동 루틴이 무너졌다"_s});
    addKpt(journal, sample.review2025, KptSection::Try, {u"출근 전 30분 조깅"_s, u"분기마다 목표 점검"_s});

    GoalStore goals(journal);
    const qint64 books = addGoal(goals, 2025, u"책 15권 읽기"_s, 0, GoalStatus::Partly);
    for (int month = 1; month <= 7; ++month)
        EXPECT_TRUE(goals.checkIn(CheckIn{0, books, QDate(2025, month, 10), 1, {}}).ok());
    addGoal(goals, 2025, u"영어 강의 완강"_s, 0, GoalStatus::Missed);
    addGoal(goals, 2026, u"논문 2편 리뷰"_s, sample.review2025);
    addGoal(goals, 2025, u"Finish the CUDA course"_s, sample.englishNote);
    addGoal(goals, 2024, u"블로그 글 10편 쓰기"_s, 0, GoalStatus::Achieved);
    return sample;
}

} // namespace hoego::test
