#pragma once

#include "common/result.h"

#include <QString>

namespace hoego::cli
{

// The text of a file, or of standard input for "-": UTF-8 only (the error names the line and byte
// of the first bad byte), NFC-normalised, at most a size no retrospective reaches.
Result<QString> readTextInput(const QString &pathOrDash);

} // namespace hoego::cli
