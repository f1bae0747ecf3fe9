#pragma once

#include "exportbundle.h"

#include <QHash>
#include <QString>

namespace hoego
{

// Writes entries as a folder of Markdown files for a blog or a git repository: one file per entry in
// a folder per year (`2025/2025-12-31-2025년-회고.md`), YAML front matter that Jekyll and Hugo read,
// the body as written, the KPT block and the goals with their outcomes, and the entry's images
// copied into a folder next to it (`2025/2025-12-31-2025년-회고/12-screenshot.png`), linked relatively.
class MarkdownExport
{
public:
    // The whole file of one entry. `attachmentLinks` maps attachment ids to the relative paths that
    // replace `attachment:ID` in the body; ids it lacks stay as they are.
    static QString entryFile(const ExportedEntry &exported, const QHash<qint64, QString> &attachmentLinks = {});

    // The path of an entry's file inside the export folder, without ".md" and without the counter that
    // separates two entries of the same day and title: "2025/2025-12-31-2025년-회고".
    static QString entryStem(const Entry &entry);

    // The file name an attachment gets in its entry's folder: "12-screenshot.png".
    static QString attachmentFileName(const Attachment &attachment);

    // Writes `bundle` into the new folder `folder` (which must not exist, or be empty). Everything is
    // written into a temporary folder beside it that is renamed at the end: a failed or cancelled
    // export leaves nothing.
    [[nodiscard]] static Result<ExportReport> write(const ExportBundle &bundle, const QString &folder,
                                                    const ExportProgress &progress = {});
};

} // namespace hoego
