#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hoego
{

// An image (or file) inside an entry, referenced from its Markdown as `![caption](attachment:ID)`.
struct Attachment {
    qint64 id = 0;
    qint64 entryId = 0;
    QString name;     // the file name it came with ("screenshot.png"), for export
    QString mimeType; // "image/png"...
    QString caption;
    QByteArray bytes; // empty in AttachmentStore::list(), which lists without loading the images
    QDateTime created; // UTC
};

} // namespace hoego
