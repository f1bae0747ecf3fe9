#include "textdecoding.h"

#include "text/utf8.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Binary files are told apart by their first bytes: text never holds NUL, and holds few control
// characters besides tab, line feed, carriage return and form feed.
constexpr qsizetype sniffedBytes = 8192;
constexpr double maximumControlShare = 0.05;

Error refused(const QString &message)
{
    return makeError(Error::Kind::InputUnreadable, message);
}

bool looksBinary(const QByteArray &bytes)
{
    const QByteArrayView head = QByteArrayView(bytes).first(qMin(bytes.size(), sniffedBytes));
    qsizetype controls = 0;
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            return true;
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') || byte == 0x7F)
            ++controls;
    }
    return !head.isEmpty() && double(controls) / double(head.size()) > maximumControlShare;
}

// CP949 only when nothing in the file needed a replacement: a Latin-1 or Shift-JIS file must not
// come out as plausible-looking Hangul. The name matters: through ICU, Qt's "CP949" is IBM-949 (a
// different code page that turns EUC-KR text into other Hangul without any error) and "EUC-KR"
// silently misreads CP949's extra syllables (똠 comes out as "c"); "windows-949" is the one
// Windows, old Korean blogs and `iconv -t cp949` wrote.
std::optional<QString> decodeCp949(const QByteArray &bytes)
{
    QStringDecoder decoder("windows-949");
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    for (const QChar c : std::as_const(text)) {
        // windows-949 maps a few bytes that no Korean text uses (0x80, 0xFF...) to private-use or
        // control characters rather than failing.
        if (c == QChar::ReplacementCharacter || c.category() == QChar::Other_PrivateUse
            || (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t' && c != u'\r' && c != u'\f'))
            return std::nullopt;
    }
    text.replace(u"\r\n"_s, u"\n"_s);
    return text.normalized(QString::NormalizationForm_C);
}

} // namespace

Result<DecodedText> decodePostBytes(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.isEmpty())
        return refused(
            QCoreApplication::translate("TextDecoding", "%1 is empty; there is nothing to import.").arg(sourceName));
    if (looksBinary(bytes))
        return refused(QCoreApplication::translate(
            "TextDecoding", "%1 is not a text file (it looks binary); give a Markdown or text file.")
                           .arg(sourceName));
    DecodedText decoded;
    if (auto utf8 = decodeUtf8Strict(bytes, sourceName)) {
        decoded = DecodedText{*utf8, u"UTF-8"_s};
    } else if (auto legacy = decodeCp949(bytes)) {
        decoded = DecodedText{*legacy, u"EUC-KR (CP949)"_s};
    } else {
        const Utf8Flaw flaw = firstUtf8Flaw(bytes).value_or(Utf8Flaw{});
        // One arg() call: a "%2" in the file name must stay as it is.
        return refused(QCoreApplication::translate("TextDecoding",
            "%1 is not valid UTF-8: line %2, byte %3. "
            "It is not EUC-KR (CP949) either. Save it as UTF-8 and try again.")
                           .arg(sourceName, QString::number(flaw.line), QString::number(flaw.offset)));
    }
    if (decoded.text.trimmed().isEmpty())
        return refused(
            QCoreApplication::translate("TextDecoding", "%1 holds only white space; there is nothing to import.")
                .arg(sourceName));
    return decoded;
}

} // namespace hoego
