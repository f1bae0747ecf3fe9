#include "journal/attachmentstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QImage>
#include <QSqlQuery>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

class AttachmentStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
        m_entries = std::make_unique<EntryStore>(*m_journal);
        m_store = std::make_unique<AttachmentStore>(*m_journal);
        m_entryId = test::addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s,
                                   u"## 올해의 사진\n\n팀 워크숍에서 찍은 화이트보드.\n"_s);
        ASSERT_NE(m_entryId, 0);
    }

    int attachmentRows()
    {
        QSqlQuery query(m_journal->database());
        return query.exec(u"SELECT count(*) FROM attachments"_s) && query.next() ? query.value(0).toInt() : -1;
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EntryStore> m_entries;
    std::unique_ptr<AttachmentStore> m_store;
    qint64 m_entryId = 0;
};

TEST_F(AttachmentStoreTest, AddedImageReadsBackWithItsBytesAndName)
{
    const QByteArray png = pngBytes(64, 32);
    auto id = m_store->add(m_entryId, png, u"image/png"_s, u"화이트보드.png"_s);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    auto read = m_store->get(*id);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read->id, *id);
    EXPECT_EQ(read->entryId, m_entryId);
    EXPECT_EQ(read->name, u"화이트보드.png"_s);
    EXPECT_EQ(read->mimeType, u"image/png"_s);
    EXPECT_EQ(read->bytes, png);
    EXPECT_TRUE(read->created.isValid());
    EXPECT_EQ(m_store->image(*id).size(), QSize(64, 32)) << "the preview decodes what was stored";
}

TEST_F(AttachmentStoreTest, ListShowsAnEntrysAttachmentsInOrderWithoutLoadingThem)
{
    auto first = m_store->add(m_entryId, pngBytes(8, 8), u"image/png"_s, u"first.png"_s);
    auto second = m_store->add(m_entryId, pngBytes(8, 8), u"IMAGE/JPEG"_s, u"second.jpg"_s);
    ASSERT_TRUE(first.ok() && second.ok());

    auto listed = m_store->list(m_entryId);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ(listed->at(0).name, u"first.png"_s);
    EXPECT_EQ(listed->at(1).mimeType, u"image/jpeg"_s);
    EXPECT_TRUE(listed->at(0).bytes.isEmpty());
}

TEST_F(AttachmentStoreTest, RefusesAnImageOverTheLimitAndWritesNothing)
{
    const QByteArray huge(AttachmentStore::maxBytes + 1, 'x');
    auto id = m_store->add(m_entryId, huge, u"image/png"_s, u"raw-photo.png"_s);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, Error::Kind::Usage);
    EXPECT_TRUE(id.error().message.contains(u"raw-photo.png"_s)) << id.error().message.toStdString();
    EXPECT_TRUE(id.error().message.contains(u"too large"_s)) << id.error().message.toStdString();
    EXPECT_EQ(attachmentRows(), 0);
}

TEST_F(AttachmentStoreTest, RefusesWhatIsNotAnImage)
{
    for (const QString &type : {u"application/pdf"_s, u"text/plain"_s, u"image/svg+xml"_s, u""_s}) {
        auto id = m_store->add(m_entryId, "%PDF-1.7", type, u"회고.pdf"_s);
        ASSERT_FALSE(id.ok()) << type.toStdString();
        EXPECT_TRUE(id.error().message.contains(u"PNG, JPEG"_s)) << id.error().message.toStdString();
    }
    EXPECT_EQ(attachmentRows(), 0);
}

TEST_F(AttachmentStoreTest, RefusesAnEmptyFileAndAMissingEntry)
{
    EXPECT_FALSE(m_store->add(m_entryId, {}, u"image/png"_s, u"empty.png"_s).ok());
    auto orphan = m_store->add(m_entryId + 100, pngBytes(4, 4), u"image/png"_s, u"orphan.png"_s);
    ASSERT_FALSE(orphan.ok());
    EXPECT_EQ(orphan.error().kind, Error::Kind::NotFound);
    EXPECT_EQ(attachmentRows(), 0);
}

TEST_F(AttachmentStoreTest, DeletingTheEntryDeletesItsAttachments)
{
    auto id = m_store->add(m_entryId, pngBytes(8, 8), u"image/png"_s, u"사진.png"_s);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(m_entries->remove(m_entryId).ok());

    EXPECT_EQ(attachmentRows(), 0);
    auto gone = m_store->get(*id);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind, Error::Kind::NotFound);
    EXPECT_TRUE(m_store->image(*id).isNull()) << "a missing attachment is a null image, not a crash";
}

TEST_F(AttachmentStoreTest, RemovedAttachmentIsGone)
{
    auto id = m_store->add(m_entryId, pngBytes(8, 8), u"image/png"_s, u"사진.png"_s);
    ASSERT_TRUE(id.ok());
    EXPECT_TRUE(m_store->remove(*id).ok());
    EXPECT_FALSE(m_store->get(*id).ok());
    EXPECT_FALSE(m_store->remove(*id).ok());
}

} // namespace
