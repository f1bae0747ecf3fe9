#include "spellchecker.h"

#include <hunspell/hunspell.hxx>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Words longer than this get no suggestions: Hunspell's suggest grows fast with length.
constexpr qsizetype longestWordToSuggestFor = 40;
// Runs longer than this are not words (no Korean 어절 comes near it) and are not looked up: ko_KR's
// compound rules make spell() slow on them, which a long unbroken paste or key repeat would pay.
constexpr qsizetype longestWordToCheck = 60;

std::string toHunspell(const QString &word)
{
    return word.toStdString(); // both dictionaries are UTF-8 (SET UTF-8)
}

QString dictionaryName(const QString &language)
{
    if (language == u"ko"_s)
        return u"ko_KR"_s;
    if (language == u"en"_s)
        return u"en_US"_s;
    return {};
}

QStringList dataLines(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            lines << trimmed;
    }
    return lines;
}

// Stand-ins for a loanword stem with the same final consonant, all nouns that take 하다: "머신러닝을" is
// right when "운동을" is, "리서치했다" when "공부했다" is, "프로덕트로" when "공부로" is.
QString surrogateStemFor(QChar lastSyllable)
{
    const char16_t u = lastSyllable.unicode();
    if (u < 0xAC00 || u > 0xD7A3)
        return {};
    const int finalConsonant = (u - 0xAC00) % 28;
    if (finalConsonant == 0)
        return u"공부"_s;
    if (finalConsonant == 8) // ㄹ takes 로, not 으로
        return u"출발"_s;
    return u"운동"_s;
}

// Optimal string alignment distance, giving up above `limit`.
int editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<int> before2(b.size() + 1), before(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        before[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({before[j] + 1, current[j - 1] + 1, before[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before2[j - 2] + 1);
            rowBest = std::min(rowBest, current[j]);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before2, before);
        std::swap(before, current);
    }
    return before[b.size()];
}

bool isHangulWord(const QString &word)
{
    return !word.isEmpty() && scriptOf(word.front()) == Script::Hangul;
}

} // namespace

QStringList builtInSpellingWords()
{
    return dataLines(u":/spelling/words.txt"_s);
}

QList<Confusion> builtInConfusions()
{
    QList<Confusion> confusions;
    for (const QString &line : dataLines(u":/spelling/confusions.tsv"_s)) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 4)
            continue;
        Confusion confusion{fields[0], fields[1], Confusion::Where::Anywhere, fields[3]};
        if (fields[2] == u"start"_s)
            confusion.where = Confusion::Where::WordStart;
        else if (fields[2] == u"word"_s)
            confusion.where = Confusion::Where::WholeWord;
        confusions << confusion;
    }
    return confusions;
}

SpellChecker::SpellChecker()
    : m_confusions(builtInConfusions())
{
    for (const QString &word : builtInSpellingWords())
        m_builtInWords.insert(word.toCaseFolded(), word);
}

SpellChecker::~SpellChecker() = default;

QString SpellChecker::defaultDictionaryFolder()
{
    const QString configured = QProcessEnvironment::systemEnvironment().value(u"HOEGO_DICTIONARIES"_s);
    return configured.isEmpty() ? u"/usr/share/hunspell"_s : configured;
}

QStringList SpellChecker::defaultLanguages()
{
    return {u"ko"_s, u"en"_s};
}

Status SpellChecker::load(const QStringList &languages, const QString &folder)
{
    std::unique_ptr<Hunspell> korean, english;
    for (const QString &language : languages) {
        const QString name = dictionaryName(language);
        if (name.isEmpty())
            return makeError(Error::Kind::Usage,
                QCoreApplication::translate("SpellChecker", "Spellcheck knows the languages ko and en, not '%1'.")
                    .arg(language));
        const QString aff = folder + u'/' + name + u".aff"_s;
        const QString dic = folder + u'/' + name + u".dic"_s;
        if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
            return makeError(Error::Kind::InputUnreadable,
                QCoreApplication::translate(
                    "SpellChecker", "The %1 dictionary is not in %2. Install it (Debian: apt install %3).")
                    .arg(name, folder, language == u"ko"_s ? u"hunspell-ko"_s : u"hunspell-en-us"_s));
        auto loaded = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
        (language == u"ko"_s ? korean : english) = std::move(loaded);
    }
    m_korean = std::move(korean);
    m_english = std::move(english);
    m_languages = languages;
    m_answers.clear();
    m_suggestions.clear();
    return Done{};
}

void SpellChecker::setPersonalWords(const QStringList &words)
{
    m_personalWords.clear();
    for (const QString &word : words)
        m_personalWords.insert(word.toCaseFolded());
    m_answers.clear();
    m_suggestions.clear();
}

void SpellChecker::setIgnoredWords(const QStringList &words)
{
    QSet<QString> ignored;
    for (const QString &word : words)
        ignored.insert(word.toCaseFolded());
    if (ignored == m_ignoredWords)
        return;
    m_ignoredWords = ignored;
    m_answers.clear();
}

bool SpellChecker::isKnownWord(const QString &word) const
{
    const QString folded = word.toCaseFolded();
    return m_builtInWords.contains(folded) || m_personalWords.contains(folded) || m_ignoredWords.contains(folded);
}

bool SpellChecker::isCorrect(const QString &word, Script script)
{
    const QString key = (script == Script::Hangul ? u"k:"_s : u"e:"_s) + word;
    if (const auto cached = m_answers.constFind(key); cached != m_answers.constEnd())
        return *cached;
    bool correct = true;
    if (word.size() > longestWordToCheck)
        correct = true;
    else if (script == Script::Hangul)
        correct = !m_korean || isCorrectHangul(word);
    else if (script == Script::Latin)
        correct = !m_english || isCorrectLatin(word);
    m_answers.insert(key, correct);
    return correct;
}

bool SpellChecker::isCorrectHangul(const QString &word)
{
    return m_korean->spell(toHunspell(word)) || isKnownWord(word) || hangulStemWithEnding(word);
}

bool SpellChecker::isCorrectLatin(const QString &word)
{
    if (m_english->spell(toHunspell(word)) || isKnownWord(word))
        return true;
    // Possessives and plurals of known names: Kubernetes's, LLMs are caught as identifiers already.
    for (const QString &suffix : {u"'s"_s, u"’s"_s, u"s"_s, u"es"_s}) {
        if (word.size() > suffix.size() + 1 && word.endsWith(suffix) && isKnownWord(word.chopped(suffix.size())))
            return true;
    }
    return false;
}

bool SpellChecker::hangulStemWithEnding(const QString &word)
{
    for (qsizetype length = word.size() - 1; length >= 2; --length) {
        const QString stem = word.left(length);
        if (!isKnownWord(stem))
            continue;
        const QString surrogate = surrogateStemFor(stem.back());
        if (!surrogate.isEmpty() && m_korean->spell(toHunspell(surrogate + word.mid(length))))
            return true;
    }
    return false;
}

const Confusion *SpellChecker::confusionIn(const QString &word) const
{
    for (const Confusion &confusion : m_confusions) {
        const bool found = confusion.where == Confusion::Where::WholeWord ? word == confusion.wrong
            : confusion.where == Confusion::Where::WordStart             ? word.startsWith(confusion.wrong)
                                                                         : word.contains(confusion.wrong);
        if (found)
            return &confusion;
    }
    return nullptr;
}

QList<Misspelling> SpellChecker::checkLine(QStringView line, MarkdownLineState &state)
{
    QList<Misspelling> flagged;
    for (const CheckableWord &candidate : checkableWords(line, state)) {
        const QString word = line.sliced(candidate.span.start, candidate.span.length).toString();
        if (candidate.script == Script::Hangul && m_korean && !m_ignoredWords.contains(word) && confusionIn(word))
            flagged << Misspelling{candidate.span, word, true};
        else if (!isCorrect(word, candidate.script))
            flagged << Misspelling{candidate.span, word, false};
    }
    return flagged;
}

QList<Misspelling> SpellChecker::checkText(QStringView text)
{
    QList<Misspelling> flagged;
    MarkdownLineState state;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        for (Misspelling misspelling : checkLine(text.sliced(lineStart, lineEnd - lineStart), state)) {
            misspelling.span.start += lineStart;
            flagged << misspelling;
        }
        lineStart = lineEnd + 1;
    }
    return flagged;
}

QStringList SpellChecker::closeKnownWords(const QString &word) const
{
    QStringList close;
    const QString folded = word.toCaseFolded();
    const bool hangul = isHangulWord(word);
    const int limit = word.size() >= 6 ? 2 : 1;
    for (auto it = m_builtInWords.cbegin(); it != m_builtInWords.cend(); ++it) {
        const QString &known = it.key();
        if (isHangulWord(known) != hangul || known.size() < 2)
            continue;
        if (editDistance(folded, known, limit) <= limit) {
            close << it.value();
            continue;
        }
        // A loanword with a particle after it: 쿠버네티즈를 → 쿠버네티스를.
        for (qsizetype length = known.size() - 1; hangul && length <= known.size() + 1; ++length) {
            if (length < word.size() && editDistance(QStringView(folded).left(length), known, 1) <= 1) {
                close << known + word.mid(length);
                break;
            }
        }
    }
    return close;
}

QList<Suggestion> SpellChecker::suggestions(const QString &word, int limit)
{
    if (const auto cached = m_suggestions.constFind(word); cached != m_suggestions.constEnd())
        return cached->mid(0, limit);
    QList<Suggestion> found;
    const auto add = [&found](const QString &text, const QString &explanation = {}) {
        if (!text.isEmpty() && std::none_of(found.cbegin(), found.cend(), [&](const Suggestion &s) { return s.text == text; }))
            found << Suggestion{text, explanation};
    };
    if (const Confusion *confusion = isHangulWord(word) ? confusionIn(word) : nullptr)
        add(QString(word).replace(word.indexOf(confusion->wrong), confusion->wrong.size(), confusion->right), confusion->explanation);
    if (word.size() <= longestWordToSuggestFor) {
        for (const QString &close : closeKnownWords(word))
            add(close);
        Hunspell *dictionary = isHangulWord(word) ? m_korean.get() : m_english.get();
        if (dictionary) {
            for (const std::string &suggestion : dictionary->suggest(toHunspell(word)))
                add(QString::fromStdString(suggestion));
        }
    }
    m_suggestions.insert(word, found);
    return found.mid(0, limit);
}

} // namespace hoego
