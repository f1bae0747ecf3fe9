#include "backupinfo.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

const QString timeFormat = u"yyyy-MM-dd'T'HHmmss'Z'"_s;

} // namespace

QString backupKindName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Quit:
        return u"quit"_s;
    case BackupKind::Daily:
        return u"daily"_s;
    case BackupKind::Weekly:
        return u"weekly"_s;
    case BackupKind::Monthly:
        return u"monthly"_s;
    case BackupKind::BeforeMigration:
        return u"before-migration"_s;
    case BackupKind::BeforeRestore:
        return u"before-restore"_s;
    case BackupKind::BeforeDelete:
        return u"before-delete"_s;
    case BackupKind::Manual:
        break;
    }
    return u"manual"_s;
}

QList<BackupKind> allBackupKinds()
{
    return {BackupKind::Quit,          BackupKind::Daily,         BackupKind::Weekly,       BackupKind::Monthly,
            BackupKind::BeforeMigration, BackupKind::BeforeRestore, BackupKind::BeforeDelete, BackupKind::Manual};
}

std::optional<BackupKind> backupKindFromName(const QString &name)
{
    for (const BackupKind kind : allBackupKinds()) {
        if (backupKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString BackupInfo::fileName(const QDateTime &time, BackupKind kind, int sequence)
{
    const QString suffix = sequence > 1 ? u"-%1"_s.arg(sequence) : QString();
    return u"hoego-%1-%2%3.sqlite"_s.arg(time.toUTC().toString(timeFormat), backupKindName(kind), suffix);
}

std::optional<BackupInfo> BackupInfo::fromFileName(const QString &folder, const QString &fileName)
{
    static const QRegularExpression pattern(u"^hoego-(\\d{4}-\\d{2}-\\d{2}T\\d{6}Z)-([a-z-]+?)(?:-\\d+)?\\.sqlite$"_s);
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    const auto kind = backupKindFromName(match.captured(2));
    // Date and time read apart and put together in UTC: no local time (and its DST gaps) in between.
    const QString stamp = match.captured(1);
    const QDate date = QDate::fromString(stamp.left(10), u"yyyy-MM-dd"_s);
    const QTime clock = QTime::fromString(stamp.mid(11, 6), u"HHmmss"_s);
    const QDateTime time(date, clock, QTimeZone::UTC);
    if (!kind || !time.isValid())
        return std::nullopt;
    BackupInfo info;
    info.path = QDir(folder).filePath(fileName);
    info.kind = *kind;
    info.time = time;
    info.size = QFileInfo(info.path).size();
    return info;
}

} // namespace hoego
