#pragma once

#include "common/result.h"
#include "journal/entry.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace hoego
{

// A starting text for a new entry: Markdown with placeholders such as {{year}} and {{next_year}}.
struct EntryTemplate {
    QString id;          // "kpt-year"; user templates start with "user-"
    QString name;        // as shown to the user, in the template's language
    QString description;
    EntryKind kind = EntryKind::Year; // the kind of entry it is written for
    QString body;        // Markdown with placeholders, without the front matter
    bool builtIn = true;
    QString path;        // the file of a user template

    // Reads "---\nid: …\nname: …\n---\nbody". A missing id, name or closing line is an error.
    [[nodiscard]] static Result<EntryTemplate> parse(const QString &text);
    // The file text of a template: front matter, then the body.
    QString toText() const;
};

// The templates a new entry can start from: the built-in ones of one language (resources, ko or en)
// and the user's own, which are files in a folder and shown whatever the language.
class TemplateCatalog
{
public:
    // `language` is "ko" or "en" (anything else falls back to English); `userFolder` defaults to
    // the app-data folder's "templates".
    explicit TemplateCatalog(QString language, QString userFolder = defaultUserFolder());

    static QString defaultUserFolder();
    // "ko" when the locale is Korean, else "en".
    static QString languageFor(const QLocale &locale);

    QString language() const { return m_language; }
    QString userFolder() const { return m_userFolder; }

    // Built-in templates first (in a stable order), then the user's, sorted by name.
    QList<EntryTemplate> list() const;
    std::optional<EntryTemplate> find(const QString &id) const;

    // The body with every placeholder filled for `period`: {{year}}, {{next_year}},
    // {{previous_year}}, {{period}}, {{start}}, {{end}}, {{month}}, {{month_name}}, {{quarter}},
    // {{half_name}}, {{week}} and {{date}} (today). Unknown placeholders stay as they are.
    QString fill(const QString &body, const Period &period, QDate today) const;
    // A title for a new entry of `kind` over `period`: "2026년 회고", "2027년 계획"...
    QString suggestedTitle(EntryKind kind, const Period &period, QDate today) const;

    // Writes a user template (folder created private to the user) and returns it with its id.
    [[nodiscard]] Result<EntryTemplate> saveUserTemplate(const QString &name, const QString &body, EntryKind kind,
                                                         const QString &description = {});
    // Deletes a user template; built-in templates cannot be deleted.
    [[nodiscard]] Status removeUserTemplate(const QString &id);

private:
    QList<EntryTemplate> builtIn() const;
    QList<EntryTemplate> userTemplates() const;
    QHash<QString, QString> placeholders(const Period &period, QDate today) const;

    QString m_language;
    QString m_userFolder;
    QHash<QString, QString> m_titles; // titles.txt of the language: kind name → title pattern
};

} // namespace hoego
