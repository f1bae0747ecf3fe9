#pragma once

#include "spellchecker.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace hoego
{

// One paragraph for the worker, with the Markdown state of the lines before it (an open fence).
struct SpellcheckParagraph {
    int block = 0;       // the paragraph's number in the document
    QString text;
    MarkdownLineState state;
};

struct SpellcheckResult {
    int block = 0;
    QString text; // as checked: an answer for a paragraph that has changed since is stale
    QList<Misspelling> misspellings; // spans in the paragraph
};

// Spellcheck off the UI thread: owns a worker thread on which one SpellChecker lives; every call
// queues work there and answers come back as signals on the thread that owns the service. Loading
// the dictionaries (about half a second for ko_KR) happens on the worker too.
class SpellcheckService : public QObject
{
    Q_OBJECT

public:
    explicit SpellcheckService(QObject *parent = nullptr);
    ~SpellcheckService() override;

    // Loads the dictionaries of `languages`; emits loaded() when done. Checks queued before are
    // answered after the load.
    void load(const QStringList &languages, const QString &folder = SpellChecker::defaultDictionaryFolder());
    bool isLoaded() const { return m_loaded.load(); }

    void setPersonalWords(const QStringList &words);
    void setIgnoredWords(const QStringList &words);
    // Checks paragraphs; emits checked() once for the batch.
    void check(const QList<SpellcheckParagraph> &paragraphs);
    // Emits suggestionsReady(word, …) with at most `limit` suggestions, best first.
    void requestSuggestions(const QString &word, int limit = 5);

Q_SIGNALS:
    void loaded(bool ok, const QString &message);
    void checked(const QList<hoego::SpellcheckResult> &results);
    void suggestionsReady(const QString &word, const QList<hoego::Suggestion> &suggestions);

private:
    template<typename Work>
    void onWorker(Work &&work);

    QThread m_thread;
    QObject *m_workerContext = nullptr; // lives on m_thread; queued calls run there
    std::unique_ptr<SpellChecker> m_checker; // used on m_thread only
    std::atomic<bool> m_loaded = false;
};

} // namespace hoego
