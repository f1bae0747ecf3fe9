#include "text/utf8.h"

#include <gtest/gtest.h>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

const QByteArray bom("\xEF\xBB\xBF");

TEST(DecodeUtf8Strict, AcceptsKoreanEnglishAndEmoji)
{
    const QString text = u"# 2025년 회고 🎉\n잘한 점: Apache Beam 도입\n"_s;
    const Result<QString> decoded = decodeUtf8Strict(utf8(text), u"notes.md"_s);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(decoded.value().toStdString(), text.toStdString());
}

TEST(DecodeUtf8Strict, DropsTheByteOrderMark)
{
    const Result<QString> decoded = decodeUtf8Strict(bom + utf8(u"회고"_s), u"windows.md"_s);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value().toStdString(), "회고"); // no U+FEFF in front of the first heading
    const Result<QString> onlyBom = decodeUtf8Strict(bom, u"empty.md"_s);
    ASSERT_TRUE(onlyBom.ok());
    EXPECT_TRUE(onlyBom.value().isEmpty());
}

TEST(DecodeUtf8Strict, TurnsCrLfIntoLf)
{
    const Result<QString> decoded = decodeUtf8Strict(utf8(u"잘한 점\r\n아쉬운 점\r\n"_s), u"windows.md"_s);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value().toStdString(), "잘한 점\n아쉬운 점\n");
}

TEST(DecodeUtf8Strict, ComposesDecomposedJamo)
{
    // macOS writes file names and some files in NFD: 회고 as four jamo.
    const QString decomposed = u"회고"_s.normalized(QString::NormalizationForm_D);
    ASSERT_EQ(decomposed.size(), 4);
    const Result<QString> decoded = decodeUtf8Strict(utf8(decomposed), u"mac.md"_s);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value(), u"회고"_s);
}

struct BadCase {
    const char *name;
    QByteArray bytes;
    QString expectedMessage;
};

class DecodeUtf8StrictRefuses : public testing::TestWithParam<BadCase>
{
};

TEST_P(DecodeUtf8StrictRefuses, NamingLineAndByte)
{
    const Result<QString> decoded = decodeUtf8Strict(GetParam().bytes, u"notes.md"_s);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().kind, Error::Kind::InputUnreadable);
    EXPECT_EQ(decoded.error().message.toStdString(), GetParam().expectedMessage.toStdString());
}

QString refusal(int line, int byte)
{
    return u"notes.md is not valid UTF-8: line %1, byte %2. Save it as UTF-8 and try again."_s.arg(line).arg(byte);
}

// Offsets are 0-based in the file and point at the first byte of the broken character.
const BadCase badBytes[] = {
    // 회고 (6 bytes) + \n: line 2 starts at byte 7; 잘 takes 7..9, so 0xFF is byte 10.
    { "LoneFFOnLine2", QByteArray("회고\n잘") + '\xFF' + "한 점\n", refusal(2, 10) },
    // 잘한 점 (10 bytes) CR LF 아쉬운 점 (13 bytes) CR LF: line 3 starts at byte 27.
    { "CrLfFileLine3", QByteArray("잘한 점\r\n아쉬운 점\r\n") + '\xFF', refusal(3, 27) },
    // 조깅 (6) + space + 50 (2): 분 starts at byte 9 and lost its last byte when the file was cut.
    { "TruncatedAtTheEnd", utf8(u"조깅 50분"_s).chopped(1), refusal(1, 9) },
    // 경로 (6) + space: C0 AF is "/" in two bytes, an overlong form that hides characters from checks.
    { "OverlongTwoBytes", QByteArray("경로 ") + "\xC0\xAF", refusal(1, 7) },
    { "OverlongThreeBytes", QByteArray("A") + "\xE0\x80\xAF", refusal(1, 1) },
    { "EncodedSurrogate", QByteArray("AB") + "\xED\xA0\x80", refusal(1, 2) },
    { "AboveUnicode", QByteArray("ABC") + "\xF4\x90\x80\x80", refusal(1, 3) },
    // 회 (3 bytes) followed by a continuation byte with no lead byte.
    { "LoneContinuationByte", QByteArray("회") + '\x80', refusal(1, 3) },
    // The BOM's three bytes count: a hex editor shows the 0xFF at byte 5.
    { "OffsetCountsTheBom", bom + "ab" + '\xFF', refusal(1, 5) },
};
INSTANTIATE_TEST_SUITE_P(BadBytes, DecodeUtf8StrictRefuses, testing::ValuesIn(badBytes),
    [](const auto &info) { return std::string(info.param.name); });

// Korean files from older Windows programs are EUC-KR / CP949: read as UTF-8 they would be mojibake.
const BadCase eucKr[] = {
    // 한글 in EUC-KR: C7 D1 B1 DB. C7 looks like a two-byte lead, but D1 is no continuation byte.
    { "EucKrWord", QByteArray("\xC7\xD1\xB1\xDB"), refusal(1, 0) },
    // "# " (2) + 회고 (6) + \n in UTF-8, then 한글 in EUC-KR from byte 9 on line 2.
    { "EucKrAfterAUtf8Line", QByteArray("# 회고\n") + "\xC7\xD1\xB1\xDB", refusal(2, 9) },
};
INSTANTIATE_TEST_SUITE_P(EucKr, DecodeUtf8StrictRefuses, testing::ValuesIn(eucKr),
    [](const auto &info) { return std::string(info.param.name); });

TEST(DecodeUtf8Strict, KeepsPercentSignsInTheSourceName)
{
    // Downloaded files are often named with %20; the message must name the file as it is.
    const Result<QString> decoded = decodeUtf8Strict(QByteArray("\xFF"), u"회고%20초안.md"_s);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().message.toStdString(),
        "회고%20초안.md is not valid UTF-8: line 1, byte 0. Save it as UTF-8 and try again.");
}

} // namespace
