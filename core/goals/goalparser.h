#pragma once

#include <QString>

#include <optional>

namespace hoego
{

// How progress on a goal is measured: a count (15권), a duration (30시간), a frequency (주 3회) or
// simply done or not (완강).
enum class GoalMeasure { Count, Duration, Frequency, Done };

// How often a frequency goal repeats; None for goals that are met once over the year.
enum class GoalCadence { None, Day, Week, Month };

// What Hoego understands of a goal sentence. The title keeps the user's words; `unit` is the counter
// as written (권, 편, 회, books, minutes...) or empty.
struct ParsedGoal {
    QString title;
    GoalMeasure measure = GoalMeasure::Done;
    std::optional<double> target;
    QString unit;
    GoalCadence per = GoalCadence::None;

    bool operator==(const ParsedGoal &) const = default;
};

QString goalMeasureName(GoalMeasure measure);  // "count", "duration", "frequency", "done"
QString goalCadenceName(GoalCadence cadence);  // "day", "week", "month", or empty for None

// Reads a Korean or English goal sentence ("책 15권 읽기", "주 3회 50분 이상 조깅", "read 15 books",
// "run 3 times a week"). Never fails: a sentence without a number or a completion word is a Done goal.
[[nodiscard]] ParsedGoal parseGoal(const QString &sentence);

} // namespace hoego
