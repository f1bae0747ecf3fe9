#include "recurringproblems.h"

#include <QHash>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Particles and verb endings stripped from the end of a Hangul word, longest first. One-syllable
// ones that also end ordinary nouns (회의, 공부가 but 아이) are stripped only from longer words.
struct Suffix {
    QString text;
    int minimumStem = 1;
};

const QList<Suffix> &suffixes()
{
    static const QList<Suffix> all = [] {
        QList<Suffix> list;
        for (const QString &text : {u"에서는"_s, u"으로는"_s, u"에게서"_s, u"어졌다"_s, u"아졌다"_s, u"였었다"_s, u"었었다"_s,
                                    u"에서"_s, u"에게"_s, u"한테"_s, u"으로"_s, u"부터"_s, u"까지"_s, u"보다"_s, u"처럼"_s,
                                    u"조차"_s, u"마저"_s, u"마다"_s, u"이랑"_s, u"에는"_s, u"에도"_s, u"었다"_s, u"았다"_s,
                                    u"였다"_s, u"했다"_s, u"었음"_s, u"았음"_s, u"였음"_s, u"했음"_s, u"졌다"_s, u"하기"_s,
                                    u"하지"_s, u"하고"_s, u"해서"_s, u"을"_s, u"를"_s, u"은"_s, u"는"_s, u"과"_s, u"와"_s, u"다"_s})
            list << Suffix{text, 1};
        for (const QString &text : {u"이"_s, u"가"_s, u"의"_s, u"에"_s, u"로"_s, u"도"_s, u"만"_s, u"음"_s, u"함"_s, u"지"_s,
                                    u"기"_s, u"고"_s})
            list << Suffix{text, 2};
        std::stable_sort(list.begin(), list.end(), [](const Suffix &a, const Suffix &b) { return a.text.size() > b.text.size(); });
        return list;
    }();
    return all;
}

// Words that carry no topic: forms of 하다/되다/있다, adverbs of frequency and degree, English
// function words. Problems differ in what went wrong, not in these.
const QSet<QString> &fillerWords()
{
    static const QSet<QString> words = {
        u"하다"_s, u"했다"_s, u"하지"_s, u"함"_s, u"했음"_s, u"하기"_s, u"한다"_s, u"해야"_s, u"하는"_s, u"했고"_s, u"해서"_s,
        u"하고"_s, u"했는데"_s, u"했었다"_s, u"된다"_s, u"됐다"_s, u"되지"_s, u"됨"_s, u"되었다"_s, u"있다"_s, u"있었다"_s,
        u"있음"_s, u"자꾸"_s, u"계속"_s, u"또"_s, u"다시"_s, u"또다시"_s, u"너무"_s, u"거의"_s, u"항상"_s, u"늘"_s,
        u"매번"_s, u"좀"_s, u"조금"_s, u"제대로"_s, u"여전히"_s, u"올해"_s, u"올해도"_s, u"작년"_s, u"작년에도"_s,
        u"이번"_s, u"이번에도"_s, u"아직"_s, u"아직도"_s, u"결국"_s, u"별로"_s, u"전혀"_s, u"잘"_s,
        u"did"_s, u"do"_s, u"does"_s, u"to"_s, u"the"_s, u"a"_s, u"an"_s, u"of"_s, u"on"_s, u"in"_s, u"at"_s,
        u"my"_s, u"i"_s, u"was"_s, u"were"_s, u"is"_s, u"be"_s, u"been"_s, u"enough"_s, u"again"_s, u"too"_s,
        u"still"_s, u"always"_s,
    };
    return words;
}

const QSet<QString> &negationWords()
{
    static const QSet<QString> words = {u"못"_s, u"안"_s, u"not"_s, u"no"_s, u"never"_s, u"without"_s,
                                        u"failed"_s, u"fail"_s, u"cannot"_s};
    return words;
}

bool isHangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

// Letters, digits and apostrophes in runs; a change between Hangul and other letters also splits,
// so that "PR을" is "PR" and the particle "을".
QStringList words(const QString &text)
{
    QStringList result;
    QString word;
    for (const QChar c : text) {
        const bool inWord = c.isLetterOrNumber() || c == u'\'' || c == u'\u2019';
        if (!inWord || (!word.isEmpty() && isHangul(word.back()) != isHangul(c))) {
            if (!word.isEmpty())
                result << word;
            word.clear();
        }
        if (inWord)
            word += c == u'\u2019' ? u'\'' : c;
    }
    if (!word.isEmpty())
        result << word;
    return result;
}

QString stemOfHangul(const QString &word)
{
    for (const Suffix &suffix : suffixes()) {
        if (word.endsWith(suffix.text) && word.size() - suffix.text.size() >= suffix.minimumStem)
            return word.left(word.size() - suffix.text.size());
    }
    return word;
}

QString stemOfLatin(const QString &word)
{
    for (const QString &suffix : {u"ing"_s, u"ed"_s, u"es"_s, u"s"_s, u"ly"_s, u"e"_s}) {
        if (word.endsWith(suffix) && word.size() - suffix.size() >= 3)
            return word.left(word.size() - suffix.size());
    }
    return word;
}

bool isParticle(const QString &word)
{
    return std::any_of(suffixes().begin(), suffixes().end(), [&](const Suffix &suffix) { return suffix.text == word; });
}

// What a problem is about (its stems, without spaces) and whether it is said in the negative.
struct Signature {
    QString content;
    bool negated = false;
};

Signature signature(const QString &text)
{
    Signature result;
    for (QString word : words(text.normalized(QString::NormalizationForm_C).toCaseFolded())) {
        // "하지못했다" written without its spaces: the negation is inside the word.
        for (const QString &joined : {u"지못"_s, u"지않"_s}) {
            if (const qsizetype at = word.indexOf(joined); at > 0) {
                result.negated = true;
                word = word.left(at);
            }
        }
        if (negationWords().contains(word) || word.endsWith(u"n't"_s) || word.startsWith(u'않') || word.startsWith(u'못')) {
            result.negated = true;
            continue;
        }
        if (fillerWords().contains(word) || (isHangul(word.front()) && isParticle(word)))
            continue;
        result.content += isHangul(word.front()) ? stemOfHangul(word) : stemOfLatin(word);
    }
    return result;
}

// Syllables and pairs of neighbouring syllables: pairs tell word order and compounds, single
// syllables forgive a changed order ("야근이 잦았다", "잦은 야근").
QHash<QString, int> features(const QString &content)
{
    QHash<QString, int> counts;
    for (qsizetype i = 0; i < content.size(); ++i) {
        ++counts[content.mid(i, 1)];
        if (i + 1 < content.size())
            ++counts[content.mid(i, 2)];
    }
    return counts;
}

double dice(const QHash<QString, int> &a, const QHash<QString, int> &b)
{
    int common = 0, total = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        common += qMin(it.value(), b.value(it.key()));
        total += it.value();
    }
    for (const int count : b)
        total += count;
    return total == 0 ? 0.0 : 2.0 * common / total;
}

} // namespace

double problemSimilarity(const QString &a, const QString &b)
{
    const Signature first = signature(a);
    const Signature second = signature(b);
    if (first.content.isEmpty() || second.content.isEmpty())
        return 0.0;
    const double score = dice(features(first.content), features(second.content));
    return first.negated == second.negated ? score : score / 2;
}

bool areSimilarProblems(const QString &a, const QString &b)
{
    return problemSimilarity(a, b) >= similarProblemThreshold;
}

QList<RecurringProblem> findRecurringProblems(const QList<KptItem> &problems, const QList<DatedKptItem> &earlier)
{
    QList<RecurringProblem> result;
    for (const KptItem &problem : problems) {
        RecurringProblem recurring{problem, {}};
        for (const DatedKptItem &old : earlier) {
            if (old.item.id != problem.id && areSimilarProblems(problem.text, old.item.text))
                recurring.earlier << old;
        }
        if (!recurring.earlier.isEmpty())
            result << recurring;
    }
    return result;
}

Result<QList<RecurringProblem>> recurringProblems(Journal &journal, int year)
{
    const KptStore store(journal);
    auto current = store.sectionItems(KptSection::Problem, {year, year, std::nullopt});
    if (!current)
        return current.error();
    auto earlier = store.sectionItems(KptSection::Problem, {std::nullopt, year - 1, std::nullopt});
    if (!earlier)
        return earlier.error();
    QList<KptItem> problems;
    for (const DatedKptItem &item : std::as_const(*current))
        problems << item.item;
    return findRecurringProblems(problems, *earlier);
}

} // namespace hoego
