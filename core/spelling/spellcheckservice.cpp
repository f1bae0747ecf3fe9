#include "spellcheckservice.h"

using namespace Qt::StringLiterals;

namespace hoego
{

SpellcheckService::SpellcheckService(QObject *parent)
    : QObject(parent)
    , m_workerContext(new QObject)
    , m_checker(std::make_unique<SpellChecker>())
{
    m_thread.setObjectName(u"spellcheck"_s);
    m_workerContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_workerContext, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

SpellcheckService::~SpellcheckService()
{
    // Work already queued runs to its end (a load cannot be interrupted); answers to a dead
    // service are dropped with it.
    m_thread.quit();
    m_thread.wait();
}

template<typename Work>
void SpellcheckService::onWorker(Work &&work)
{
    QMetaObject::invokeMethod(m_workerContext, std::forward<Work>(work), Qt::QueuedConnection);
}

void SpellcheckService::load(const QStringList &languages, const QString &folder)
{
    onWorker([this, languages, folder] {
        const Status status = m_checker->load(languages, folder);
        m_loaded = status.ok();
        const QString message = status ? QString() : status.error().message;
        QMetaObject::invokeMethod(this, [this, ok = status.ok(), message] { Q_EMIT loaded(ok, message); }, Qt::QueuedConnection);
    });
}

void SpellcheckService::setPersonalWords(const QStringList &words)
{
    onWorker([this, words] { m_checker->setPersonalWords(words); });
}

void SpellcheckService::setIgnoredWords(const QStringList &words)
{
    onWorker([this, words] { m_checker->setIgnoredWords(words); });
}

void SpellcheckService::check(const QList<SpellcheckParagraph> &paragraphs)
{
    onWorker([this, paragraphs] {
        QList<SpellcheckResult> results;
        results.reserve(paragraphs.size());
        for (const SpellcheckParagraph &paragraph : paragraphs) {
            MarkdownLineState state = paragraph.state;
            results << SpellcheckResult{paragraph.block, paragraph.text, m_checker->checkLine(paragraph.text, state)};
        }
        QMetaObject::invokeMethod(this, [this, results] { Q_EMIT checked(results); }, Qt::QueuedConnection);
    });
}

void SpellcheckService::requestSuggestions(const QString &word, int limit)
{
    onWorker([this, word, limit] {
        const QList<Suggestion> suggestions = m_checker->suggestions(word, limit);
        QMetaObject::invokeMethod(this, [this, word, suggestions] { Q_EMIT suggestionsReady(word, suggestions); },
                                  Qt::QueuedConnection);
    });
}

} // namespace hoego
