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

// The text stored for `text` (a title or a body): NFC, a space around every character indexed one
// by one, other words whole, and a boundary token where a word ends so that "경영 어렵다" holds no
// "영 어". Lowercasing is left to FTS5's unicode61 tokenizer.
QString syllableText(const QString &text);

// Replaces the entry's row (rowid = entry id). Runs inside the caller's transaction.
[[nodiscard]] Status update(const QSqlDatabase &db, qint64 entryId, const QString &title, const QString &body);
// Removes the entry's row. Runs inside the caller's transaction.
[[nodiscard]] Status remove(const QSqlDatabase &db, qint64 entryId);

} // namespace hoego::SearchIndex
