#pragma once

#include "text/texttokenizer.h"

#include <QList>
#include <QStringView>

namespace hoego
{

// A word spellcheck should look at: a Hangul or Latin run of a line, at `span` (UTF-16 offsets in the
// line), with Markdown, code, URLs and the like already left out.
struct CheckableWord {
    TextSpan span;
    Script script = Script::Hangul;
    bool operator==(const CheckableWord &) const = default;
};

// What a line-by-line reader must remember from the lines before: an open code fence or front
// matter. The editor keeps one per paragraph to recheck only what changed.
struct MarkdownLineState {
    QChar fenceMarker;     // ` or ~ while inside a fenced code block
    int fenceLength = 0;
    bool inFrontMatter = false;
    bool firstLine = true;
    bool operator==(const MarkdownLineState &) const = default;
};

// The words of one line of Markdown that are prose, from the tokenizer's script runs. Left out:
// fence lines and fenced code, front matter, inline code, link and image destinations, autolinks
// and HTML tags, URLs, e-mail addresses, paths and file names, numbers and a counter or particle
// after them (15권, 2025년에), ALLCAPS acronyms (LLM), words with digits (H100, GPT4), identifiers
// (snake_case, camelCase, vLLM), single letters, and the particle after a Latin word, a code span,
// a number or a closing quote (Beam으로: only "Beam" is checked). Advances `state` past the line.
QList<CheckableWord> checkableWords(QStringView line, MarkdownLineState &state);

// Only advances `state` past the line (cheap): what the editor uses to know each paragraph's state.
void advanceLineState(QStringView line, MarkdownLineState &state);

} // namespace hoego
