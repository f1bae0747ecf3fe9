#include "spellcheckcommands.h"

#include "journal/journal.h"
#include "output.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingstore.h"
#include "text/texttokenizer.h"
#include "textinput.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hoego::cli
{
namespace
{

// Where a flagged word is, as people count: 1-based line and column, the column in characters.
struct Place {
    int line = 1;
    int column = 1;
};

Place placeOf(const QString &text, qsizetype offset)
{
    Place place;
    const qsizetype lineStart = text.lastIndexOf(u'\n', offset - 1) + 1;
    place.line = int(QStringView(text).left(lineStart).count(u'\n')) + 1;
    forEachGrapheme(QStringView(text).sliced(lineStart, offset - lineStart), [&place](QStringView, GraphemeKind) { ++place.column; });
    return place;
}

// The journal's personal dictionary and languages when there is a journal; the defaults when there
// is none (spellcheck reads, so it never creates one).
Status configure(const Context &context, SpellChecker &checker)
{
    QStringList languages = SpellChecker::defaultLanguages();
    QStringList personal;
    if (QFileInfo::exists(context.journalPath)) {
        auto journal = Journal::open(context.journalPath, Journal::OpenMode::ExistingOnly);
        if (!journal)
            return journal.error();
        SpellingStore store(**journal);
        auto storedLanguages = store.languages();
        auto storedWords = store.personalWords();
        if (!storedLanguages)
            return storedLanguages.error();
        if (!storedWords)
            return storedWords.error();
        languages = *storedLanguages;
        personal = *storedWords;
    }
    if (Status loaded = checker.load(languages); !loaded)
        return loaded;
    checker.setPersonalWords(personal);
    return Done{};
}

int spellcheck(const Context &context, const CommandArgs &args)
{
    auto text = readTextInput(args.positional().value(0, u"-"_s));
    if (!text)
        return fail(text.error());
    SpellChecker checker;
    if (Status configured = configure(context, checker); !configured)
        return fail(configured.error());
    const QList<Misspelling> flagged = checker.checkText(*text);
    QJsonArray array;
    QString human;
    for (const Misspelling &misspelling : flagged) {
        const Place place = placeOf(*text, misspelling.span.start);
        const QList<Suggestion> suggestions = checker.suggestions(misspelling.word);
        QJsonArray texts;
        QStringList shown;
        for (const Suggestion &suggestion : suggestions) {
            texts << suggestion.text;
            shown << (suggestion.explanation.isEmpty() ? suggestion.text : u"%1 (%2)"_s.arg(suggestion.text, suggestion.explanation));
        }
        array << QJsonObject{{u"line"_s, place.line}, {u"column"_s, place.column}, {u"word"_s, misspelling.word}, {u"suggestions"_s, texts}};
        human += u"%1:%2  %3%4\n"_s.arg(place.line).arg(place.column).arg(misspelling.word,
                                                                         shown.isEmpty() ? QString() : u"  → "_s + shown.join(u", "_s));
    }
    if (context.json)
        printJson(QJsonDocument(array));
    else
        printOut(flagged.isEmpty() ? u"No misspellings.\n"_s : human);
    return flagged.isEmpty() ? ExitOk : ExitFound;
}

} // namespace

QList<CommandSpec> spellcheckCommands()
{
    return {
        {u"spellcheck"_s, u"[FILE|-]"_s, u"Check the spelling of a text as the editor does (Korean and English)."_s,
         u"Reads FILE, or standard input when it is - or missing. Markdown, code, URLs, paths, numbers and\n"
         u"acronyms are skipped; the journal's personal dictionary and languages apply when it exists.\n"
         u"Exit code 1 when something is flagged, 0 when the text is clean.\n"
         u"Example: hoego spellcheck --json retro.md"_s,
         {}, 0, 1, spellcheck},
    };
}

} // namespace hoego::cli
