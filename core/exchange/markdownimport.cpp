#include "markdownimport.h"

#include "postsections.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Jekyll/Hugo front matter: a few `key: value` lines between `---` lines. Lists are `[a, b]`,
// `- a` lines under the key, or (Jekyll's tags) words separated by spaces.
struct FrontMatter {
    QHash<QString, QString> values;
    QHash<QString, QStringList> lists;
    QString body; // the text after it
};

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value.trimmed();
}

QStringList listValue(const QString &value)
{
    QString text = value.trimmed();
    QStringList items;
    if (text.startsWith(u'[') && text.endsWith(u']')) {
        for (const QString &item : text.mid(1, text.size() - 2).split(u','))
            items << unquoted(item);
    } else if (!text.isEmpty()) {
        items << (text.contains(u',') ? text.split(u',') : text.split(u' ', Qt::SkipEmptyParts));
        for (QString &item : items)
            item = unquoted(item);
    }
    items.removeAll(QString());
    return items;
}

FrontMatter readFrontMatter(const QString &text)
{
    static const QRegularExpression keyLine(u"^([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)$"_s);
    static const QRegularExpression listLine(u"^\\s+-\\s+(.*)$"_s);
    FrontMatter matter{{}, {}, text};
    if (!text.startsWith(u"---\n"_s))
        return matter;
    const QStringList lines = text.split(u'\n');
    QString lastKey;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed() == u"---"_s || line.trimmed() == u"..."_s) {
            matter.body = lines.mid(i + 1).join(u'\n');
            while (matter.body.startsWith(u'\n'))
                matter.body.remove(0, 1);
            return matter;
        }
        if (const QRegularExpressionMatch item = listLine.match(line); item.hasMatch() && !lastKey.isEmpty()) {
            matter.lists[lastKey] << unquoted(item.captured(1));
        } else if (const QRegularExpressionMatch pair = keyLine.match(line); pair.hasMatch()) {
            lastKey = pair.captured(1).toLower();
            matter.values.insert(lastKey, unquoted(pair.captured(2)));
            matter.lists.insert(lastKey, listValue(pair.captured(2)));
        }
    }
    return FrontMatter{{}, {}, text}; // no closing line: it was not front matter
}

QDate dateIn(const QString &text)
{
    static const QRegularExpression date(u"((?:19|20)\\d{2})[-./](\\d{1,2})[-./](\\d{1,2})"_s);
    const QRegularExpressionMatch match = date.match(text);
    return match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()) : QDate();
}

// `2023-12-31-retrospective.md` → 2023-12-31.
QDate dateOfFileName(const QString &baseName)
{
    static const QRegularExpression leading(u"^((?:19|20)\\d{2})-(\\d{2})-(\\d{2})"_s);
    const QRegularExpressionMatch match = leading.match(baseName);
    return match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()) : QDate();
}

QString titleOfFileName(const QString &baseName)
{
    static const QRegularExpression datePrefix(u"^(?:19|20)\\d{2}-\\d{2}-\\d{2}[-_ ]*"_s);
    static const QRegularExpression separators(u"[-_]+"_s);
    QString title = baseName;
    title.remove(datePrefix);
    return title.replace(separators, u" "_s).trimmed();
}

QString withoutMarkdown(QString line)
{
    static const QRegularExpression markers(u"^\\s*(?:#{1,6}\\s+|>\\s*|[-*+•◦]\\s+)|[*_`]+|\\s+#+\\s*$"_s);
    return line.remove(markers).trimmed();
}

// The first line with text, and its heading level (0: not a heading).
std::pair<QString, int> firstLine(const QString &body)
{
    static const QRegularExpression heading(u"^ {0,3}(#{1,6})\\s"_s);
    for (const QStringView line : QStringView(body).split(u'\n')) {
        const QString text = withoutMarkdown(line.toString());
        if (text.isEmpty() || text == u"---"_s)
            continue;
        const QRegularExpressionMatch match = heading.matchView(line);
        return {text, match.hasMatch() ? int(match.capturedLength(1)) : 0};
    }
    return {};
}

// The title: the front matter's, a heading the post opens with or its one level-1 heading, the first
// line (text copied from a blog has lost its markup), else the file name.
QString guessTitle(const FrontMatter &matter, const QString &baseName)
{
    static const QRegularExpression topHeading(u"^ {0,3}#\\s+(\\S.*)$"_s, QRegularExpression::MultilineOption);
    constexpr qsizetype longestTitle = 100;
    if (const QString title = matter.values.value(u"title"_s); !title.isEmpty())
        return title;
    const auto [first, level] = firstLine(matter.body);
    if (level == 0) {
        if (const QRegularExpressionMatch match = topHeading.match(matter.body); match.hasMatch()) {
            if (const QString title = withoutMarkdown(match.captured(1)); !title.isEmpty())
                return title.left(longestTitle);
        }
    }
    if (!first.isEmpty())
        return first.left(longestTitle).trimmed();
    if (const QString title = titleOfFileName(baseName); !title.isEmpty())
        return title;
    return u"Imported post"_s;
}

// Words that say what kind of writing a title announces, most specific first. A year review that
// also names next year's goals ("2024 회고와 2025 목표") is a year review: Year comes before Plan.
struct KindWords {
    EntryKind kind;
    const char16_t *pattern;
};
constexpr KindWords kindWords[] = {
    {EntryKind::Half, u"상반기|하반기|\\bH[12]\\b|first half|second half|half[- ]year"},
    {EntryKind::Quarter, u"[1-4] ?분기|\\bQ[1-4]\\b"},
    {EntryKind::Month, u"(?<!\\d)(?:1[0-2]|0?[1-9]) ?월(?! ?\\d{1,2} ?일)(?!요)|월간|monthly|\\b(?:19|20)\\d{2}[-.](?:0[1-9]|1[0-2])\\b(?![-.]\\d)"},
    {EntryKind::Week, u"\\d{1,2} ?주차|주간|weekly|\\bW\\d{1,2}\\b"},
    {EntryKind::Year, u"회고|결산|돌아보|보내며|보내는|review|retrospective|\\bretro\\b|wrap[- ]?up"},
    {EntryKind::Plan, u"계획|다짐|신년|새해|목표|\\bplans?\\b|resolutions?|goals"},
};

std::optional<EntryKind> kindOfTitle(const QString &title)
{
    static const QList<std::pair<EntryKind, QRegularExpression>> patterns = [] {
        QList<std::pair<EntryKind, QRegularExpression>> list;
        for (const KindWords &words : kindWords)
            list.append({words.kind, QRegularExpression(QString::fromUtf16(words.pattern), QRegularExpression::CaseInsensitiveOption)});
        return list;
    }();
    for (const auto &[kind, pattern] : patterns) {
        if (pattern.match(title).hasMatch())
            return kind;
    }
    return std::nullopt;
}

QList<int> yearsIn(const QString &text)
{
    static const QRegularExpression year(u"(?<!\\d)((?:19|20)\\d{2})(?!\\d)"_s);
    QList<int> years;
    for (const QRegularExpressionMatch &match : year.globalMatch(text))
        years << match.captured(1).toInt();
    return years;
}

int numberAfter(const QString &text, const QString &pattern)
{
    const QRegularExpressionMatch match = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption).match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// The period a `kind` of writing titled `title` and written on `written` looks back on (or ahead
// to); empty when the post gives no year at all.
std::optional<Period> periodFor(EntryKind kind, const QString &title, const QDate &written)
{
    const QList<int> years = yearsIn(title);
    int year = years.isEmpty() ? 0 : (kind == EntryKind::Plan ? *std::max_element(years.begin(), years.end()) : years.first());
    if (year == 0 && written.isValid()) {
        year = written.year();
        if (kind == EntryKind::Year && written.month() <= 2)
            year -= 1; // a year review written in January looks back on the year before
        if (kind == EntryKind::Plan && written.month() >= 10)
            year += 1; // a plan written in autumn is for the coming year
    }
    if (year == 0)
        return std::nullopt;
    QString text = QString::number(year);
    if (kind == EntryKind::Half) {
        const bool second = QRegularExpression(u"하반기|H2|second half"_s, QRegularExpression::CaseInsensitiveOption).match(title).hasMatch();
        text += second ? u"-H2"_s : u"-H1"_s;
    } else if (kind == EntryKind::Quarter) {
        int quarter = numberAfter(title, u"([1-4]) ?분기"_s);
        if (quarter == 0)
            quarter = numberAfter(title, u"\\bQ([1-4])\\b"_s);
        text += u"-Q%1"_s.arg(qMax(1, quarter));
    } else if (kind == EntryKind::Month) {
        int month = numberAfter(title, u"(?<!\\d)(1[0-2]|0?[1-9]) ?월"_s);
        if (month == 0)
            month = numberAfter(title, u"(?:19|20)\\d{2}[-.](0[1-9]|1[0-2])"_s);
        if (month == 0)
            month = written.isValid() ? written.month() : 0;
        if (month == 0)
            return std::nullopt;
        text += u"-%1"_s.arg(month, 2, 10, QChar(u'0'));
    } else if (kind == EntryKind::Week) {
        int week = numberAfter(title, u"(\\d{1,2}) ?주차"_s);
        if (week == 0)
            week = numberAfter(title, u"\\bW(\\d{1,2})\\b"_s);
        if (week == 0 && written.isValid())
            week = written.weekNumber();
        if (week == 0)
            return std::nullopt;
        text += u"-W%1"_s.arg(week, 2, 10, QChar(u'0'));
    }
    auto period = Period::parse(text);
    return period ? std::optional<Period>(*period) : std::nullopt;
}

void guessKindAndPeriod(ImportedPost &post, const FrontMatter &matter, const QString &baseName, bool hasSections)
{
    const auto statedKind = entryKindFromName(matter.values.value(u"kind"_s));
    auto statedPeriod = Period::parse(matter.values.value(u"period"_s));
    if (statedKind && statedPeriod) { // our own export, or a careful user
        post.kind = *statedKind;
        post.period = *statedPeriod;
        return;
    }
    const QString named = post.title + u' ' + titleOfFileName(baseName);
    std::optional<EntryKind> kind = kindOfTitle(named);
    if (!kind && hasSections && !yearsIn(named).isEmpty())
        kind = EntryKind::Year; // "나의 2024" with a KPT block
    if (kind) {
        if (auto period = periodFor(*kind, named, post.written)) {
            post.kind = *kind;
            post.period = *period;
            return;
        }
    }
    // A note about the year it names, was written in, or (knowing nothing) this year.
    const QList<int> years = yearsIn(named);
    const int year = !years.isEmpty() ? years.first() : post.written.isValid() ? post.written.year() : QDate::currentDate().year();
    post.kind = EntryKind::Note;
    post.period = *Period::parse(QString::number(year));
}

int goalYear(const importing::FoundGoal &goal, const ImportedPost &post)
{
    const int year = post.period.year();
    switch (goal.yearHint) {
    case importing::GoalYear::Explicit:
        return goal.year;
    case importing::GoalYear::Next:
        return post.kind == EntryKind::Plan ? year : year + 1;
    case importing::GoalYear::Contextual:
        return post.kind == EntryKind::Year ? year + 1 : year;
    }
    return year;
}

} // namespace

int ImportedPost::count(KptSection section) const
{
    return int(std::count_if(kpt.begin(), kpt.end(), [section](const ImportedKptItem &item) { return item.section == section; }));
}

ImportedPost parsePost(const QString &text, const QString &fileName)
{
    const QString baseName = QFileInfo(fileName).completeBaseName();
    const FrontMatter matter = readFrontMatter(text.normalized(QString::NormalizationForm_C));
    ImportedPost post;
    post.body = matter.body;
    post.title = guessTitle(matter, baseName);
    post.written = dateIn(matter.values.value(u"date"_s));
    if (!post.written.isValid())
        post.written = dateOfFileName(baseName);
    post.tags = matter.lists.value(u"tags"_s) + matter.lists.value(u"categories"_s) + matter.lists.value(u"category"_s);
    post.tags.removeDuplicates();

    const importing::PostSections sections = importing::findSections(post.body);
    guessKindAndPeriod(post, matter, baseName, !sections.kpt.isEmpty() || !sections.goals.isEmpty());
    // Prose stays in the body; KPT sections taken whole become KPT items only.
    post.body = importing::withoutTakenKptSections(post.body);
    // An item listed twice is one item: a post Hoego exported holds its body as it was imported
    // (with the post's own KPT and goals sections) and then the KPT block and goals it wrote.
    for (const importing::FoundKptItem &item : sections.kpt) {
        if (const ImportedKptItem kpt{item.section, item.text}; !post.kpt.contains(kpt))
            post.kpt << kpt;
    }
    for (const importing::FoundGoal &goal : sections.goals) {
        // Hoego's Markdown export writes "- 책 15권 읽기 — partly, 7/15 권": the goal, then its outcome.
        static const QRegularExpression outcome(u"\\s+—\\s+(open|achieved|partly|missed|dropped)(?:,.*)?$"_s);
        const QRegularExpressionMatch match = outcome.match(goal.sentence);
        const ImportedGoal imported{match.hasMatch() ? goal.sentence.left(match.capturedStart()) : goal.sentence, goalYear(goal, post),
                                    match.hasMatch() ? goalStatusFromName(match.captured(1)).value_or(GoalStatus::Open) : GoalStatus::Open};
        const auto same = std::find_if(post.goals.begin(), post.goals.end(), [&imported](const ImportedGoal &other) {
            return other.sentence == imported.sentence && other.year == imported.year;
        });
        if (same == post.goals.end())
            post.goals << imported;
        else if (match.hasMatch())
            same->status = imported.status; // the exported outcome wins over the plain line before it
    }
    return post;
}

} // namespace hoego
