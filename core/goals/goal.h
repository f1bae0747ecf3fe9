#pragma once

#include "goalparser.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace hoego
{

// Where a goal stands. Open while its year runs; the year-end review settles it.
enum class GoalStatus { Open, Achieved, Partly, Missed, Dropped };

QString goalStatusName(GoalStatus status); // "open", "achieved", "partly", "missed", "dropped"
std::optional<GoalStatus> goalStatusFromName(const QString &name);
std::optional<GoalMeasure> goalMeasureFromName(const QString &name);
std::optional<GoalCadence> goalCadenceFromName(const QString &name); // empty → None

// Something to reach in a year: "책 15권 읽기", "주 3회 50분 이상 조깅". The title keeps the user's words.
struct Goal {
    qint64 id = 0;
    int year = 0;
    QString title;
    GoalMeasure measure = GoalMeasure::Done;
    std::optional<double> target;
    QString unit;
    GoalCadence per = GoalCadence::None;
    GoalStatus status = GoalStatus::Open;
    QString outcomeNote;
    qint64 originEntry = 0; // the entry that set it (0: none)
    qint64 originKpt = 0;   // the Try item it was promoted from (0: none)
    qint64 carriedFrom = 0; // the unmet goal of an earlier year it continues (0: none)
    int position = 0;
    QDateTime created;

    // A goal of `year` made from what the parser understood of a sentence.
    static Goal fromParsed(const ParsedGoal &parsed, int year);
};

// Progress towards a goal on one day: an amount (pages, minutes, sessions...) and a note.
struct CheckIn {
    qint64 id = 0;
    qint64 goalId = 0;
    QDate date;
    double amount = 1;
    QString note;
};

} // namespace hoego
