#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hoego
{

// Decodes a file the user gave us (an import, a pasted file) as UTF-8 and nothing else: a file in
// another encoding (EUC-KR, CP949) is refused with a message naming `sourceName`, the line and the
// 0-based byte offset in the file of the first byte of the first ill-formed sequence, instead of
// being read as mojibake. A leading UTF-8 BOM is dropped, CRLF becomes LF (a lone CR stays) and the
// text is NFC-normalised, so decomposed jamo from macOS become syllables.
[[nodiscard]] Result<QString> decodeUtf8Strict(const QByteArray &bytes, const QString &sourceName);

// Where a file stops being UTF-8: the 1-based line and the 0-based byte offset in the file (a BOM
// counts) of the first byte of the first ill-formed sequence.
struct Utf8Flaw {
    qsizetype line = 0;
    qsizetype offset = 0;
};

// The first ill-formed sequence of `bytes`, or nothing if all of it is UTF-8.
[[nodiscard]] std::optional<Utf8Flaw> firstUtf8Flaw(const QByteArray &bytes);

} // namespace hoego
