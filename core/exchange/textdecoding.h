#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace hoego
{

// A text file's content as Hoego will import it, and how it was read.
struct DecodedText {
    QString text;     // NFC, LF line ends, without a BOM
    QString encoding; // "UTF-8", or "EUC-KR (CP949)" for an old Korean file
    bool fromLegacyEncoding() const { return encoding != QLatin1String("UTF-8"); }
};

// Reads the bytes of a post the user wants to import: UTF-8 first (a BOM is allowed); when that
// fails, CP949 (the superset of EUC-KR that old Korean Windows files and blogs used), accepted only
// when every byte decodes cleanly. Refused, each with a message naming `sourceName`: empty files,
// files with nothing but white space, binary files (NUL bytes, many control characters), and text in
// neither encoding (with the line and byte of the first bad byte, as UTF-8 sees it).
[[nodiscard]] Result<DecodedText> decodePostBytes(const QByteArray &bytes, const QString &sourceName);

} // namespace hoego
