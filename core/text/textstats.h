#pragma once

#include <QString>

namespace hoego
{

// How long a text is, counted as Korean writers count it. Characters are user-perceived characters
// (grapheme clusters) of the NFC text, so 한 is one character whether it came as a syllable or as
// decomposed jamo, and 👍🏽 or 🇰🇷 is one character too. Invisible format characters (zero-width
// space, BOM, joiners on their own) count as nothing.
struct TextStats {
    // 공백 포함: characters plus the spaces and tabs between words on a line. Line breaks do not
    // count, nor the spaces at the start or end of a line, which separate no words; a run of spaces
    // between two words counts each space, as Korean word processors do.
    int charsWithSpaces = 0;
    // 공백 제외: characters without any whitespace.
    int charsWithoutSpaces = 0;
    // 어절 (eojeol; English has no word for it): whitespace-separated units that hold at least one
    // letter or digit, so "15권" counts but a lone "-" or "🎉" does not.
    int eojeol = 0;
    // charsWithoutSpaces at readingCharsPerMinute, rounded up: 1 for any text, 0 for none.
    int readingMinutes = 0;

    bool operator==(const TextStats &) const = default;
};

// A common figure for silent reading of Korean prose (see shared/KOREAN.md).
constexpr int readingCharsPerMinute = 500;

// Counts plain text as it is, for example a selection of the editor.
TextStats textStatsOfPlainText(const QString &text);

// Counts the prose a reader sees: plainTextOfMarkdown(), so Markdown syntax, URLs and fence lines
// do not count.
TextStats textStatsOfMarkdown(const QString &markdown);

} // namespace hoego
