#include "utf8.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

bool inRange(char byte, int low, int high)
{
    const int value = static_cast<unsigned char>(byte);
    return value >= low && value <= high;
}

// Length of the well-formed sequence at `at` (Unicode table 3-7: no overlong forms, no surrogates,
// nothing above U+10FFFF), or 0 if the sequence there is ill-formed or cut off.
qsizetype wellFormedLengthAt(QByteArrayView bytes, qsizetype at)
{
    const int lead = static_cast<unsigned char>(bytes[at]);
    int second[2] = { 0x80, 0xBF };
    qsizetype length = 0;
    if (lead <= 0x7F)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    else
        return 0; // a continuation byte, C0/C1 (always overlong) or F5..FF
    if (lead == 0xE0)
        second[0] = 0xA0;
    else if (lead == 0xED)
        second[1] = 0x9F;
    else if (lead == 0xF0)
        second[0] = 0x90;
    else if (lead == 0xF4)
        second[1] = 0x8F;
    if (at + length > bytes.size() || !inRange(bytes[at + 1], second[0], second[1]))
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (!inRange(bytes[at + i], 0x80, 0xBF))
            return 0;
    }
    return length;
}

// Offset of the first byte of the first ill-formed sequence, or -1 if all of `bytes` is UTF-8.
qsizetype firstInvalidByte(QByteArrayView bytes)
{
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype length = wellFormedLengthAt(bytes, at);
        if (length == 0)
            return at;
        at += length;
    }
    return -1;
}

qsizetype bomLength(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

} // namespace

std::optional<Utf8Flaw> firstUtf8Flaw(const QByteArray &bytes)
{
    const qsizetype bom = bomLength(bytes);
    const QByteArrayView content = QByteArrayView(bytes).sliced(bom);
    const qsizetype bad = firstInvalidByte(content);
    if (bad < 0)
        return std::nullopt;
    return Utf8Flaw { 1 + content.first(bad).count('\n'), bom + bad };
}

Result<QString> decodeUtf8Strict(const QByteArray &bytes, const QString &sourceName)
{
    if (const auto flaw = firstUtf8Flaw(bytes)) {
        // One arg() call: a "%2" in the file name must stay as it is.
        return makeError(Error::Kind::InputUnreadable,
            QCoreApplication::translate(
                "TextDecoding", "%1 is not valid UTF-8: line %2, byte %3. Save it as UTF-8 and try again.")
                .arg(sourceName, QString::number(flaw->line), QString::number(flaw->offset)));
    }
    QString text = QString::fromUtf8(QByteArrayView(bytes).sliced(bomLength(bytes)));
    text.replace(u"\r\n"_s, u"\n"_s);
    return text.normalized(QString::NormalizationForm_C);
}

} // namespace hoego
