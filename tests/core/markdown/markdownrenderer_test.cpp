#include "markdown/markdownrenderer.h"

#include <gtest/gtest.h>

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

const QString review = uR"(# 2025년 회고

올해는 **Apache Beam**으로 데이터 파이프라인을 옮기고, 양자화 논문을 두 편 읽었다.

## 잘한 점

- 매주 화요일 아침 7시에 30분씩 영어 강의를 들었다.
- `beam.Map`으로 짠 전처리를 팀에 공유했다.

## 아쉬운 점

> 계획은 거창했지만 실행은 작았다.

### 내년 목표

| 목표 | 측정 |
|---|---|
| 책 | 15권 |
| 조깅 | 주 3회 |

```python
# 한글 주석도 고정폭으로
pipeline = beam.Pipeline()
```
)"_s;

QTextBlock blockWithText(const QTextDocument &document, const QString &text)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(text))
            return block;
    }
    return {};
}

TEST(MarkdownRenderer, KoreanTextAndHeadingsSurvive)
{
    const auto document = MarkdownRenderer().render(review);
    const QString text = document->toPlainText();
    EXPECT_TRUE(text.contains(u"양자화 논문을 두 편 읽었다."_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Apache Beam으로"_s)) << "emphasis markers are gone, the words stay";
    EXPECT_FALSE(text.contains(u"**"_s));
    EXPECT_FALSE(text.contains(u"## "_s));
}

TEST(MarkdownRenderer, ListsHeadingsWithLevelTextAndPosition)
{
    const auto document = MarkdownRenderer().render(review);
    const QList<RenderedHeading> headings = MarkdownRenderer::headings(*document);
    ASSERT_EQ(headings.size(), 4);
    const QList<QPair<int, QString>> expected = {
        {1, u"2025년 회고"_s}, {2, u"잘한 점"_s}, {2, u"아쉬운 점"_s}, {3, u"내년 목표"_s}};
    for (qsizetype i = 0; i < headings.size(); ++i) {
        EXPECT_EQ(headings[i].level, expected[i].first) << i;
        EXPECT_EQ(headings[i].text, expected[i].second) << i;
        EXPECT_EQ(document->findBlock(headings[i].position).text(), expected[i].second) << "the position is the heading's block";
    }
}

TEST(MarkdownRenderer, SetsKoreanTypography)
{
    RenderOptions options;
    options.basePointSize = 11;
    const auto document = MarkdownRenderer(options).render(review);

    const QTextBlock paragraph = blockWithText(*document, u"양자화 논문"_s);
    ASSERT_TRUE(paragraph.isValid());
    EXPECT_EQ(paragraph.blockFormat().lineHeightType(), int(QTextBlockFormat::ProportionalHeight));
    EXPECT_DOUBLE_EQ(paragraph.blockFormat().lineHeight(), 160.0);
    EXPECT_GT(paragraph.blockFormat().bottomMargin(), 0.0) << "paragraphs need air between them";
    EXPECT_EQ(document->defaultFont().family(), MarkdownRenderer::bodyFontFamily());
    EXPECT_DOUBLE_EQ(document->defaultFont().pointSizeF(), 11.0);

    // Sizes as laid out, which is what a reader sees (a format can say one size and show another).
    document->setTextWidth(600);
    document->size();
    const auto ascent = [&document](const QString &text) { return blockWithText(*document, text).layout()->lineAt(0).ascent(); };
    EXPECT_GT(ascent(u"2025년 회고"_s), ascent(u"잘한 점"_s));
    EXPECT_GT(ascent(u"잘한 점"_s), ascent(u"내년 목표"_s));
    EXPECT_GT(ascent(u"내년 목표"_s), ascent(u"양자화 논문"_s) * 1.1);
    EXPECT_EQ(blockWithText(*document, u"2025년 회고"_s).begin().fragment().charFormat().fontWeight(), int(QFont::Bold));
}

TEST(MarkdownRenderer, CodeIsMonospaceOnAShadedBackground)
{
    const auto document = MarkdownRenderer().render(review);
    const QTextBlock code = blockWithText(*document, u"한글 주석도"_s);
    ASSERT_TRUE(code.isValid());
    EXPECT_EQ(code.blockFormat().background().color(), RenderColors::light().codeBackground);
    EXPECT_EQ(code.begin().fragment().charFormat().fontFamilies().toStringList().value(0),
              MarkdownRenderer::monospaceFontFamily());

    const QTextBlock item = blockWithText(*document, u"beam.Map"_s);
    bool spanFound = false;
    for (auto it = item.begin(); !it.atEnd(); ++it) {
        if (it.fragment().text() == u"beam.Map"_s) {
            spanFound = true;
            EXPECT_EQ(it.fragment().charFormat().background().color(), RenderColors::light().codeBackground);
        }
    }
    EXPECT_TRUE(spanFound) << "the code span is its own fragment";
}

TEST(MarkdownRenderer, TablesGetBordersAndPadding)
{
    const auto document = MarkdownRenderer().render(review);
    QTextTable *table = nullptr;
    for (QTextFrame *frame : document->rootFrame()->childFrames())
        table = table ? table : qobject_cast<QTextTable *>(frame);
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rows(), 3);
    EXPECT_GT(table->format().border(), 0.0);
    EXPECT_GT(table->format().cellPadding(), 0.0);
    EXPECT_GT(table->cellAt(2, 0).format().toTableCellFormat().topBorder(), 0.0) << "collapsed borders are drawn by the cells";
    EXPECT_EQ(table->cellAt(1, 1).firstCursorPosition().block().text(), u"15권"_s);
}

TEST(MarkdownRenderer, DarkColoursColourTheText)
{
    RenderOptions options;
    options.colors = RenderColors::dark();
    const auto document = MarkdownRenderer(options).render(review);
    const QTextBlock paragraph = blockWithText(*document, u"양자화 논문"_s);
    EXPECT_EQ(paragraph.begin().fragment().charFormat().foreground().color(), RenderColors::dark().text);
    EXPECT_EQ(document->rootFrame()->frameFormat().background().color(), RenderColors::dark().background);
}

TEST(MarkdownRenderer, BodyFontIsAKoreanFontWhenOneIsInstalled)
{
    const QStringList families = QFontDatabase::families();
    if (!families.contains(u"Noto Serif CJK KR"_s) && !families.contains(u"Noto Sans CJK KR"_s)) {
        EXPECT_FALSE(MarkdownRenderer::koreanFontInstalled());
        GTEST_SKIP() << "fonts-noto-cjk is not installed";
    }
    EXPECT_TRUE(MarkdownRenderer::koreanFontInstalled());
    EXPECT_TRUE(MarkdownRenderer::bodyFontFamily().startsWith(u"Noto S"_s)) << MarkdownRenderer::bodyFontFamily().toStdString();
}

QImage photo(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    return image;
}

QList<QTextImageFormat> imagesOf(const QTextDocument &document)
{
    QList<QTextImageFormat> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                images << it.fragment().charFormat().toImageFormat();
        }
    }
    return images;
}

TEST(MarkdownRenderer, AttachmentImagesComeFromTheJournalScaledToTheTextWidth)
{
    QList<qint64> asked;
    RenderOptions options;
    options.imageWidth = 400;
    options.imageProvider = [&asked](qint64 id) {
        asked << id;
        return photo(800, 600);
    };
    const auto document = MarkdownRenderer(options).render(u"## 워크숍\n\n![화이트보드 사진](attachment:7)\n"_s);

    EXPECT_EQ(asked, QList<qint64>{7});
    const QImage resource = document->resource(QTextDocument::ImageResource, QUrl(u"attachment:7"_s)).value<QImage>();
    EXPECT_EQ(resource.size(), QSize(800, 600)) << "the image is a resource of the document";
    const QList<QTextImageFormat> images = imagesOf(*document);
    ASSERT_EQ(images.size(), 1);
    EXPECT_DOUBLE_EQ(images[0].width(), 400.0);
    EXPECT_DOUBLE_EQ(images[0].height(), 300.0);

    MarkdownRenderer::fitImages(*document, 1000);
    EXPECT_DOUBLE_EQ(imagesOf(*document).value(0).width(), 800.0) << "never scaled up";
    MarkdownRenderer::fitImages(*document, 200);
    EXPECT_DOUBLE_EQ(imagesOf(*document).value(0).height(), 150.0);
}

TEST(MarkdownRenderer, MissingAttachmentRendersAPlaceholderInstead)
{
    RenderOptions options;
    options.imageProvider = [](qint64 id) { return id == 1 ? photo(10, 10) : QImage(); };
    const auto document = MarkdownRenderer(options).render(
        u"첫 사진: ![있는 사진](attachment:1)\n\n지운 사진: ![지운 사진](attachment:99) 끝.\n"_s);

    EXPECT_EQ(imagesOf(*document).size(), 1) << "only the image that exists";
    const QString text = document->toPlainText();
    EXPECT_TRUE(text.contains(u"[Image not found: 지운 사진] 끝."_s)) << text.toStdString();
}

TEST(MarkdownRenderer, RendersWithoutAnImageProvider)
{
    const auto document = MarkdownRenderer().render(u"![사진](attachment:3)"_s);
    EXPECT_TRUE(document->toPlainText().contains(u"사진"_s));
    EXPECT_TRUE(imagesOf(*document).isEmpty());
}

TEST(MarkdownRenderer, RecognisesAttachmentUrls)
{
    EXPECT_EQ(MarkdownRenderer::attachmentId(u"attachment:42"_s), 42);
    EXPECT_EQ(MarkdownRenderer::attachmentId(u"attachment:x"_s), 0);
    EXPECT_EQ(MarkdownRenderer::attachmentId(u"attachment:-3"_s), 0);
    EXPECT_EQ(MarkdownRenderer::attachmentId(u"https://example.org/a.png"_s), 0);
}

} // namespace

