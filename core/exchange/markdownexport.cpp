#include "markdownexport.h"

#include "exporttext.h"
#include "kpt/kptmarkdown.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// A YAML scalar, quoted when a plain one would be read as something else (a number, a list, a
// comment, a key) or lose its spaces.
QString yamlScalar(const QString &value)
{
    static const QRegularExpression plainSafe(u"^[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^#]*$"_s);
    static const QRegularExpression special(
        u"(: |:$|\\s#|^(true|false|yes|no|on|off|null|~)$|^[-+]?[0-9][0-9_.,:eE+-]*$|\\s$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!value.isEmpty() && !value.contains(u'\n') && plainSafe.match(value).hasMatch() && !special.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return u'"' + escaped + u'"';
}

QDate writtenDate(const Entry &entry)
{
    if (entry.written.isValid())
        return entry.written;
    if (entry.created.isValid())
        return entry.created.toLocalTime().date();
    return entry.period.end;
}

QString frontMatter(const Entry &entry)
{
    QString yaml = u"---\n"_s;
    yaml += u"title: "_s + yamlScalar(entry.title) + u'\n';
    yaml += u"date: "_s + writtenDate(entry).toString(Qt::ISODate) + u'\n';
    yaml += u"kind: "_s + entryKindName(entry.kind) + u'\n';
    yaml += u"period: "_s + yamlScalar(entry.period.text) + u'\n';
    if (entry.tags.isEmpty()) {
        yaml += u"tags: []\n"_s;
    } else {
        yaml += u"tags:\n"_s;
        for (const QString &tag : entry.tags)
            yaml += u"  - "_s + yamlScalar(tag) + u'\n';
    }
    return yaml + u"---\n"_s;
}

// `![caption](attachment:12)` → `![caption](2025-12-31-회고/12-photo.png)`, as the editor inserts them.
QString relinkAttachments(const QString &body, const QHash<qint64, QString> &links)
{
    if (links.isEmpty())
        return body;
    static const QRegularExpression reference(u"(\\]\\(\\s*<?)attachment:(\\d+)(?=[\\s>)])"_s);
    QString result;
    qsizetype last = 0;
    for (auto it = reference.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        const auto link = links.constFind(match.captured(2).toLongLong());
        if (link == links.cend())
            continue;
        result += QStringView(body).mid(last, match.capturedStart() - last);
        result += match.captured(1) + *link;
        last = match.capturedEnd();
    }
    return result.append(QStringView(body).mid(last));
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    // A plain QFile: the folder it is in is temporary and renamed as a whole at the end.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return makeError(Error::Kind::OutputUnwritable,
            QCoreApplication::translate("MarkdownExport", "Could not write %1: %2.").arg(path, file.errorString()));
    return Done{};
}

Status checkTarget(const QString &folder)
{
    const QFileInfo target(folder);
    if (!target.absoluteDir().exists())
        return makeError(Error::Kind::OutputUnwritable,
            QCoreApplication::translate(
                "MarkdownExport", "The folder %1 does not exist; create it first or export somewhere else.")
                .arg(target.absolutePath()));
    if (target.exists() && !(target.isDir() && QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return makeError(Error::Kind::OutputUnwritable,
            QCoreApplication::translate(
                "MarkdownExport", "%1 already exists; export into a new folder, or remove it first.")
                .arg(target.absoluteFilePath()));
    return Done{};
}

// Writes one entry and its attachments into `root`; returns the file's path relative to `root`.
Result<QString> writeEntry(const ExportedEntry &exported, const QDir &root, QSet<QString> &taken)
{
    QString stem = MarkdownExport::entryStem(exported.entry);
    for (int n = 2; taken.contains(stem); ++n)
        stem = MarkdownExport::entryStem(exported.entry) + u'-' + QString::number(n);
    taken.insert(stem);
    const QString folder = QFileInfo(stem).path();
    if (!root.mkpath(folder))
        return makeError(Error::Kind::OutputUnwritable,
            QCoreApplication::translate("MarkdownExport", "Could not create the folder %1.")
                .arg(root.filePath(folder)));
    QHash<qint64, QString> links;
    if (!exported.attachments.isEmpty()) {
        const QString attachmentFolder = QFileInfo(stem).fileName();
        if (!root.mkpath(stem))
            return makeError(Error::Kind::OutputUnwritable,
                QCoreApplication::translate("MarkdownExport", "Could not create the folder %1.")
                    .arg(root.filePath(stem)));
        for (const Attachment &attachment : exported.attachments) {
            const QString name = MarkdownExport::attachmentFileName(attachment);
            if (Status written = writeFile(root.filePath(stem + u'/' + name), attachment.bytes); !written)
                return written.error();
            links.insert(attachment.id, attachmentFolder + u'/' + name);
        }
    }
    const QString file = stem + u".md"_s;
    if (Status written = writeFile(root.filePath(file), MarkdownExport::entryFile(exported, links).toUtf8()); !written)
        return written.error();
    return file;
}

} // namespace

QString MarkdownExport::entryFile(const ExportedEntry &exported, const QHash<qint64, QString> &attachmentLinks)
{
    const Entry &entry = exported.entry;
    QString text = frontMatter(entry) + u'\n';
    QString body = relinkAttachments(entry.body, attachmentLinks);
    while (body.endsWith(u'\n') || body.endsWith(u' '))
        body.chop(1);
    if (!body.isEmpty())
        text += body + u'\n';
    if (const QString kpt = kptMarkdown(exported.kpt, 2); !kpt.isEmpty())
        text += u'\n' + kpt;
    if (!exported.goals.isEmpty())
        text += u'\n' + exporttext::goalsMarkdown(exported.goals, exporttext::isMostlyLatin(entry.title + u'\n' + entry.body), 2);
    return text;
}

QString MarkdownExport::entryStem(const Entry &entry)
{
    const QDate date = writtenDate(entry);
    const int year = entry.period.start.isValid() ? entry.period.year() : date.year();
    const QString name = date.toString(Qt::ISODate) + u'-' + exporttext::slug(entry.title, u"entry-%1"_s.arg(entry.id));
    return QString::number(year) + u'/' + name;
}

QString MarkdownExport::attachmentFileName(const Attachment &attachment)
{
    QString suffix = QFileInfo(attachment.name).suffix().toLower();
    if (suffix.isEmpty() || exporttext::slug(suffix, {}) != suffix)
        suffix = QMimeDatabase().mimeTypeForName(attachment.mimeType).preferredSuffix();
    const QString base = exporttext::slug(QFileInfo(attachment.name).completeBaseName(), u"image"_s);
    return QString::number(attachment.id) + u'-' + base + (suffix.isEmpty() ? QString() : u'.' + suffix);
}

Result<ExportReport> MarkdownExport::write(const ExportBundle &bundle, const QString &folder, const ExportProgress &progress)
{
    if (Status ok = checkTarget(folder); !ok)
        return ok.error();
    const QFileInfo target(folder);
    // Beside the target, so that the final rename stays on one file system.
    QTemporaryDir temporary(target.absolutePath() + u"/."_s + target.fileName() + u"-export-XXXXXX"_s);
    if (!temporary.isValid())
        return makeError(Error::Kind::OutputUnwritable,
            QCoreApplication::translate(
                "MarkdownExport", "Could not write in %1 (%2); choose a folder you can write to.")
                .arg(target.absolutePath(), temporary.errorString()));
    const QDir root(temporary.path());
    QSet<QString> taken;
    QStringList files;
    const int total = int(bundle.entries.size());
    for (int i = 0; i < total; ++i) {
        auto file = writeEntry(bundle.entries.at(i), root, taken);
        if (!file)
            return file.error();
        files << *file;
        if (progress && !progress(i + 1, total))
            return exportCancelled();
    }
    const QString finalPath = target.absoluteFilePath();
    // QTemporaryDir makes a private folder; the export is an ordinary one, to share or publish.
    QFile::setPermissions(temporary.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    if (target.exists())
        QDir().rmdir(finalPath); // an empty folder the user chose: replaced by the export
    if (!QDir().rename(temporary.path(), finalPath))
        return makeError(Error::Kind::OutputUnwritable,
            QCoreApplication::translate("MarkdownExport", "Could not move the export to %1.").arg(finalPath));
    temporary.setAutoRemove(false);
    ExportReport report;
    report.entries = total;
    for (const QString &file : std::as_const(files))
        report.files << QDir(finalPath).filePath(file);
    return report;
}

} // namespace hoego
