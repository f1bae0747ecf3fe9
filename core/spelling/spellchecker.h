#pragma once

#include "common/result.h"
#include "markdownwords.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace hoego
{

// A word the checker flags, at `span` of the line or text it was given.
struct Misspelling {
    TextSpan span;
    QString word;
    bool confusion = false; // a common mistake Hunspell accepts (되요); the suggestion explains it
    bool operator==(const Misspelling &) const = default;
};

struct Suggestion {
    QString text;
    QString explanation; // for confusions: one line of Korean on why
    bool operator==(const Suggestion &) const = default;
};

// A common Korean mistake that Hunspell accepts because it is spelled like another valid word.
struct Confusion {
    enum class Where { Anywhere, WordStart, WholeWord };
    QString wrong;
    QString right;
    Where where = Where::Anywhere;
    QString explanation;
};

// Checks Markdown written in Korean and English: Hangul runs with ko_KR, Latin runs with en_US (ko_KR
// accepts every Latin word), tech names and loanwords from a bundled list, the user's own words,
// and a list of common confusions. Not thread-safe: one instance lives on one thread (the
// spellcheck worker, or the command line); loading ko_KR takes about half a second.
class SpellChecker
{
public:
    SpellChecker();
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    static QString defaultDictionaryFolder(); // $HOEGO_DICTIONARIES, else /usr/share/hunspell
    static QStringList defaultLanguages();    // {"ko", "en"}

    // Loads the dictionaries of `languages` ("ko" → ko_KR, "en" → en_US); a script whose language
    // is not loaded is not checked.
    [[nodiscard]] Status load(const QStringList &languages, const QString &folder = defaultDictionaryFolder());
    QStringList languages() const { return m_languages; }

    // The user's personal dictionary and the words ignored in the entry being checked; both apply
    // at once (cached answers are dropped).
    void setPersonalWords(const QStringList &words);
    void setIgnoredWords(const QStringList &words);

    // Whether one word (a Hangul or Latin run, as checkableWords() gives) is spelled right; runs
    // longer than 60 characters are not words and are not looked up.
    bool isCorrect(const QString &word, Script script);
    // The flagged words of one Markdown line; `state` carries fences from line to line.
    QList<Misspelling> checkLine(QStringView line, MarkdownLineState &state);
    // The flagged words of a whole text, with spans in the text.
    QList<Misspelling> checkText(QStringView text);

    // At most `limit` suggestions, best first: the confusion's correction, close tech names and
    // loanwords, then Hunspell's. Words longer than 40 characters get none (Hunspell's suggest can
    // take seconds on them).
    QList<Suggestion> suggestions(const QString &word, int limit = 5);

    const QList<Confusion> &confusions() const { return m_confusions; }

private:
    bool isKnownWord(const QString &word) const;
    bool isCorrectHangul(const QString &word);
    bool isCorrectLatin(const QString &word);
    bool hangulStemWithEnding(const QString &word);
    const Confusion *confusionIn(const QString &word) const;
    QStringList closeKnownWords(const QString &word) const;

    std::unique_ptr<Hunspell> m_korean;
    std::unique_ptr<Hunspell> m_english;
    QStringList m_languages;
    QHash<QString, QString> m_builtInWords; // case-folded → as written (PyTorch)
    QSet<QString> m_personalWords;
    QSet<QString> m_ignoredWords;
    QList<Confusion> m_confusions;
    QHash<QString, bool> m_answers;
    QHash<QString, QList<Suggestion>> m_suggestions;
};

// Reads the bundled data (:/spelling/words.txt, :/spelling/confusions.tsv).
QStringList builtInSpellingWords();
QList<Confusion> builtInConfusions();

} // namespace hoego
