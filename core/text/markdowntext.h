#pragma once

#include <QString>

namespace hoego
{

// The prose a reader of the rendered Markdown sees, as plain text, for counting and reading time.
// Drops: YAML front matter at the top, heading markers, emphasis markers (* _ ** __ ~~), list
// bullets and numbers, task boxes, blockquote markers, fence lines (their code is kept), HTML tags
// and comments, link URLs and reference definitions, table pipes and separator rows, horizontal
// rules. Keeps: link text, image alt text, code span text, one line per source line (runs of blank
// lines become one). Each line is trimmed, except code lines, which keep their indentation.
//
// Emphasis is paired more leniently than CommonMark: "**'Beam'**으로" counts as emphasis, as the
// writer meant, although CommonMark's punctuation rule leaves those asterisks in (a known problem of
// CommonMark with Korean particles).
QString plainTextOfMarkdown(const QString &markdown);

} // namespace hoego
