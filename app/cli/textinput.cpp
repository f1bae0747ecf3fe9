#include "textinput.h"

#include "text/utf8.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hoego::cli
{
namespace
{

// The longest retrospectives are ~15,000 characters; 10 MB is a mistake (a binary, a log), not an entry.
constexpr qint64 maximumBytes = 10 * 1024 * 1024;

Error unreadable(const QString &message)
{
    return makeError(Error::Kind::InputUnreadable, message);
}

} // namespace

Result<QString> readTextInput(const QString &pathOrDash)
{
    QFile file;
    QString name = pathOrDash;
    if (pathOrDash == u"-"_s) {
        name = u"standard input"_s;
        if (!file.open(stdin, QIODevice::ReadOnly))
            return unreadable(u"Cannot read standard input."_s);
    } else {
        file.setFileName(pathOrDash);
        if (QFileInfo(pathOrDash).isDir())
            return unreadable(u"%1 is a folder; give a text file."_s.arg(pathOrDash));
        if (!file.open(QIODevice::ReadOnly))
            return unreadable(u"Cannot read %1: %2."_s.arg(pathOrDash, file.errorString()));
    }
    const QByteArray bytes = file.read(maximumBytes + 1);
    if (bytes.size() > maximumBytes)
        return unreadable(u"%1 is larger than 10 MB; an entry holds text, not a whole archive. Split it, or check that it is the right file."_s.arg(name));
    return decodeUtf8Strict(bytes, name);
}

} // namespace hoego::cli
