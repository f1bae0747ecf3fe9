#include "schema.h"

#include "sqlutil.h"

#include <QSqlQuery>

#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace hoego::Schema
{
namespace
{

// Version 1: the whole domain of ARCHITECTURE.md and the search indexes.
Status createVersion1(QSqlDatabase &db)
{
    return Sql::runAll(db, {
        u"PRAGMA application_id = %1"_s.arg(applicationId),
        uR"(CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('year','half','quarter','month','week','plan','note')),
            period TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            chars INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            written TEXT NOT NULL))"_s,
        u"CREATE INDEX entries_by_period ON entries (period_start DESC, id DESC)"_s,
        uR"(CREATE TABLE entry_tags (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (entry_id, tag)) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE kpt_items (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            section TEXT NOT NULL CHECK (section IN ('keep','problem','try')),
            text TEXT NOT NULL,
            position INTEGER NOT NULL))"_s,
        u"CREATE INDEX kpt_by_entry ON kpt_items (entry_id, section, position)"_s,
        uR"(CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            title TEXT NOT NULL,
            measure TEXT NOT NULL CHECK (measure IN ('count','duration','frequency','done')),
            target REAL,
            unit TEXT,
            per TEXT CHECK (per IS NULL OR per IN ('day','week','month')),
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open','achieved','partly','missed','dropped')),
            outcome_note TEXT NOT NULL DEFAULT '',
            origin_entry INTEGER REFERENCES entries(id) ON DELETE SET NULL,
            origin_kpt INTEGER REFERENCES kpt_items(id) ON DELETE SET NULL,
            carried_from INTEGER REFERENCES goals(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL))"_s,
        u"CREATE INDEX goals_by_year ON goals (year, position)"_s,
        uR"(CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            amount REAL NOT NULL DEFAULT 1,
            note TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX checkins_by_goal ON checkins (goal_id, date)"_s,
        uR"(CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            mime_type TEXT NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            bytes BLOB NOT NULL,
            created TEXT NOT NULL))"_s,
        u"CREATE INDEX attachments_by_entry ON attachments (entry_id)"_s,
        uR"(CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            saved TEXT NOT NULL,
            body TEXT NOT NULL))"_s,
        u"CREATE INDEX revisions_by_entry ON revisions (entry_id, saved)"_s,
        // Substrings of three or more characters: FTS5 trigram over title and body, kept in step by triggers.
        uR"(CREATE VIRTUAL TABLE entries_fts USING fts5(
            title, body, content='entries', content_rowid='id', tokenize='trigram'))"_s,
        uR"(CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body); END)"_s,
        uR"(CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END)"_s,
        uR"(CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
            INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body); END)"_s,
        // One- and two-character terms (most Korean words): every Hangul syllable, and every pair of
        // neighbours inside a word, is a token of its own (영어를 → 영 어 를 영어 어를), so that a short
        // term is one token. Title and body apart so that bm25 can weigh a title hit higher. Filled
        // by EntryStore in the transaction of each save (SearchIndex::update, SearchIndex::syllableText).
        uR"(CREATE VIRTUAL TABLE entries_syllables USING fts5(
            title, body, content='', contentless_delete=1, tokenize='unicode61'))"_s,
    });
}

// Version 2: the entry list and the year statistics read an index instead of the table, whose rows
// carry whole bodies: listing 1,000 entries no longer walks 30 MB of text.
Status addEntrySummaryIndex(QSqlDatabase &db)
{
    return Sql::runAll(db, {
        u"DROP INDEX entries_by_period"_s,
        u"CREATE INDEX entries_summary ON entries"
        u" (period_start DESC, period_end DESC, id DESC, kind, period, title, updated, written, chars)"_s,
    });
}

// Version 3: what the spellchecker learns from the user travels with the journal (personal words, and
// words ignored in one entry), and so do settings that belong to a journal rather than to a machine
// (its spellcheck languages).
Status addSpellingAndSettings(QSqlDatabase &db)
{
    return Sql::runAll(db, {
        u"CREATE TABLE personal_words (word TEXT PRIMARY KEY, added TEXT NOT NULL) WITHOUT ROWID"_s,
        uR"(CREATE TABLE ignored_words (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            word TEXT NOT NULL,
            PRIMARY KEY (entry_id, word)) WITHOUT ROWID)"_s,
        u"CREATE TABLE journal_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
    });
}

using Step = std::function<Status(QSqlDatabase &)>;

// Step i brings a journal from version i to i + 1. Append only: released steps never change.
const std::vector<Step> &steps()
{
    static const std::vector<Step> all = {
        createVersion1,
        addEntrySummaryIndex,
        addSpellingAndSettings,
    };
    return all;
}

} // namespace

int currentVersion()
{
    return int(steps().size());
}

Status migrate(QSqlDatabase &db, int fromVersion)
{
    for (int version = fromVersion; version < currentVersion(); ++version) {
        Sql::Transaction transaction(db);
        if (Status applied = steps()[size_t(version)](db); !applied)
            return applied;
        if (Status stamped = Sql::runAll(db, {u"PRAGMA user_version = %1"_s.arg(version + 1)}); !stamped)
            return stamped;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return Done{};
}

} // namespace hoego::Schema
