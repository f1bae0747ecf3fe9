#include "goal.h"

using namespace Qt::StringLiterals;

namespace hoego
{

QString goalStatusName(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open:
        return u"open"_s;
    case GoalStatus::Achieved:
        return u"achieved"_s;
    case GoalStatus::Partly:
        return u"partly"_s;
    case GoalStatus::Missed:
        return u"missed"_s;
    case GoalStatus::Dropped:
        return u"dropped"_s;
    }
    return u"open"_s;
}

std::optional<GoalStatus> goalStatusFromName(const QString &name)
{
    for (GoalStatus status : {GoalStatus::Open, GoalStatus::Achieved, GoalStatus::Partly, GoalStatus::Missed, GoalStatus::Dropped}) {
        if (goalStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

std::optional<GoalMeasure> goalMeasureFromName(const QString &name)
{
    for (GoalMeasure measure : {GoalMeasure::Count, GoalMeasure::Duration, GoalMeasure::Frequency, GoalMeasure::Done}) {
        if (goalMeasureName(measure) == name)
            return measure;
    }
    return std::nullopt;
}

std::optional<GoalCadence> goalCadenceFromName(const QString &name)
{
    for (GoalCadence cadence : {GoalCadence::None, GoalCadence::Day, GoalCadence::Week, GoalCadence::Month}) {
        if (goalCadenceName(cadence) == name)
            return cadence;
    }
    return std::nullopt;
}

Goal Goal::fromParsed(const ParsedGoal &parsed, int year)
{
    Goal goal;
    goal.year = year;
    goal.title = parsed.title;
    goal.measure = parsed.measure;
    goal.target = parsed.target;
    goal.unit = parsed.unit;
    goal.per = parsed.per;
    return goal;
}

} // namespace hoego
