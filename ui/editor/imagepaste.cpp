#include "imagepaste.h"

#include "journal/attachmentstore.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

QString mimeTypeOfFile(const QString &path)
{
    static const QHash<QString, QString> bySuffix = {{u"png"_s, u"image/png"_s}, {u"jpg"_s, u"image/jpeg"_s},
                                                     {u"jpeg"_s, u"image/jpeg"_s}, {u"gif"_s, u"image/gif"_s},
                                                     {u"webp"_s, u"image/webp"_s}};
    return bySuffix.value(QFileInfo(path).suffix().toLower());
}

QStringList droppedImageFiles(const QMimeData *source)
{
    QStringList files;
    if (!source->hasUrls())
        return files;
    const QList<QUrl> urls = source->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && !mimeTypeOfFile(url.toLocalFile()).isEmpty())
            files << url.toLocalFile();
    }
    return files;
}

// Text that comes along with a copied image is its address or file name, not prose to keep.
bool isOnlyAnAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() || !trimmed.contains(QRegularExpression(u"\\s"_s));
}

ImagePaste::Image readImageFile(const QString &path)
{
    QFile file(path);
    // One byte over the limit is enough for the store to refuse it with its own message.
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.read(AttachmentStore::maxBytes + 1) : QByteArray();
    return {bytes, mimeTypeOfFile(path), QFileInfo(path).fileName()};
}

ImagePaste::Image clipboardImage(const QMimeData *source)
{
    const QString name = QDateTime::currentDateTime().toString(u"'image-'yyyyMMdd-HHmmss"_s);
    // The original bytes when the source offers them (no recompression of a JPEG)...
    for (const QString &type : {u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s}) {
        if (source->hasFormat(type)) {
            const QByteArray bytes = source->data(type);
            if (!bytes.isEmpty())
                return {bytes, type, name + u'.' + type.mid(6).replace(u"jpeg"_s, u"jpg"_s)};
        }
    }
    // ...else the bitmap, as PNG: lossless, and what screenshots are.
    const QImage image = qvariant_cast<QImage>(source->imageData());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!image.isNull() && buffer.open(QIODevice::WriteOnly))
        image.save(&buffer, "PNG");
    return {bytes, u"image/png"_s, name + u".png"_s};
}

} // namespace

bool ImagePaste::carriesImages(const QMimeData *source)
{
    if (!source)
        return false;
    if (!droppedImageFiles(source).isEmpty())
        return true;
    return source->hasImage() && (!source->hasText() || isOnlyAnAddress(source->text()));
}

QList<ImagePaste::Image> ImagePaste::images(const QMimeData *source)
{
    QList<Image> found;
    const QStringList files = droppedImageFiles(source);
    for (const QString &file : files)
        found << readImageFile(file);
    if (found.isEmpty() && source->hasImage())
        found << clipboardImage(source);
    return found;
}

QString ImagePaste::store(const QList<Image> &images, const ImageHandler &handler, QStringList &errors)
{
    QStringList references;
    for (const Image &image : images) {
        if (image.bytes.isEmpty()) {
            errors << tr("Could not read the image %1.").arg(image.name);
            continue;
        }
        const Result<qint64> stored = handler(image.bytes, image.mimeType, image.name);
        if (stored)
            references << reference(stored.value(), image.name);
        else
            errors << stored.error().message;
    }
    // Several dropped images become one paragraph each.
    return references.join(u"\n\n"_s);
}

QString ImagePaste::reference(qint64 id, const QString &name)
{
    QString alt = name.simplified();
    alt.replace(u"\\"_s, u"\\\\"_s).replace(u"["_s, u"\\["_s).replace(u"]"_s, u"\\]"_s);
    return u"![%1](attachment:%2)"_s.arg(alt, QString::number(id));
}

QString ImagePaste::refusal(const QMimeData *source)
{
    if (!source || !source->hasText())
        return {};
    const qsizetype size = source->text().size();
    if (size <= maxPastedChars)
        return {};
    const QLocale locale;
    return tr("The pasted text is too long (%1 characters; up to %2 can be pasted at once). Nothing was pasted. "
              "Paste it in parts, or import it as a file.")
        .arg(locale.toString(size), locale.toString(maxPastedChars));
}

QString ImagePaste::normalizedText(const QMimeData *source)
{
    if (!source || !source->hasText())
        return {};
    const QString text = source->text();
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    return nfc == text ? QString() : nfc;
}

} // namespace hoego
