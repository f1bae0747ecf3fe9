#include "exporttext.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hoego::exporttext
{
namespace
{

bool isHangul(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
}

QString number(double value)
{
    // "7", "7.5": never "7.000000" nor a locale's decimal comma in a file meant to be read back.
    return QString::number(value, 'g', 10);
}

QString cadencePlural(GoalCadence cadence)
{
    switch (cadence) {
    case GoalCadence::Day:
        return u"days"_s;
    case GoalCadence::Week:
        return u"weeks"_s;
    case GoalCadence::Month:
        return u"months"_s;
    case GoalCadence::None:
        break;
    }
    return {};
}

} // namespace

bool isMostlyLatin(const QString &text)
{
    int hangul = 0;
    int latin = 0;
    // The opening of an entry says enough about its language; long bodies need not be read through.
    const QStringView sample = QStringView(text).left(4000);
    for (const char32_t c : sample.toUcs4()) {
        if (isHangul(c))
            ++hangul;
        else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            ++latin;
    }
    return latin > hangul;
}

QString slug(const QString &title, const QString &fallback)
{
    const QString normalized = title.normalized(QString::NormalizationForm_C);
    QString stem;
    bool dash = false;
    for (const char32_t c : normalized.toUcs4()) {
        // Letters of any script are safe in file names everywhere; punctuation, spaces and marks are not.
        const bool keep = QChar::isLetterOrNumber(c) || isHangul(c);
        if (keep) {
            if (dash && !stem.isEmpty())
                stem += u'-';
            dash = false;
            stem += QString::fromUcs4(&c, 1).toLower();
        } else {
            dash = true;
        }
        if (stem.size() >= 60)
            break;
    }
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem.isEmpty() ? fallback : stem;
}

QString progressText(const GoalStanding &standing)
{
    const Goal &goal = standing.goal;
    const GoalProgress &progress = standing.progress;
    if (goal.measure == GoalMeasure::Frequency && goal.per != GoalCadence::None)
        return u"%1/%2 %3"_s.arg(progress.periodsMet).arg(progress.periodsInYear).arg(cadencePlural(goal.per));
    if (goal.measure == GoalMeasure::Done || !goal.target)
        return progress.fraction >= 1 ? u"done"_s : u"not done"_s;
    QString text = number(progress.achieved) + u'/' + number(*goal.target);
    if (!goal.unit.isEmpty())
        text += u' ' + goal.unit;
    return text;
}

QString goalsHeading(int year, bool latin)
{
    return latin ? u"Goals for %1"_s.arg(year) : u"%1년 목표"_s.arg(year);
}

QString goalsMarkdown(const QList<GoalStanding> &goals, bool latin, int level)
{
    QString markdown;
    int year = 0;
    for (const GoalStanding &standing : goals) {
        if (standing.goal.year != year) {
            year = standing.goal.year;
            if (!markdown.isEmpty())
                markdown += u'\n';
            markdown += QString(qBound(1, level, 6), u'#') + u' ' + goalsHeading(year, latin) + u"\n\n"_s;
        }
        markdown += u"- "_s + inlineMarkdown(standing.goal.title) + u" — "_s + goalStatusName(standing.goal.status) + u", "_s
            + progressText(standing) + u'\n';
    }
    return markdown;
}

QString inlineMarkdown(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ');
    static const QRegularExpression ordered(u"^(\\d{1,9})([.)])(\\s|$)"_s);
    if (const auto match = ordered.match(line); match.hasMatch())
        return match.captured(1) + u'\\' + line.mid(match.capturedLength(1));
    // Only what would open a block: "-5kg 감량" stays as written, "- 목록" does not.
    static const QRegularExpression block(u"^(#{1,6}(\\s|$)|>|[-+*](\\s|$))"_s);
    if (block.match(line).hasMatch())
        return u'\\' + line;
    return line;
}

} // namespace hoego::exporttext
