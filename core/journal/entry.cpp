#include "entry.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

struct KindName {
    EntryKind kind;
    QStringView name;
};
constexpr std::array kindNames = {
    KindName{EntryKind::Year, u"year"},   KindName{EntryKind::Half, u"half"}, KindName{EntryKind::Quarter, u"quarter"},
    KindName{EntryKind::Month, u"month"}, KindName{EntryKind::Week, u"week"}, KindName{EntryKind::Plan, u"plan"},
    KindName{EntryKind::Note, u"note"},
};

Error badPeriod(const QString &text)
{
    return makeError(Error::Kind::Usage,
        QCoreApplication::translate("EntryStore",
            "'%1' is not a period. Write 2025, 2025-H1, 2025-Q3, 2025-07, 2025-W14 or 2025-01-01..2025-03-31.")
            .arg(text));
}

QDate mondayOfIsoWeek(int year, int week)
{
    const QDate fourthOfJanuary(year, 1, 4); // always in ISO week 1
    return fourthOfJanuary.addDays(1 - fourthOfJanuary.dayOfWeek() + 7 * (week - 1));
}

int isoWeeksIn(int year)
{
    return QDate(year, 12, 28).weekNumber(); // 28 December is always in the last ISO week
}

Period make(const QString &text, QDate start, QDate end)
{
    return Period{text, start, end};
}

} // namespace

QString entryKindName(EntryKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return entry.name.toString();
    }
    return u"note"_s;
}

std::optional<EntryKind> entryKindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (entry.name == name)
            return entry.kind;
    }
    return std::nullopt;
}

QStringList entryKindNames()
{
    QStringList names;
    for (const KindName &entry : kindNames)
        names << entry.name.toString();
    return names;
}

Result<Period> Period::parse(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression pattern(
        uR"(^(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})|W(\d{2})))?$)"_s);
    if (const auto match = pattern.match(text); match.hasMatch()) {
        const int year = match.captured(1).toInt();
        if (year < 1900 || year > 2999)
            return badPeriod(input);
        if (match.hasCaptured(2)) {
            const int half = match.captured(2).toInt();
            const QDate start(year, half == 1 ? 1 : 7, 1);
            return make(text, start, start.addMonths(6).addDays(-1));
        }
        if (match.hasCaptured(3)) {
            const QDate start(year, 3 * (match.captured(3).toInt() - 1) + 1, 1);
            return make(text, start, start.addMonths(3).addDays(-1));
        }
        if (match.hasCaptured(4)) {
            const int month = match.captured(4).toInt();
            if (month < 1 || month > 12)
                return badPeriod(input);
            const QDate start(year, month, 1);
            return make(text, start, start.addMonths(1).addDays(-1));
        }
        if (match.hasCaptured(5)) {
            const int week = match.captured(5).toInt();
            if (week < 1 || week > isoWeeksIn(year))
                return badPeriod(input);
            const QDate monday = mondayOfIsoWeek(year, week);
            return make(text, monday, monday.addDays(6));
        }
        return make(text, QDate(year, 1, 1), QDate(year, 12, 31));
    }
    const QStringList ends = text.split(u".."_s);
    if (ends.size() == 2) {
        const QDate start = QDate::fromString(ends[0], Qt::ISODate);
        const QDate end = QDate::fromString(ends[1], Qt::ISODate);
        if (start.isValid() && end.isValid() && start <= end && ends[0].size() == 10 && ends[1].size() == 10)
            return make(text, start, end);
    }
    return badPeriod(input);
}

} // namespace hoego
