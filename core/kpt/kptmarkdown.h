#pragma once

#include "journal/kptstore.h"

#include <QList>
#include <QString>

namespace hoego
{

// The KPT block of an entry as Markdown, for the preview and the export: a "KPT" heading of
// `level` (1–5) and, one level below it, "Keep", "Problem" and "Try", each with its items as a
// bullet list, in their order. Empty sections are left out; no items at all give an empty string.
// Item text is inline Markdown (**bold** works), but cannot start another block: a leading "#",
// "> ", "- " or "1. " is escaped. The headings are the same in Korean and English, as users write them.
QString kptMarkdown(const QList<KptItem> &items, int level = 2);

} // namespace hoego
