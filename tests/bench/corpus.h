#pragma once

#include <QString>

namespace hoego
{

class Journal;

// Korean retrospective prose for benchmarks: Markdown sections, lists and sentences built from
// word lists, with English tool names among them. The same seed always gives the same text.
QString generatedRetrospective(quint32 seed, int approxChars);

// Writes `years` years (ending in 2025) of `entriesPerYear` entries each through EntryStore: per
// year a year review, two halves, four quarters, twelve months, then weeks and notes. Every body is
// generatedRetrospective() of about `chars` characters.
void fillJournal(Journal &journal, int years, int entriesPerYear, int chars);

} // namespace hoego
