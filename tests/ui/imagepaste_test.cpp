#include "editor/markdowneditor.h"
#include "editor/previewpane.h"
#include "journal/attachmentstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace hoego;
using namespace Qt::StringLiterals;

// Korean in failure messages, not UTF-16 bytes.
[[maybe_unused]] static void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace
{

QImage screenshot()
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(QColor(0x2b, 0x6c, 0xb0));
    return image;
}

class ImagePasteTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
        m_attachments = std::make_unique<AttachmentStore>(*m_journal);
        m_entryId = test::addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s);
        ASSERT_NE(m_entryId, 0);

        m_editor = std::make_unique<MarkdownEditor>(m_repository);
        // What the main window does: images go into the open entry.
        m_editor->setImageHandler([this](const QByteArray &bytes, const QString &mimeType, const QString &name) {
            return m_attachments->add(m_entryId, bytes, mimeType, name);
        });
        m_editor->resize(700, 500);
        m_editor->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_editor.get()));
        m_editor->setPlainText(u"워크숍 화이트보드: "_s);
        m_editor->moveCursor(QTextCursor::End);
    }

    void TearDown() override { QApplication::clipboard()->clear(); }

    int attachmentRows()
    {
        QSqlQuery query(m_journal->database());
        return query.exec(u"SELECT count(*) FROM attachments"_s) && query.next() ? query.value(0).toInt() : -1;
    }

    void paste(QMimeData *data)
    {
        QApplication::clipboard()->setMimeData(data);
        m_editor->paste();
    }

    // What a file manager's drag does: enter, move over the text, drop.
    void drop(QMimeData *data)
    {
        const QPoint end = m_editor->cursorRect(m_editor->textCursor()).center();
        QDragEnterEvent enter(end, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_editor->viewport(), &enter);
        QDragMoveEvent move(end, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_editor->viewport(), &move);
        QDropEvent dropped(end, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_editor->viewport(), &dropped);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_temp.file(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<AttachmentStore> m_attachments;
    qint64 m_entryId = 0;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<MarkdownEditor> m_editor;
};

TEST_F(ImagePasteTest, PastedScreenshotBecomesAnAttachmentReferencedAtTheCursor)
{
    auto *data = new QMimeData;
    data->setImageData(screenshot());
    paste(data);

    ASSERT_EQ(attachmentRows(), 1);
    auto listed = m_attachments->list(m_entryId);
    ASSERT_TRUE(listed.ok());
    const Attachment stored = listed->constFirst();
    EXPECT_EQ(stored.mimeType, u"image/png"_s);
    EXPECT_EQ(m_attachments->image(stored.id).size(), QSize(320, 200));
    EXPECT_EQ(m_editor->toPlainText(), u"워크숍 화이트보드: ![%1](attachment:%2)"_s.arg(stored.name).arg(stored.id));
}

TEST_F(ImagePasteTest, UndoRemovesTheReferenceInOneStep)
{
    auto *data = new QMimeData;
    data->setImageData(screenshot());
    paste(data);
    ASSERT_TRUE(m_editor->toPlainText().contains(u"attachment:"_s));

    m_editor->undo();
    EXPECT_EQ(m_editor->toPlainText(), u"워크숍 화이트보드: "_s);
}

TEST_F(ImagePasteTest, RefusedImageInsertsNothingAndSaysWhy)
{
    m_editor->setImageHandler([](const QByteArray &, const QString &, const QString &) -> Result<qint64> {
        return makeError(Error::Kind::OutputUnwritable, u"The journal cannot be written: the disk is full."_s);
    });
    QSignalSpy rejected(m_editor.get(), &MarkdownEditor::imageRejected);
    auto *data = new QMimeData;
    data->setImageData(screenshot());
    paste(data);

    ASSERT_EQ(rejected.count(), 1);
    EXPECT_EQ(rejected.first().first().toString(), u"The journal cannot be written: the disk is full."_s);
    EXPECT_EQ(m_editor->toPlainText(), u"워크숍 화이트보드: "_s);
}

TEST_F(ImagePasteTest, DroppedImageFilesAreAttachedAndOtherFilesAreNot)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    screenshot().save(&buffer, "JPEG");
    const QString photo = writeFile(u"10km 완주.jpg"_s, buffer.data());
    const QString notes = writeFile(u"notes.txt"_s, "메모");

    auto *data = new QMimeData;
    data->setUrls({QUrl::fromLocalFile(photo), QUrl::fromLocalFile(notes)});
    drop(data);
    delete data;

    auto listed = m_attachments->list(m_entryId);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1) << "only the image";
    EXPECT_EQ(listed->constFirst().name, u"10km 완주.jpg"_s);
    EXPECT_EQ(listed->constFirst().mimeType, u"image/jpeg"_s);
    EXPECT_TRUE(m_editor->toPlainText().endsWith(u"![10km 완주.jpg](attachment:%1)"_s.arg(listed->constFirst().id)))
        << m_editor->toPlainText().toStdString();
}

TEST_F(ImagePasteTest, OversizedDroppedImageIsRefused)
{
    const QString huge = writeFile(u"raw.png"_s, QByteArray(AttachmentStore::maxBytes + 1024, '\0'));
    QSignalSpy rejected(m_editor.get(), &MarkdownEditor::imageRejected);
    auto *data = new QMimeData;
    data->setUrls({QUrl::fromLocalFile(huge)});
    drop(data);
    delete data;

    ASSERT_EQ(rejected.count(), 1);
    EXPECT_TRUE(rejected.first().first().toString().contains(u"too large"_s));
    EXPECT_EQ(attachmentRows(), 0);
    EXPECT_EQ(m_editor->toPlainText(), u"워크숍 화이트보드: "_s);
}

TEST_F(ImagePasteTest, CopiedTextWithAPictureOfItStaysText)
{
    // Spreadsheets and office apps put a bitmap of the copied cells next to their text.
    auto *data = new QMimeData;
    data->setText(u"책\t15권\n조깅\t주 3회"_s);
    data->setImageData(screenshot());
    paste(data);

    EXPECT_EQ(attachmentRows(), 0);
    EXPECT_EQ(m_editor->toPlainText(), u"워크숍 화이트보드: 책\t15권\n조깅\t주 3회"_s);
}

TEST_F(ImagePasteTest, HugeTextPasteIsRefusedWithoutTouchingTheText)
{
    QSignalSpy rejected(m_editor.get(), &MarkdownEditor::pasteRejected);
    auto *data = new QMimeData;
    data->setText(QString(6 * 1000 * 1000, u'가'));
    paste(data);

    ASSERT_EQ(rejected.count(), 1);
    EXPECT_TRUE(rejected.first().first().toString().contains(u"too long"_s));
    EXPECT_EQ(m_editor->toPlainText(), u"워크숍 화이트보드: "_s);
}

TEST_F(ImagePasteTest, DecomposedHangulIsPastedComposed)
{
    const QString composed = u"회고를 마치며"_s;
    auto *data = new QMimeData;
    data->setText(composed.normalized(QString::NormalizationForm_D)); // as copied from a macOS file
    paste(data);
    EXPECT_EQ(m_editor->toPlainText(), u"워크숍 화이트보드: "_s + composed);
}

TEST_F(ImagePasteTest, PastedImageShowsInThePreview)
{
    PreviewPane preview;
    preview.setImageProvider(m_attachments->imageProvider());
    preview.setEditor(m_editor.get());
    preview.resize(500, 500);
    preview.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&preview));

    auto *data = new QMimeData;
    data->setImageData(screenshot());
    QSignalSpy rendered(&preview, &PreviewPane::rendered);
    paste(data);
    ASSERT_TRUE(rendered.wait(2000));

    const qint64 id = m_attachments->list(m_entryId)->constFirst().id;
    const QUrl url(u"attachment:%1"_s.arg(id));
    EXPECT_EQ(preview.browser()->document()->resource(QTextDocument::ImageResource, url).value<QImage>().size(), QSize(320, 200));
}

} // namespace
