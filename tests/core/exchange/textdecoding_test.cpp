#include "exchange/textdecoding.h"

#include <gtest/gtest.h>

#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

TEST(DecodePostBytes, ReadsUtf8WithABom)
{
    auto decoded = decodePostBytes("\xEF\xBB\xBF"_ba + u"# 2024 회고\r\n"_s.toUtf8(), u"a.md"_s);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(decoded->text, u"# 2024 회고\n"_s);
    EXPECT_EQ(decoded->encoding, u"UTF-8"_s);
    EXPECT_FALSE(decoded->fromLegacyEncoding());
}

TEST(DecodePostBytes, FallsBackToCp949AndSaysSo)
{
    QStringEncoder encoder("windows-949");
    ASSERT_TRUE(encoder.isValid());
    // 똠 and 햏 are outside EUC-KR's 2,350 syllables: only CP949 has them.
    const QByteArray bytes = encoder.encode(u"2019년 회고: 똠양꿍을 처음 먹어 본 해\n"_s);
    auto decoded = decodePostBytes(bytes, u"old.txt"_s);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(decoded->text, u"2019년 회고: 똠양꿍을 처음 먹어 본 해\n"_s);
    EXPECT_EQ(decoded->encoding, u"EUC-KR (CP949)"_s);
    EXPECT_TRUE(decoded->fromLegacyEncoding());
}

TEST(DecodePostBytes, ReadsWhatIconvWroteAsCp949)
{
    // `printf '똠양꿍 회고' | iconv -t cp949`: 똠 is CP949's two-byte extension 8C 63.
    auto decoded = decodePostBytes("\x8C\x63\xBE\xE7\xB2\xE1 \xC8\xB8\xB0\xED"_ba, u"iconv.txt"_s);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(decoded->text, u"똠양꿍 회고"_s);
}

TEST(DecodePostBytes, RefusesTextInNeitherEncodingWithTheLineAndByte)
{
    // A lone 0xFF is neither UTF-8 nor a CP949 lead byte.
    auto decoded = decodePostBytes("first line\nsecond \xFF line\n"_ba, u"odd.txt"_s);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().kind, Error::Kind::InputUnreadable);
    EXPECT_TRUE(decoded.error().message.contains(u"odd.txt"_s));
    EXPECT_TRUE(decoded.error().message.contains(u"line 2, byte 18"_s)) << decoded.error().message.toStdString();
    EXPECT_TRUE(decoded.error().message.contains(u"EUC-KR"_s));
}

TEST(DecodePostBytes, RefusesEmptyAndBlankFiles)
{
    auto empty = decodePostBytes({}, u"empty.md"_s);
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(u"empty.md is empty"_s));
    auto blank = decodePostBytes(" \n\t\n"_ba, u"blank.md"_s);
    ASSERT_FALSE(blank.ok());
    EXPECT_TRUE(blank.error().message.contains(u"only white space"_s));
}

TEST(DecodePostBytes, RefusesBinaryFiles)
{
    auto withNul = decodePostBytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"_ba, u"image.md"_s);
    ASSERT_FALSE(withNul.ok());
    EXPECT_TRUE(withNul.error().message.contains(u"looks binary"_s));
    QByteArray controls(200, 'a');
    for (int i = 0; i < 40; ++i)
        controls[i * 5] = '\x01';
    auto manyControls = decodePostBytes(controls, u"dump.txt"_s);
    ASSERT_FALSE(manyControls.ok());
    EXPECT_TRUE(manyControls.error().message.contains(u"looks binary"_s));
}

} // namespace
} // namespace hoego
