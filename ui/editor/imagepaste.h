#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QMimeData;

namespace hoego
{

// Stores a pasted or dropped image (as an attachment of the open entry) and returns its id.
using ImageHandler = std::function<Result<qint64>(const QByteArray &bytes, const QString &mimeType, const QString &name)>;

// What the editor's paste and drop do with images and with very long text; the editor itself only
// decides when to call this.
class ImagePaste
{
    Q_DECLARE_TR_FUNCTIONS(hoego::ImagePaste)

public:
    // A paste bigger than this is refused: QPlainTextEdit would lay it out for minutes.
    static constexpr qsizetype maxPastedChars = 5 * 1000 * 1000;

    struct Image {
        QByteArray bytes;
        QString mimeType;
        QString name;
    };

    // Whether `source` brings images to attach rather than text to insert: a bitmap without text
    // of its own (a screenshot, "copy image"), or dropped image files.
    static bool carriesImages(const QMimeData *source);
    static QList<Image> images(const QMimeData *source);

    // Stores each image through `handler`; returns the Markdown that references the stored ones
    // and adds a message to `errors` for each one refused.
    static QString store(const QList<Image> &images, const ImageHandler &handler, QStringList &errors);
    // `![name](attachment:ID)`, with the name made safe as Markdown alt text.
    static QString reference(qint64 id, const QString &name);

    // Why a text paste is refused, or an empty string when it may go in.
    static QString refusal(const QMimeData *source);
    // The text of `source` in NFC when it is not (Hangul copied from macOS files is decomposed
    // jamo); an empty string when it already is.
    static QString normalizedText(const QMimeData *source);
};

} // namespace hoego
