#include "goals/goalparser.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// What a counter says about the number before it.
enum class UnitKind {
    Times,    // 회, 번, times: how often, the target of a frequency goal
    Duration, // 분, 시간, minutes, hours
    Span,     // 일, 주, 개월, 년, days...: usually a deadline ("6개월 안에"), rarely the goal itself
    Other,    // 권, 편, 개, 쪽, km, books...
};

struct Quantity {
    qsizetype position = 0;
    double value = 0;
    QString unit;
    UnitKind kind = UnitKind::Other;
};

struct Cadence {
    GoalCadence per = GoalCadence::None;
    bool everyOtherDay = false;
    bool english = false;
};

// The first syllables of a Korean numeral, for "주 3회" / "월 두 번" where 주 and 월 are cadences only
// when a number follows (so 주말, 3주, 1월 are not).
constexpr auto numeralStart = u"(?=\\s*[0-9한두세네다여일열스서마쉰예아이삼사오육칠팔구십백])";

struct CadencePattern {
    QRegularExpression regex;
    Cadence cadence;
};

const QList<CadencePattern> &cadencePatterns()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QList<CadencePattern> patterns = {
        // 격일 is every other day. We store it as 3.5 times a week rather than 0.5 a day: check-ins
        // count sessions, and a weekly target reads like the 주 N회 goals it sits beside.
        { QRegularExpression(u"격일(?:로)?|이틀에\\s*한\\s*번"_s), { GoalCadence::Week, true, false } },
        { QRegularExpression(u"\\bevery\\s+other\\s+day\\b"_s, ci), { GoalCadence::Week, true, true } },
        { QRegularExpression(u"매일|날마다|하루(?:\\s*에)?|(?<![0-9가-힣])1\\s*일(?=\\s*[0-9])"_s), { GoalCadence::Day, false, false } },
        { QRegularExpression(u"\\b(?:(?:a|per|every|each)\\s+day|daily|everyday)\\b"_s, ci), { GoalCadence::Day, false, false } },
        { QRegularExpression(u"매주|주마다|일주일\\s*에|(?<![0-9가-힣])주\\s*(?:당|에)?"_s + QString::fromUtf16(numeralStart)),
            { GoalCadence::Week, false, false } },
        { QRegularExpression(u"\\b(?:(?:a|per|every|each)\\s+week|weekly)\\b"_s, ci), { GoalCadence::Week, false, false } },
        { QRegularExpression(u"매달|매월|달마다|월마다|한\\s*달\\s*에|(?<![0-9가-힣])월\\s*에?"_s
                  + QString::fromUtf16(numeralStart)),
            { GoalCadence::Month, false, false } },
        { QRegularExpression(u"\\b(?:(?:a|per|every|each)\\s+month|monthly)\\b"_s, ci), { GoalCadence::Month, false, false } },
    };
    return patterns;
}

// Finds the first cadence of the sentence and blanks every cadence phrase in `text`, so that the
// numbers inside them (일주일에, 한 달에, 1일) are not read as quantities.
Cadence takeCadence(QString &text)
{
    Cadence found;
    qsizetype firstAt = text.size();
    for (const CadencePattern &pattern : cadencePatterns()) {
        auto matches = pattern.regex.globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            if (match.capturedStart() < firstAt) {
                firstAt = match.capturedStart();
                found = pattern.cadence;
            }
            text.replace(match.capturedStart(), match.capturedLength(), QString(match.capturedLength(), u' '));
        }
    }
    return found;
}

UnitKind unitKind(const QString &unit)
{
    static const QHash<QString, UnitKind> kinds = {
        { u"회"_s, UnitKind::Times },       { u"번"_s, UnitKind::Times },     { u"times"_s, UnitKind::Times },
        { u"time"_s, UnitKind::Times },     { u"분"_s, UnitKind::Duration },  { u"시간"_s, UnitKind::Duration },
        { u"minutes"_s, UnitKind::Duration }, { u"minute"_s, UnitKind::Duration }, { u"min"_s, UnitKind::Duration },
        { u"mins"_s, UnitKind::Duration },  { u"hours"_s, UnitKind::Duration }, { u"hour"_s, UnitKind::Duration },
        { u"hrs"_s, UnitKind::Duration },   { u"hr"_s, UnitKind::Duration },  { u"h"_s, UnitKind::Duration },
        { u"일"_s, UnitKind::Span },        { u"주"_s, UnitKind::Span },      { u"개월"_s, UnitKind::Span },
        { u"년"_s, UnitKind::Span },        { u"days"_s, UnitKind::Span },    { u"day"_s, UnitKind::Span },
        { u"weeks"_s, UnitKind::Span },     { u"week"_s, UnitKind::Span },    { u"months"_s, UnitKind::Span },
        { u"month"_s, UnitKind::Span },     { u"years"_s, UnitKind::Span },   { u"year"_s, UnitKind::Span },
    };
    return kinds.value(unit.toLower(), UnitKind::Other);
}

// 열다섯 → 15, 스무 → 20, 일곱 → 7 (native Korean numbers, used with 권, 편, 번, 개, 시간).
std::optional<double> nativeKoreanValue(const QString &word)
{
    static const QHash<QString, int> tens = {
        { u"열"_s, 10 }, { u"스물"_s, 20 }, { u"스무"_s, 20 }, { u"서른"_s, 30 }, { u"마흔"_s, 40 },
        { u"쉰"_s, 50 }, { u"예순"_s, 60 }, { u"일흔"_s, 70 }, { u"여든"_s, 80 }, { u"아흔"_s, 90 },
    };
    static const QHash<QString, int> ones = {
        { u"한"_s, 1 }, { u"하나"_s, 1 }, { u"두"_s, 2 }, { u"둘"_s, 2 }, { u"세"_s, 3 }, { u"셋"_s, 3 },
        { u"네"_s, 4 }, { u"넷"_s, 4 }, { u"다섯"_s, 5 }, { u"여섯"_s, 6 }, { u"일곱"_s, 7 }, { u"여덟"_s, 8 },
        { u"아홉"_s, 9 },
    };
    for (auto ten = tens.cbegin(); ten != tens.cend(); ++ten) {
        if (word == ten.key())
            return ten.value();
        if (word.startsWith(ten.key()) && ones.contains(word.mid(ten.key().size())))
            return ten.value() + ones.value(word.mid(ten.key().size()));
    }
    if (ones.contains(word))
        return ones.value(word);
    return std::nullopt;
}

// 삼십 → 30, 이십오 → 25, 백 → 100 (sino-Korean numbers, used with 분, 회, 쪽, 개월...).
double sinoKoreanValue(const QString &word)
{
    static const QString digits = u"영일이삼사오육칠팔구"_s;
    double total = 0;
    int digit = 0;
    for (const QChar c : word) {
        const qsizetype d = digits.indexOf(c);
        if (d >= 0) {
            digit = int(d);
            continue;
        }
        const int scale = c == u'십' ? 10 : c == u'백' ? 100 : 1000;
        total += (digit == 0 ? 1 : digit) * scale;
        digit = 0;
    }
    return total + digit;
}

double arabicValue(QString digits)
{
    return digits.remove(u',').toDouble();
}

// Quantities written in Korean or with Korean counters: 15권, 세 번, 열다섯 편, 삼십 분, 5km.
// The negative look-ahead keeps 분기, 번역, 개발, 회사, 편집 from being read as counters.
QList<Quantity> koreanQuantities(const QString &text)
{
    static const QRegularExpression quantity(
        u"(?:(?<arabic>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)|(?<![가-힣])(?<korean>"
        "(?:열|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)(?:하나|한|두|둘|세|셋|네|넷|다섯|여섯|일곱|여덟|아홉)?"
        "|하나|한|두|둘|세|셋|네|넷|다섯|여섯|일곱|여덟|아홉|[일이삼사오육칠팔구십백천]+))"
        "\\s*(?<unit>페이지|시간|개월|권|편|회|번|개|쪽|분|km|킬로|일|주|년|건|장)(?![기역발사집A-Za-z])"_s);
    // A lone sino digit before 번, 권, 개... is a word, not a number: 이번 is "this time", not 2번.
    static const QStringList sinoSingleUnits = { u"분"_s, u"회"_s, u"쪽"_s, u"페이지"_s, u"km"_s, u"개월"_s, u"년"_s };
    QList<Quantity> found;
    auto matches = quantity.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString unit = match.captured(u"unit");
        double value = 0;
        if (match.hasCaptured(u"arabic")) {
            value = arabicValue(match.captured(u"arabic"));
        } else if (const auto native = nativeKoreanValue(match.captured(u"korean"))) {
            value = *native;
        } else {
            const QString word = match.captured(u"korean");
            if (word.size() == 1 && !u"십백천"_s.contains(word) && !sinoSingleUnits.contains(unit))
                continue;
            value = sinoKoreanValue(word);
        }
        found.append({ match.capturedStart(), value, unit, unitKind(unit) });
    }
    return found;
}

// Quantities in English: "15 books", "three papers", "40 hours", "once", "twice".
QList<Quantity> englishQuantities(const QString &text)
{
    static const QHash<QString, int> words = {
        { u"one"_s, 1 },    { u"two"_s, 2 },      { u"three"_s, 3 },  { u"four"_s, 4 },     { u"five"_s, 5 },
        { u"six"_s, 6 },    { u"seven"_s, 7 },    { u"eight"_s, 8 },  { u"nine"_s, 9 },     { u"ten"_s, 10 },
        { u"eleven"_s, 11 }, { u"twelve"_s, 12 }, { u"fifteen"_s, 15 }, { u"twenty"_s, 20 }, { u"thirty"_s, 30 },
        { u"fifty"_s, 50 }, { u"hundred"_s, 100 },
    };
    static const QRegularExpression quantity(
        u"\\b(?<number>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
        "|twelve|fifteen|twenty|thirty|fifty|hundred)\\s+(?!(?:a|an|the|per|every|each|of|in|on|or|and|to|by|more"
        "|than|at)\\b)(?<unit>[A-Za-z]+)\\b|\\b(?<often>once|twice)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<Quantity> found;
    auto matches = quantity.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        if (match.hasCaptured(u"often")) {
            const double value = match.captured(u"often").compare(u"once"_s, Qt::CaseInsensitive) == 0 ? 1 : 2;
            found.append({ match.capturedStart(), value, u"times"_s, UnitKind::Times });
            continue;
        }
        const QString number = match.captured(u"number");
        const double value = words.contains(number.toLower()) ? words.value(number.toLower()) : arabicValue(number);
        const QString unit = match.captured(u"unit");
        found.append({ match.capturedStart(), value, unit, unitKind(unit) });
    }
    return found;
}

// All quantities in reading order; "5 km" is found by both readers and kept once.
QList<Quantity> quantitiesIn(const QString &text)
{
    QList<Quantity> all = koreanQuantities(text);
    for (const Quantity &english : englishQuantities(text)) {
        const bool seen = std::any_of(all.cbegin(), all.cend(),
            [&](const Quantity &q) { return q.position == english.position; });
        if (!seen)
            all.append(english);
    }
    std::sort(all.begin(), all.end(), [](const Quantity &a, const Quantity &b) { return a.position < b.position; });
    return all;
}

const Quantity *firstOf(const QList<Quantity> &quantities, bool (*accept)(const Quantity &))
{
    const auto it = std::find_if(quantities.cbegin(), quantities.cend(), accept);
    return it == quantities.cend() ? nullptr : &*it;
}

bool isTimes(const Quantity &q)
{
    return q.kind == UnitKind::Times;
}

bool isNotSpan(const Quantity &q)
{
    return q.kind != UnitKind::Span;
}

bool isAny(const Quantity &)
{
    return true;
}

// With a cadence the goal is how often: in "주 3회 50분 이상 조깅" the 3회 is the target and the 50분
// a condition that stays in the title. Without a 회/번, the first amount is done per period ("매일
// 20쪽"); without any, once per period ("매주 블로그 글 쓰기").
void setFrequency(ParsedGoal &goal, const Cadence &cadence, const QList<Quantity> &quantities)
{
    goal.measure = GoalMeasure::Frequency;
    goal.per = cadence.per;
    if (cadence.everyOtherDay) {
        goal.target = 3.5;
        goal.unit = cadence.english ? u"times"_s : u"회"_s;
        return;
    }
    const Quantity *q = firstOf(quantities, isTimes);
    if (!q)
        q = firstOf(quantities, isNotSpan);
    goal.target = q ? q->value : 1.0;
    goal.unit = q ? q->unit : QString();
}

bool hasCompletionWord(const QString &text)
{
    static const QRegularExpression completion(
        u"완강|완독|완주|완료|끝내|마치기|취득|합격|\\b(?:finish|complete|pass)"_s, QRegularExpression::CaseInsensitiveOption);
    return completion.match(text).hasMatch();
}

} // namespace

QString goalMeasureName(GoalMeasure measure)
{
    switch (measure) {
    case GoalMeasure::Count:
        return u"count"_s;
    case GoalMeasure::Duration:
        return u"duration"_s;
    case GoalMeasure::Frequency:
        return u"frequency"_s;
    case GoalMeasure::Done:
        return u"done"_s;
    }
    return {};
}

QString goalCadenceName(GoalCadence cadence)
{
    switch (cadence) {
    case GoalCadence::None:
        return {};
    case GoalCadence::Day:
        return u"day"_s;
    case GoalCadence::Week:
        return u"week"_s;
    case GoalCadence::Month:
        return u"month"_s;
    }
    return {};
}

// The order of the rules matters:
// 1. a cadence makes a frequency goal (see setFrequency);
// 2. otherwise the first amount that is not a span of time is the goal. A sentence with two amounts,
//    "책 15권 읽고 7권 서평", is read as its first (count 15 권): the rest are sub-goals the user can
//    split off, and the title keeps them. A number beats a completion word ("책 한 권 완독" is 1 권);
// 3. a completion word (완강, 취득, finish...) makes a Done goal, whatever deadline it has ("6개월 안에");
// 4. a span alone is a duration ("100일 연속 커밋");
// 5. anything else is a Done goal with no target.
ParsedGoal parseGoal(const QString &sentence)
{
    ParsedGoal goal;
    goal.title = sentence.trimmed();
    QString text = goal.title;
    const Cadence cadence = takeCadence(text);
    const QList<Quantity> quantities = quantitiesIn(text);
    if (cadence.per != GoalCadence::None) {
        setFrequency(goal, cadence, quantities);
        return goal;
    }
    const Quantity *amount = firstOf(quantities, isNotSpan);
    if (!amount && !hasCompletionWord(text))
        amount = firstOf(quantities, isAny);
    if (amount) {
        goal.measure = amount->kind == UnitKind::Duration || amount->kind == UnitKind::Span ? GoalMeasure::Duration
                                                                                             : GoalMeasure::Count;
        goal.target = amount->value;
        goal.unit = amount->unit;
    }
    return goal;
}

} // namespace hoego
