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

// A blog post to import, as the import fixtures have them: Jekyll front matter, ~5,000 characters of
// generatedRetrospective(), a KPT block in headings and a goals list of three.
QString generatedPost(int index);
// A folder of the first 1,000 generatedPost()s, written once per process.
QString thousandPostsFolder();

} // namespace hoego
