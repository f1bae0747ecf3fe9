#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

// Keeps the index of one- and two-character terms (entries_syllables) in step with the entries.
// The trigram index (entries_fts) answers longer terms and is kept in step by triggers; see
// core/journal/schema.cpp.
namespace hoego::SearchIndex
{

// Characters indexed one by one (Hangul, Han, kana): a term made of them is found anywhere inside a
// word, so "책" finds "책을". Other letters and digits form whole words, found by their start.
bool indexedOneByOne(char32_t c);

// The tokens stored for `text` (a title or a body), space-separated, in NFC: every character
// indexed one by one, every pair of neighbours inside a word when one of them is (영어를 → 영 어 를
// 영어 어를; Beam으로 → Beam 으 로 m으 으로), and other words whole. So every term of one or two
// characters is a single token, and no pair spans two words. Each token is kept at most a few
// times: see maxOccurrences in searchindex.cpp. Lowercasing is left to FTS5's unicode61 tokenizer.
QString syllableText(const QString &text);

// Replaces the entry's row (rowid = entry id). Runs inside the caller's transaction.
[[nodiscard]] Status update(const QSqlDatabase &db, qint64 entryId, const QString &title, const QString &body);
// Removes the entry's row. Runs inside the caller's transaction.
[[nodiscard]] Status remove(const QSqlDatabase &db, qint64 entryId);

} // namespace hoego::SearchIndex
