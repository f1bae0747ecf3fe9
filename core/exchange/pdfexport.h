#pragma once

#include "exportbundle.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace hoego
{

struct PdfExportOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString title; // the cover's title; empty: PdfExport::defaultTitle()
};

// Typesets entries as a PDF book with Qt alone (QPdfWriter, QTextDocument and the MarkdownRenderer of
// the preview): a cover with the title and years, a table of contents with page numbers, one chapter
// per entry starting on a new page with its KPT items and goals as tables, page numbers in the footer,
// in the light theme with the Korean fonts embedded as subsets. Needs a QGuiApplication (fonts); runs
// on any thread.
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(hoego::PdfExport)

public:
    // One chapter as Markdown: the title as a level-1 heading, a line with period, kind and date, the
    // body, the KPT items as a Keep | Problem | Try table, the goals as a table per year.
    static QString chapterMarkdown(const ExportedEntry &exported);

    // The entry's title for one entry; "회고 2019–2025" (or "Retrospectives 2019–2025") for more.
    static QString defaultTitle(const ExportBundle &bundle);

    // The years the bundle covers: "2025" or "2019–2025"; empty for no entries.
    static QString yearsText(const ExportBundle &bundle);

    // Writes the book to `file` through a temporary file beside it, renamed when complete: a failed
    // or cancelled export leaves nothing. `progress` counts layout and painting of each chapter.
    [[nodiscard]] static Result<ExportReport> write(const ExportBundle &bundle, const QString &file,
                                                    const PdfExportOptions &options = {}, const ExportProgress &progress = {});
};

} // namespace hoego
