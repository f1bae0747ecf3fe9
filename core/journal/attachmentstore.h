#pragma once

#include "attachment.h"
#include "common/result.h"

#include <QImage>
#include <QList>

#include <functional>

namespace hoego
{

class Journal;

// Stores the images pasted or dropped into entries. Each writing call is one transaction; an
// attachment goes away with its entry (the schema cascades).
class AttachmentStore
{
public:
    // A journal is one file that people back up and sync: one image must not bloat it.
    static constexpr qint64 maxBytes = 20 * 1024 * 1024;

    explicit AttachmentStore(Journal &journal);

    // Refuses an empty or oversized file and anything but PNG, JPEG, GIF, WebP and BMP images.
    [[nodiscard]] Result<qint64> add(qint64 entryId, const QByteArray &bytes, const QString &mimeType, const QString &name);
    [[nodiscard]] Result<Attachment> get(qint64 id) const;
    // Oldest first; without their bytes.
    [[nodiscard]] Result<QList<Attachment>> list(qint64 entryId) const;
    [[nodiscard]] Status remove(qint64 id);

    // The decoded image of attachment `id`, or a null image when it is missing or unreadable: the
    // image provider of MarkdownRenderer.
    QImage image(qint64 id) const;
    std::function<QImage(qint64)> imageProvider() const;

    // Whether `mimeType` is an image type the store accepts.
    static bool acceptsMimeType(const QString &mimeType);

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    Journal &m_journal;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace hoego
