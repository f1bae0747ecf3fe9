#include "attachmentstore.h"

#include "journal.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

using Sql::fromIsoTime;
using Sql::isoTime;

// The formats Qt decodes without extra plugins (WebP with qt6-image-formats-plugins), and that a
// Markdown export can hand to any viewer. SVG is left out: it can carry scripts and external links.
const QStringList &acceptedMimeTypes()
{
    static const QStringList types = {u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s, u"image/webp"_s, u"image/bmp"_s};
    return types;
}

Status validate(const QByteArray &bytes, const QString &mimeType, const QString &name)
{
    if (!AttachmentStore::acceptsMimeType(mimeType))
        return makeError(Error::Kind::Usage,
            QCoreApplication::translate(
                "AttachmentStore", "%1 is not an image Hoego can keep (%2). Attach a PNG, JPEG, GIF or WebP image.")
                .arg(name, mimeType));
    if (bytes.isEmpty())
        return makeError(Error::Kind::InputUnreadable,
            QCoreApplication::translate("AttachmentStore", "%1 is empty: there is no image to attach.").arg(name));
    if (bytes.size() > AttachmentStore::maxBytes) {
        const QLocale c = QLocale::c();
        return makeError(Error::Kind::Usage,
            QCoreApplication::translate("AttachmentStore",
                "%1 is too large to attach (%2; the limit is %3). Make it smaller, for example as a JPEG, and attach it again.")
                .arg(name, c.formattedDataSize(bytes.size()), c.formattedDataSize(AttachmentStore::maxBytes)));
    }
    return Done{};
}

Result<bool> entryExists(const QSqlDatabase &db, qint64 entryId)
{
    auto query = Sql::run(db, u"SELECT 1 FROM entries WHERE id = ?"_s, {entryId});
    if (!query)
        return query.error();
    return query->next();
}

Attachment attachmentFromRow(const QSqlQuery &query, bool withBytes)
{
    Attachment attachment;
    attachment.id = query.value(0).toLongLong();
    attachment.entryId = query.value(1).toLongLong();
    attachment.name = query.value(2).toString();
    attachment.mimeType = query.value(3).toString();
    attachment.caption = query.value(4).toString();
    attachment.created = fromIsoTime(query.value(5).toString());
    if (withBytes)
        attachment.bytes = query.value(6).toByteArray();
    return attachment;
}

} // namespace

AttachmentStore::AttachmentStore(Journal &journal)
    : m_journal(journal)
{
}

bool AttachmentStore::acceptsMimeType(const QString &mimeType)
{
    return acceptedMimeTypes().contains(mimeType.trimmed().toLower());
}

Result<qint64> AttachmentStore::add(qint64 entryId, const QByteArray &bytes, const QString &mimeType, const QString &name)
{
    const QString shownName
        = name.trimmed().isEmpty() ? QCoreApplication::translate("AttachmentStore", "The image") : name.trimmed();
    if (Status valid = validate(bytes, mimeType, shownName); !valid)
        return valid.error();
    const QSqlDatabase db = m_journal.database();
    Sql::Transaction transaction(db);
    auto exists = entryExists(db, entryId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return makeError(Error::Kind::NotFound,
            QCoreApplication::translate("AttachmentStore", "There is no entry %1 to attach %2 to.")
                .arg(QString::number(entryId), shownName));
    auto inserted = Sql::run(db, u"INSERT INTO attachments (entry_id, name, mime_type, bytes, created) VALUES (?, ?, ?, ?, ?)"_s,
                             {entryId, name.trimmed(), mimeType.trimmed().toLower(), bytes, isoTime(m_now())});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<Attachment> AttachmentStore::get(qint64 id) const
{
    auto query = Sql::run(m_journal.database(),
                          u"SELECT id, entry_id, name, mime_type, caption, created, bytes FROM attachments WHERE id = ?"_s, {id});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(Error::Kind::NotFound,
            QCoreApplication::translate(
                "AttachmentStore", "There is no attachment %1 in this journal; it may have been removed.")
                .arg(id));
    return attachmentFromRow(*query, true);
}

Result<QList<Attachment>> AttachmentStore::list(qint64 entryId) const
{
    auto query = Sql::run(m_journal.database(),
                          u"SELECT id, entry_id, name, mime_type, caption, created FROM attachments WHERE entry_id = ? ORDER BY id"_s,
                          {entryId});
    if (!query)
        return query.error();
    QList<Attachment> attachments;
    while (query->next())
        attachments << attachmentFromRow(*query, false);
    return attachments;
}

Status AttachmentStore::remove(qint64 id)
{
    const QSqlDatabase db = m_journal.database();
    Sql::Transaction transaction(db);
    auto removed = Sql::run(db, u"DELETE FROM attachments WHERE id = ?"_s, {id});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return makeError(Error::Kind::NotFound,
            QCoreApplication::translate("AttachmentStore", "There is no attachment %1 in this journal.").arg(id));
    return transaction.commit();
}

QImage AttachmentStore::image(qint64 id) const
{
    auto attachment = get(id);
    return attachment ? QImage::fromData(attachment->bytes) : QImage();
}

std::function<QImage(qint64)> AttachmentStore::imageProvider() const
{
    return [this](qint64 id) { return image(id); };
}

} // namespace hoego
