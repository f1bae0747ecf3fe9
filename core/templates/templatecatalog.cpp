#include "templatecatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

constexpr auto privateFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString userPrefix = u"user-"_s;

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// "key: value" lines; blank lines and lines starting with # are skipped.
QHash<QString, QString> readKeyValues(const QStringList &lines)
{
    QHash<QString, QString> values;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (line.trimmed().isEmpty() || line.startsWith(u'#') || colon <= 0)
            continue;
        values.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return values;
}

// `message` is marked with QT_TRANSLATE_NOOP and names the reason in the same sentence, so that a
// translation never has to splice a reason into another sentence.
Error badTemplate(const char *message)
{
    return makeError(Error::Kind::InputUnreadable, QCoreApplication::translate("TemplateCatalog", message));
}

// Front matter values are one line each: a name typed with a line break keeps its words.
QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

Result<EntryTemplate> EntryTemplate::parse(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    if (!normalized.startsWith(u"---\n"_s))
        return badTemplate(
            QT_TRANSLATE_NOOP("TemplateCatalog", "This is not a Hoego template: it does not start with a '---' line."));
    const qsizetype close = normalized.indexOf(u"\n---\n"_s, 3);
    if (close < 0)
        return badTemplate(QT_TRANSLATE_NOOP(
            "TemplateCatalog", "This is not a Hoego template: its front matter has no closing '---' line."));
    const QHash<QString, QString> front = readKeyValues(normalized.mid(4, close - 4).split(u'\n'));
    EntryTemplate parsed;
    parsed.id = front.value(u"id"_s);
    parsed.name = front.value(u"name"_s);
    parsed.description = front.value(u"description"_s);
    parsed.kind = entryKindFromName(front.value(u"kind"_s)).value_or(EntryKind::Note);
    parsed.body = normalized.mid(close + 5);
    if (parsed.id.isEmpty() || parsed.name.isEmpty())
        return badTemplate(
            QT_TRANSLATE_NOOP("TemplateCatalog", "This is not a Hoego template: it has no id or no name."));
    return parsed;
}

QString EntryTemplate::toText() const
{
    return u"---\nid: %1\nname: %2\ndescription: %3\nkind: %4\n---\n"_s.arg(oneLine(id), oneLine(name),
                                                                        oneLine(description), entryKindName(kind))
        + body;
}

TemplateCatalog::TemplateCatalog(QString language, QString userFolder)
    : m_language(language == u"ko"_s ? language : u"en"_s)
    , m_userFolder(std::move(userFolder))
{
    m_titles = readKeyValues(readResource(u":/templates/%1/titles.txt"_s.arg(m_language)).split(u'\n'));
}

QString TemplateCatalog::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/templates"_s;
}

QString TemplateCatalog::languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Korean ? u"ko"_s : u"en"_s;
}

QList<EntryTemplate> TemplateCatalog::list() const
{
    return builtIn() + userTemplates();
}

std::optional<EntryTemplate> TemplateCatalog::find(const QString &id) const
{
    for (const EntryTemplate &candidate : list()) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

// The files under :/templates/<language>/ are the built-in templates, in file-name order ("01-kpt-year.md"
// first); adding one needs no code.
QList<EntryTemplate> TemplateCatalog::builtIn() const
{
    QList<EntryTemplate> templates;
    const QDir folder(u":/templates/%1"_s.arg(m_language));
    for (const QString &file : folder.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
        auto parsed = EntryTemplate::parse(readResource(folder.filePath(file)));
        if (parsed.ok())
            templates << *parsed;
    }
    return templates;
}

// A user template that cannot be read is skipped: one bad file must not hide the others.
QList<EntryTemplate> TemplateCatalog::userTemplates() const
{
    QList<EntryTemplate> templates;
    const QDir folder(m_userFolder);
    for (const QString &file : folder.entryList({u"*.md"_s}, QDir::Files)) {
        QFile input(folder.filePath(file));
        if (!input.open(QIODevice::ReadOnly))
            continue;
        auto parsed = EntryTemplate::parse(QString::fromUtf8(input.readAll()));
        if (!parsed.ok())
            continue;
        parsed->builtIn = false;
        parsed->path = input.fileName();
        templates << *parsed;
    }
    std::sort(templates.begin(), templates.end(), [](const EntryTemplate &a, const EntryTemplate &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return templates;
}

QHash<QString, QString> TemplateCatalog::placeholders(const Period &period, QDate today) const
{
    const QDate start = period.start;
    int year = start.year();
    int weekYear = year;
    const int week = start.weekNumber(&weekYear);
    if (period.text.contains(u"-W"_s))
        year = weekYear; // 2026-W01 may start in December 2025, but it is a week of 2026
    const QLocale locale(m_language == u"ko"_s ? QLocale::Korean : QLocale::English);
    return {
        {u"year"_s, QString::number(year)},
        {u"next_year"_s, QString::number(year + 1)},
        {u"previous_year"_s, QString::number(year - 1)},
        {u"period"_s, period.text},
        {u"start"_s, start.toString(Qt::ISODate)},
        {u"end"_s, period.end.toString(Qt::ISODate)},
        {u"month"_s, QString::number(start.month())},
        {u"month_name"_s, locale.standaloneMonthName(start.month())},
        {u"quarter"_s, QString::number((start.month() - 1) / 3 + 1)},
        {u"half_name"_s, m_titles.value(start.month() <= 6 ? u"half1"_s : u"half2"_s)},
        {u"week"_s, QString::number(week)},
        {u"date"_s, today.toString(Qt::ISODate)},
    };
}

QString TemplateCatalog::fill(const QString &body, const Period &period, QDate today) const
{
    static const QRegularExpression placeholder(uR"(\{\{\s*(\w+)\s*\}\})"_s);
    const QHash<QString, QString> values = placeholders(period, today);
    QString filled;
    qsizetype last = 0;
    for (const auto &match : placeholder.globalMatch(body)) {
        filled += QStringView(body).sliced(last, match.capturedStart() - last);
        filled += values.value(match.captured(1), match.captured(0));
        last = match.capturedEnd();
    }
    filled += QStringView(body).sliced(last);
    return filled;
}

QString TemplateCatalog::suggestedTitle(EntryKind kind, const Period &period, QDate today) const
{
    const QString pattern = m_titles.value(entryKindName(kind));
    return pattern.isEmpty() ? period.text : fill(pattern, period, today);
}

Result<EntryTemplate> TemplateCatalog::saveUserTemplate(const QString &name, const QString &body, EntryKind kind,
                                                        const QString &description)
{
    if (oneLine(name).isEmpty())
        return makeError(
            Error::Kind::Usage, QCoreApplication::translate("TemplateCatalog", "A template needs a name."));
    if (!QDir().mkpath(m_userFolder) || !QFile::setPermissions(m_userFolder, privateFolder))
        return makeError(Error::Kind::OutputUnwritable,
            QCoreApplication::translate(
                "TemplateCatalog", "The template folder %1 could not be created. Check that it is writable.")
                .arg(m_userFolder));
    EntryTemplate saved;
    saved.id = userPrefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    saved.name = oneLine(name);
    saved.description = oneLine(description);
    saved.kind = kind;
    saved.body = body;
    saved.builtIn = false;
    saved.path = QDir(m_userFolder).filePath(saved.id + u".md"_s);
    QSaveFile file(saved.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(saved.toText().toUtf8()) < 0 || !file.commit())
        return makeError(Error::Kind::OutputUnwritable,
            QCoreApplication::translate("TemplateCatalog",
                "The template could not be saved in %1: %2. Check that there is space and the folder is writable.")
                .arg(m_userFolder, file.errorString()));
    QFile::setPermissions(saved.path, privateFile);
    return saved;
}

Status TemplateCatalog::removeUserTemplate(const QString &id)
{
    const std::optional<EntryTemplate> found = find(id);
    if (!found)
        return makeError(Error::Kind::NotFound,
            QCoreApplication::translate("TemplateCatalog", "There is no template '%1'.").arg(id));
    if (found->builtIn)
        return makeError(Error::Kind::Usage,
            QCoreApplication::translate("TemplateCatalog", "'%1' comes with Hoego and cannot be deleted.")
                .arg(found->name));
    if (!QFile::remove(found->path))
        return makeError(Error::Kind::OutputUnwritable,
            QCoreApplication::translate(
                "TemplateCatalog", "The template file %1 could not be deleted. Check that its folder is writable.")
                .arg(found->path));
    return Done{};
}

} // namespace hoego
