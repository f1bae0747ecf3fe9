#include "postsections.h"

#include <QRegularExpression>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace hoego::importing
{
namespace
{

// What a label (a heading, a bold line, a list item standing for a group) names.
struct Label {
    enum class What { Nothing, Kpt, Goals } what = What::Nothing;
    KptSection section = KptSection::Keep;
    GoalYear yearHint = GoalYear::Contextual;
    int year = 0;
    bool names() const { return what != What::Nothing; }
};

// The section names people use, after normalisation (lower case, single spaces, no Markdown or
// punctuation around them). Each pattern must match the whole label.
struct KptWords {
    KptSection section;
    const char16_t *pattern;
};
constexpr KptWords kptWords[] = {
    {KptSection::Keep, u"keep|k|유지|유지할 ?(?:것|점)|잘한 ?(?:점|것|일)|잘했던 ?(?:점|것|일)|좋았던 ?(?:점|것|일)|좋은 ?점"},
    {KptSection::Problem, u"problems?|p|문제|문제점|아쉬운 ?(?:점|것)|아쉬웠던 ?(?:점|것)|개선할 ?(?:점|것)|개선점|부족한 ?점|부족했던 ?점"},
    {KptSection::Try, u"try|t|시도|시도할 ?(?:것|점)|해 ?볼 ?것|도전할 ?것"},
};

// Goals sections: "2025년 목표", "2025 목표와 계획", "내년 목표", "새해 다짐", "목표", "2025 goals". Not
// "2025년 계획" alone: that is the title of a plan, and everything under it would become a goal.
constexpr const char16_t *goalsPattern =
    u"(?:(?<year>(?:19|20)\\d{2}) ?년?(?: ?의)?|(?<next>내년|새해|다음 ?해)(?: ?의)?)? ?"
    u"(?:목표|다짐)(?: ?(?:와|과|및|&|/|,) ?(?:목표|다짐|계획))?"
    u"|(?:(?<year2>(?:19|20)\\d{2}) |(?<next2>next year'?s?) |new year'?s? )?(?:goals?|resolutions?)(?: for (?<year3>(?:19|20)\\d{2}))?";

QRegularExpression wholeMatch(const char16_t *pattern)
{
    return QRegularExpression(u"^(?:"_s + QString::fromUtf16(pattern) + u")$"_s, QRegularExpression::UseUnicodePropertiesOption);
}

// Compiled once (thread-safe static initialisation: imports parse on worker threads).
struct LabelPatterns {
    QList<std::pair<KptSection, QRegularExpression>> kpt;
    QRegularExpression goals = wholeMatch(goalsPattern);
    LabelPatterns()
    {
        for (const KptWords &words : kptWords)
            kpt.append({words.section, wholeMatch(words.pattern)});
    }
};

const LabelPatterns &labelPatterns()
{
    static const LabelPatterns patterns;
    return patterns;
}

// "**Keep** (유지할 것)", "1. 잘한 점 👍", "[Problem]" → "keep", "잘한 점", "problem".
QString normaliseLabel(QString text)
{
    static const QRegularExpression emphasis(u"[*_`~]+"_s);
    static const QRegularExpression numbering(u"^\\s*(?:\\d{1,2}[.)]|[ⅠⅡⅢⅣⅤⅰⅱⅲⅳⅴ]+[.)]?|[①②③④⑤])\\s*"_s);
    static const QRegularExpression parenthetical(u"\\s*[(（\\[].*$"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    text.remove(emphasis);
    text.remove(numbering);
    qsizetype start = 0;
    while (start < text.size() && !text.at(start).isLetterOrNumber())
        ++start;
    text = text.mid(start);
    if (!text.isEmpty() && text.at(0).isLetterOrNumber())
        text.remove(parenthetical); // "Keep (유지)" → "Keep"; a leading "[Keep]" was cut above
    while (!text.isEmpty() && !text.back().isLetterOrNumber())
        text.chop(1);
    return text.replace(spaces, u" "_s).toLower();
}

Label classify(const QString &raw)
{
    const QString text = normaliseLabel(raw);
    if (text.isEmpty() || text.size() > 40)
        return {};
    const LabelPatterns &patterns = labelPatterns();
    for (const auto &[section, pattern] : patterns.kpt) {
        if (pattern.match(text).hasMatch())
            return Label{Label::What::Kpt, section};
    }
    const QRegularExpressionMatch goals = patterns.goals.match(text);
    if (!goals.hasMatch())
        return {};
    Label label{Label::What::Goals};
    for (const QString &group : {u"year"_s, u"year2"_s, u"year3"_s}) {
        if (const QString year = goals.captured(group); !year.isEmpty()) {
            label.yearHint = GoalYear::Explicit;
            label.year = year.toInt();
        }
    }
    if (!goals.captured(u"next"_s).isEmpty() || !goals.captured(u"next2"_s).isEmpty())
        label.yearHint = GoalYear::Next;
    return label;
}

// "Keep: 매일 커밋하기" → a Keep label with the item "매일 커밋하기".
std::optional<std::pair<Label, QString>> labelWithContent(const QString &text)
{
    static const QRegularExpression colon(u"^([^:：]{1,30})[:：]\\s*(\\S.*)$"_s);
    const QRegularExpressionMatch match = colon.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const Label label = classify(match.captured(1));
    if (!label.names())
        return std::nullopt;
    return std::pair{label, match.captured(2)};
}

// An item's words as the user wrote them, without checkboxes and emphasis markers.
QString cleanItem(QString text)
{
    static const QRegularExpression checkbox(u"^\\[[ xXvV✓✔]\\]\\s*"_s);
    static const QRegularExpression emphasis(u"\\*\\*|__"_s);
    text.remove(checkbox);
    text.remove(emphasis);
    text = text.trimmed();
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber())
            return text;
    }
    return {};
}

int indentOf(const QString &line)
{
    int indent = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++indent;
        else if (c == u'\t')
            indent += 4;
        else
            break;
    }
    return indent;
}

const QRegularExpression &atxHeadingPattern()
{
    static const QRegularExpression heading(u"^ {0,3}(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$"_s);
    return heading;
}

const QRegularExpression &bulletPattern()
{
    static const QRegularExpression bullet(u"^(\\s*)(?:[-*+•◦▪▫·‣∙●○■□]|\\d{1,3}[.)])\\s+(.*)$"_s);
    return bullet;
}

// Plain lines under a bare label are items only when short: a long one is prose.
constexpr qsizetype longestBareItem = 150;
constexpr int bareLabelLevel = 7; // below every Markdown heading

class Scanner
{
public:
    void line(const QString &line);
    PostSections result() { return std::move(m_sections); }

private:
    struct HeadingLabel {
        int level = 0;
        Label label;
    };
    struct ListLabel {
        int indent = 0;
        Label label;
        int childIndent = -1;
    };

    void heading(int level, const QString &text);
    void listItem(int indent, const QString &text);
    void plainLine(const QString &text);
    void add(const Label &label, const QString &text);
    const HeadingLabel *headingContext() const;

    PostSections m_sections;
    QList<HeadingLabel> m_headings;
    QList<ListLabel> m_lists;
    int m_headingItemIndent = -1;
    int m_bareItems = 0; // items taken from plain lines under the current bare label
    QString m_fence;
};

const Scanner::HeadingLabel *Scanner::headingContext() const
{
    for (auto it = m_headings.crbegin(); it != m_headings.crend(); ++it) {
        if (it->label.names())
            return &*it;
    }
    return nullptr;
}

void Scanner::add(const Label &label, const QString &raw)
{
    const QString text = cleanItem(raw);
    if (text.isEmpty())
        return;
    if (label.what == Label::What::Kpt)
        m_sections.kpt << FoundKptItem{label.section, text};
    else if (label.what == Label::What::Goals)
        m_sections.goals << FoundGoal{text, label.yearHint, label.year};
}

void Scanner::heading(int level, const QString &text)
{
    while (!m_headings.isEmpty() && m_headings.back().level >= level)
        m_headings.removeLast();
    m_headings << HeadingLabel{level, classify(text)};
    m_lists.clear();
    m_bareItems = 0;
    m_headingItemIndent = -1;
}

void Scanner::listItem(int indent, const QString &text)
{
    while (!m_lists.isEmpty() && m_lists.back().indent >= indent)
        m_lists.removeLast();
    if (const Label label = classify(text); label.names()) {
        m_lists << ListLabel{indent, label};
        return;
    }
    if (const auto inline_ = labelWithContent(text)) {
        add(inline_->first, inline_->second);
        return;
    }
    if (!m_lists.isEmpty()) {
        // Only the label's own children; a deeper item is a detail of the item above it.
        ListLabel &parent = m_lists.back();
        if (parent.childIndent < 0 || indent < parent.childIndent)
            parent.childIndent = indent;
        if (indent == parent.childIndent)
            add(parent.label, text);
        return;
    }
    const HeadingLabel *context = headingContext();
    if (!context)
        return;
    if (m_headingItemIndent < 0 || indent < m_headingItemIndent)
        m_headingItemIndent = indent;
    if (indent == m_headingItemIndent)
        add(context->label, text);
}

void Scanner::plainLine(const QString &text)
{
    if (indentOf(text) == 0)
        m_lists.clear(); // a paragraph ends the list
    const QString trimmed = text.trimmed();
    if (const Label label = classify(trimmed); label.names()) {
        heading(bareLabelLevel, trimmed);
        return;
    }
    if (const auto inline_ = labelWithContent(trimmed)) {
        add(inline_->first, inline_->second);
        return;
    }
    const HeadingLabel *context = headingContext();
    if (context && context->level == bareLabelLevel && trimmed.size() <= longestBareItem) {
        add(context->label, trimmed); // text copied from a blog: the list markers are gone
        ++m_bareItems;
    }
}

void Scanner::line(const QString &line)
{
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    const QRegularExpression &atxHeading = atxHeadingPattern();
    const QRegularExpression &bullet = bulletPattern();
    if (const QRegularExpressionMatch match = fence.match(line); match.hasMatch()) {
        const QString marker = match.captured(1);
        if (m_fence.isEmpty())
            m_fence = marker;
        else if (marker.startsWith(m_fence))
            m_fence.clear();
        return;
    }
    if (!m_fence.isEmpty())
        return;
    if (line.trimmed().isEmpty()) {
        // In text copied from a blog a bare label's items are consecutive lines; the blank line
        // after them ends the section, so the closing remarks are not taken for items.
        if (!m_headings.isEmpty() && m_headings.back().level == bareLabelLevel && m_bareItems > 0)
            m_headings.removeLast();
        return;
    }
    if (const QRegularExpressionMatch match = atxHeading.match(line); match.hasMatch())
        heading(int(match.captured(1).size()), match.captured(2));
    else if (const QRegularExpressionMatch item = bullet.match(line); item.hasMatch())
        listItem(indentOf(item.captured(1)), item.captured(2));
    else
        plainLine(line);
}

} // namespace

namespace
{

// One line of a post as withoutTakenKptSections sees it.
struct LineShape {
    int headingLevel = 0; // 1–6 for an ATX heading outside code, else 0
    QString headingText;
    bool code = false;    // a fence or a line inside one
    bool blank = false;
};

QList<LineShape> shapesOf(const QStringList &lines)
{
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    QList<LineShape> shapes;
    QString openFence;
    for (const QString &line : lines) {
        LineShape shape;
        if (const QRegularExpressionMatch match = fence.match(line); match.hasMatch()) {
            shape.code = true;
            if (openFence.isEmpty())
                openFence = match.captured(1);
            else if (match.captured(1).startsWith(openFence))
                openFence.clear();
        } else if (!openFence.isEmpty()) {
            shape.code = true;
        } else if (line.trimmed().isEmpty()) {
            shape.blank = true;
        } else if (const QRegularExpressionMatch heading = atxHeadingPattern().match(line); heading.hasMatch()) {
            shape.headingLevel = int(heading.captured(1).size());
            shape.headingText = heading.captured(2);
        }
        shapes << shape;
    }
    return shapes;
}

// The line after the section that the heading at `at` opens: the next heading of its level or above.
qsizetype sectionEnd(const QList<LineShape> &shapes, qsizetype at)
{
    qsizetype end = at + 1;
    while (end < shapes.size() && !(shapes[end].headingLevel > 0 && shapes[end].headingLevel <= shapes[at].headingLevel))
        ++end;
    return end;
}

// True when lines (at, end) are blank lines and list items of one indentation, each an item
// findSections takes (so nothing of them is lost when the section goes).
bool onlyTakenItems(const QStringList &lines, const QList<LineShape> &shapes, qsizetype at, qsizetype end)
{
    int itemIndent = -1;
    bool anyItem = false;
    for (qsizetype i = at + 1; i < end; ++i) {
        if (shapes[i].blank)
            continue;
        const QRegularExpressionMatch item = bulletPattern().match(lines[i]);
        if (shapes[i].code || shapes[i].headingLevel > 0 || !item.hasMatch())
            return false;
        const int indent = indentOf(item.captured(1));
        if (itemIndent >= 0 && indent != itemIndent)
            return false;
        itemIndent = indent;
        const QString text = item.captured(2);
        if (cleanItem(text).isEmpty() || classify(text).names() || labelWithContent(text))
            return false;
        anyItem = true;
    }
    return anyItem;
}

} // namespace

QString withoutTakenKptSections(const QString &markdown)
{
    const QStringList lines = markdown.split(u'\n');
    const QList<LineShape> shapes = shapesOf(lines);
    QList<bool> removed(lines.size(), false);
    bool anyRemoved = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (shapes[i].headingLevel == 0 || classify(shapes[i].headingText).what != Label::What::Kpt)
            continue;
        const qsizetype end = sectionEnd(shapes, i);
        if (!onlyTakenItems(lines, shapes, i, end))
            continue;
        std::fill(removed.begin() + i, removed.begin() + end, true);
        anyRemoved = true;
    }
    if (!anyRemoved)
        return markdown;
    // A "KPT" heading whose sections all went has nothing left to head.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (shapes[i].headingLevel == 0 || removed[i] || !shapes[i].headingText.contains(u"KPT"_s, Qt::CaseInsensitive))
            continue;
        const qsizetype end = sectionEnd(shapes, i);
        bool emptied = false;
        bool rest = false;
        for (qsizetype j = i + 1; j < end; ++j) {
            emptied = emptied || removed[j];
            rest = rest || (!removed[j] && !shapes[j].blank);
        }
        if (emptied && !rest)
            removed[i] = true;
    }
    // What is left, with the blank lines around the removed sections folded into one.
    QStringList kept;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (removed[i] || (shapes[i].blank && !kept.isEmpty() && kept.back().trimmed().isEmpty()))
            continue;
        kept << lines[i];
    }
    while (kept.size() > 1 && kept.back().trimmed().isEmpty() && kept[kept.size() - 2].trimmed().isEmpty())
        kept.removeLast();
    if (!kept.isEmpty() && markdown.endsWith(u'\n') && !kept.back().isEmpty())
        kept << QString();
    return kept.join(u'\n');
}

PostSections findSections(const QString &markdown)
{
    Scanner scanner;
    for (const QStringView line : QStringView(markdown).split(u'\n'))
        scanner.line(line.toString());
    return scanner.result();
}

} // namespace hoego::importing
