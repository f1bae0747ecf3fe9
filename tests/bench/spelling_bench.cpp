// Spellcheck speed against plain Hunspell on the same text, and suggestion latency. The checker is
// loaded once (as the app's worker is); each iteration starts with empty caches.
#include "corpus.h"
#include "spelling/spellchecker.h"

#include <benchmark/benchmark.h>
#include <hunspell/hunspell.hxx>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <chrono>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

constexpr int retrospectiveChars = 14000;

const QString &retrospective()
{
    static const QString text = generatedRetrospective(14, retrospectiveChars);
    return text;
}

SpellChecker &loadedChecker()
{
    static SpellChecker *checker = [] {
        auto *loaded = new SpellChecker;
        if (!loaded->load(SpellChecker::defaultLanguages()))
            qFatal("Cannot load the dictionaries from %s", qPrintable(SpellChecker::defaultDictionaryFolder()));
        return loaded;
    }();
    return *checker;
}

// Words as `hunspell -l` sees them: runs of letters (Hangul or Latin) and inner apostrophes.
QStringList hunspellWords(const QString &text)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && (text[i].isLetter() || (start >= 0 && text[i] == u'\''));
        if (letter && start < 0)
            start = i;
        else if (!letter && start >= 0) {
            words << text.mid(start, i - start);
            start = -1;
        }
    }
    return words;
}

// Our checker on the 14,000-character retrospective, dictionaries already loaded (as in the app).
void BM_SpellcheckRetrospectiveAfterLoad(benchmark::State &state)
{
    SpellChecker &checker = loadedChecker();
    QList<Misspelling> flagged;
    for (auto _ : state) {
        checker.setPersonalWords({}); // empties the caches: every word is looked up again
        flagged = checker.checkText(retrospective());
    }
    QSet<QString> distinct;
    for (const Misspelling &misspelling : flagged)
        distinct.insert(misspelling.word);
    state.SetLabel(QStringList(distinct.cbegin(), distinct.cend()).join(u' ').toStdString());
    state.counters["flagged"] = double(flagged.size());
    state.counters["words"] = double(hunspellWords(retrospective()).size());
}
BENCHMARK(BM_SpellcheckRetrospectiveAfterLoad)->Unit(benchmark::kMillisecond);

// `hunspell -d ko_KR -l` on the same text, as a process, when the hunspell program is installed
// (Debian package hunspell); what the user would otherwise run.
void BM_HunspellListProcess(benchmark::State &state)
{
    const QString program = QStandardPaths::findExecutable(u"hunspell"_s);
    if (program.isEmpty()) {
        state.SkipWithError("the hunspell program is not installed (apt install hunspell)");
        return;
    }
    qsizetype flagged = 0;
    for (auto _ : state) {
        QProcess process;
        process.start(program, {u"-d"_s, SpellChecker::defaultDictionaryFolder() + u"/ko_KR"_s, u"-l"_s});
        process.write(retrospective().toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(-1);
        flagged = process.readAllStandardOutput().count('\n');
    }
    state.counters["flagged"] = double(flagged);
}
BENCHMARK(BM_HunspellListProcess)->Unit(benchmark::kMillisecond)->Iterations(5);

// What `hunspell -d ko_KR -l` does, through the same library: load ko_KR, spell() every word. Arg 1
// counts the load (a hunspell run always loads); arg 0 is the lookups alone, the fair comparison
// with our checker after load.
void BM_PlainHunspellList(benchmark::State &state)
{
    const QString folder = SpellChecker::defaultDictionaryFolder();
    const QStringList words = hunspellWords(retrospective());
    std::unique_ptr<Hunspell> dictionary;
    if (state.range(0) == 0)
        dictionary = std::make_unique<Hunspell>(QFile::encodeName(folder + u"/ko_KR.aff"_s).constData(),
                                                QFile::encodeName(folder + u"/ko_KR.dic"_s).constData());
    qsizetype flagged = 0;
    for (auto _ : state) {
        if (state.range(0) == 1)
            dictionary = std::make_unique<Hunspell>(QFile::encodeName(folder + u"/ko_KR.aff"_s).constData(),
                                                    QFile::encodeName(folder + u"/ko_KR.dic"_s).constData());
        flagged = 0;
        for (const QString &word : words)
            flagged += dictionary->spell(word.toStdString()) ? 0 : 1;
    }
    QSet<QString> distinct;
    for (const QString &word : words) {
        if (!dictionary->spell(word.toStdString()))
            distinct.insert(word);
    }
    state.SetLabel(QStringList(distinct.cbegin(), distinct.cend()).join(u' ').toStdString());
    state.counters["flagged"] = double(flagged);
    state.counters["words"] = double(words.size());
}
BENCHMARK(BM_PlainHunspellList)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Suggestions for typical misspellings (Korean typos, confusions, English typos, tech-name typos),
// each from an empty cache, as the context menu asks for them. Reports p50 and p95.
void BM_SpellSuggestions(benchmark::State &state)
{
    SpellChecker &checker = loadedChecker();
    const QStringList misspelled{u"됬다"_s, u"되요"_s, u"읽엇다"_s, u"정리햇다"_s, u"역활을"_s, u"오랫만에"_s,
                                 u"희안하게도"_s, u"쿠버네티즈를"_s, u"머신런닝"_s, u"recieve"_s, u"Quantizaton"_s,
                                 u"Kubernets"_s, u"perfomance"_s, u"enviroment"_s, u"definately"_s, u"retrospectve"_s};
    QList<double> times;
    qsizetype index = 0;
    for (auto _ : state) {
        checker.setPersonalWords({}); // empties the suggestion cache
        const QString &word = misspelled.at(index++ % misspelled.size());
        const auto start = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(checker.suggestions(word));
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        state.SetIterationTime(ms / 1000.0);
        times << ms;
    }
    std::sort(times.begin(), times.end());
    state.counters["p50_ms"] = times.at(times.size() / 2);
    state.counters["p95_ms"] = times.at(std::min(times.size() - 1, qsizetype(double(times.size()) * 0.95)));
    state.counters["max_ms"] = times.last();
}
BENCHMARK(BM_SpellSuggestions)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(160);

} // namespace
