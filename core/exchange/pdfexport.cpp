#include "pdfexport.h"

#include "exporttext.h"
#include "markdown/markdownrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <memory>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Device units of the writer: the screen's 96 per inch, so that images and fonts keep the sizes
// they have in the preview. Text and images stay vectors and full-resolution bitmaps in the file.
constexpr int resolution = 96;
constexpr qreal bodyPointSize = 10.5;

// The words of the book follow the language of its entries, not the language of the app: a Korean
// journal printed from an English desktop is still a Korean book.
struct BookWords {
    QString contents, goal, status, progressHeading, written;
    QString statusName(GoalStatus status) const;
    QString kindName(EntryKind kind) const;
    // The Markdown's progress ("12/52 weeks", "not done") in the book's language.
    QString progress(const QString &text) const;
    bool latin = false;
};

BookWords wordsFor(bool latin)
{
    if (latin)
        return {u"Contents"_s, u"Goal"_s, u"Status"_s, u"Progress"_s, u"written"_s, true};
    return {u"차례"_s, u"목표"_s, u"상태"_s, u"진행"_s, u"작성"_s, false};
}

QString BookWords::statusName(GoalStatus status) const
{
    static const QStringList korean = {u"진행 중"_s, u"달성"_s, u"일부 달성"_s, u"미달성"_s, u"포기"_s};
    static const QStringList english = {u"open"_s, u"achieved"_s, u"partly"_s, u"missed"_s, u"dropped"_s};
    return (latin ? english : korean).value(int(status));
}

QString BookWords::progress(const QString &text) const
{
    if (latin)
        return text;
    if (text == u"done"_s)
        return u"완료"_s;
    if (text == u"not done"_s)
        return u"미완료"_s;
    QString korean = text;
    return korean.replace(u" weeks"_s, u"주"_s).replace(u" days"_s, u"일"_s).replace(u" months"_s, u"개월"_s);
}

QString BookWords::kindName(EntryKind kind) const
{
    static const QStringList korean = {u"연간 회고"_s, u"반기 회고"_s, u"분기 회고"_s, u"월간 회고"_s,
                                       u"주간 회고"_s, u"계획"_s,      u"노트"_s};
    static const QStringList english = {u"Year review"_s, u"Half-year review"_s, u"Quarter review"_s, u"Month review"_s,
                                        u"Week review"_s, u"Plan"_s,             u"Note"_s};
    return (latin ? english : korean).value(int(kind));
}

// Noto CJK's 'locl' feature swaps digits in Latin runs ("INT8", "2025-Q3") for glyphs outside the
// font's character map, and a PDF viewer then cannot copy or search them. The KR font's default
// glyphs already are the Korean forms, so nothing is lost by turning it off.
QFont withoutLocalForms(QFont font)
{
    font.setFeature(QFont::Tag("locl"), 0);
    return font;
}

QFont bookFont(qreal pointSize)
{
    QFont font(MarkdownRenderer::bodyFontFamily());
    font.setPointSizeF(pointSize);
    return withoutLocalForms(font);
}

bool bookIsLatin(const ExportBundle &bundle)
{
    QString sample;
    for (const ExportedEntry &exported : bundle.entries) {
        sample += exported.entry.title + u'\n' + exported.entry.body.left(400);
        if (sample.size() > 4000)
            break;
    }
    return exporttext::isMostlyLatin(sample);
}

QString cell(const QString &text)
{
    QString escaped = exporttext::inlineMarkdown(text);
    return escaped.replace(u'|', u"\\|"_s);
}

QString kptTable(const QList<KptItem> &items)
{
    QList<QStringList> columns(3);
    for (const KptItem &item : items)
        columns[int(item.section)] << cell(item.text);
    const qsizetype rows = std::max({columns[0].size(), columns[1].size(), columns[2].size()});
    if (rows == 0)
        return {};
    QString table = u"## KPT\n\n| Keep | Problem | Try |\n|---|---|---|\n"_s;
    for (qsizetype row = 0; row < rows; ++row)
        table += u"| %1 | %2 | %3 |\n"_s.arg(columns[0].value(row), columns[1].value(row), columns[2].value(row));
    return table;
}

QString goalsTables(const QList<GoalStanding> &goals, const BookWords &words)
{
    QString markdown;
    int year = 0;
    for (const GoalStanding &standing : goals) {
        if (standing.goal.year != year) {
            year = standing.goal.year;
            markdown += u"\n## %1\n\n| %2 | %3 | %4 |\n|---|---|---|\n"_s.arg(exporttext::goalsHeading(year, words.latin), words.goal,
                                                                             words.status, words.progressHeading);
        }
        markdown += u"| %1 | %2 | %3 |\n"_s.arg(cell(standing.goal.title), words.statusName(standing.goal.status),
                                                 cell(words.progress(exporttext::progressText(standing))));
    }
    return markdown;
}

// A body that opens with its own title as a heading does not get it twice.
bool opensWithTitle(const Entry &entry)
{
    const QString first = entry.body.trimmed().section(u'\n', 0, 0).trimmed();
    return first.startsWith(u"# "_s) && first.mid(2).trimmed() == entry.title.trimmed();
}

// The renderer gives paragraphs 160 % line height, which under a picture becomes a gap of half the
// picture's height: a line that holds an image gets single height.
void tightenImageLines(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                QTextBlockFormat format;
                format.setLineHeight(100, QTextBlockFormat::SingleHeight);
                QTextCursor(block).mergeBlockFormat(format);
                break;
            }
        }
    }
}

// The KPT and goals tables span the page, in columns of fixed shares, like a printed form; tables
// of the body keep the widths of their content.
void widenBookTables(QTextDocument &document, const BookWords &words)
{
    using L = QTextLength;
    const QList<QTextTable *> tables = tablesOf(document.rootFrame());
    for (QTextTable *table : tables) {
        const QString header = table->cellAt(0, 0).firstCursorPosition().block().text();
        QList<L> columns;
        if (table->columns() == 3 && header == u"Keep"_s)
            columns = {L(L::PercentageLength, 33.3), L(L::PercentageLength, 33.3), L(L::PercentageLength, 33.4)};
        else if (table->columns() == 3 && header == words.goal)
            columns = {L(L::PercentageLength, 60), L(L::PercentageLength, 16), L(L::PercentageLength, 24)};
        else
            continue;
        // Qt's Markdown reader lets a cell run over the empty cells after it: a row with only a Keep
        // item would cover Problem and Try. Each item keeps its own column.
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                if (const QTextTableCell cell = table->cellAt(row, column); cell.columnSpan() > 1)
                    table->splitCell(cell.row(), cell.column(), 1, 1);
            }
        }
        QTextTableFormat format = table->format();
        format.setWidth(L(L::PercentageLength, 100));
        format.setColumnWidthConstraints(columns);
        table->setFormat(format);
    }
}

// A heading left alone at the foot of a page moves to the next one, with what it introduces.
void keepHeadingsWithNext(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (int pass = 0; pass < 3; ++pass) {
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && block.next().isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0 || block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
                continue;
            const int headingPage = int(layout->blockBoundingRect(block).top() / pageHeight);
            const int nextPage = int(layout->blockBoundingRect(block.next()).bottom() / pageHeight);
            if (nextPage > headingPage) {
                QTextBlockFormat format;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).mergeBlockFormat(format);
                moved = true;
            }
        }
        if (!moved)
            break;
    }
}

struct Page {
    QSizeF size;      // the whole sheet, device units
    QMarginsF margins;
    QRectF text() const { return QRectF(QPointF(margins.left(), margins.top()), size.shrunkBy(margins)); }
};

Page pageOf(const QPdfWriter &writer)
{
    const QSizeF size = writer.pageLayout().fullRectPixels(resolution).size();
    const qreal mm = resolution / 25.4;
    return Page{size, QMarginsF(22 * mm, 22 * mm, 22 * mm, 24 * mm)};
}

std::unique_ptr<QTextDocument> layoutChapter(const ExportedEntry &exported, QPaintDevice *device, const Page &page)
{
    RenderOptions options;
    options.basePointSize = bodyPointSize;
    options.imageWidth = page.text().width();
    const QList<Attachment> attachments = exported.attachments;
    options.imageProvider = [attachments](qint64 id) {
        for (const Attachment &attachment : attachments) {
            if (attachment.id == id)
                return QImage::fromData(attachment.bytes);
        }
        return QImage();
    };
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    MarkdownRenderer(options).render(PdfExport::chapterMarkdown(exported), *document);
    document->setDefaultFont(withoutLocalForms(document->defaultFont()));
    tightenImageLines(*document);
    widenBookTables(*document, wordsFor(exporttext::isMostlyLatin(exported.entry.title + u'\n' + exported.entry.body)));
    document->setPageSize(page.text().size());
    keepHeadingsWithNext(*document);
    return document;
}

struct TocLine {
    QString title;
    QString detail;
    int page = 0;
};

std::unique_ptr<QTextDocument> layoutContents(const QList<TocLine> &lines, const BookWords &words, QPaintDevice *device,
                                              const Page &page)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    document->setDefaultFont(bookFont(bodyPointSize));
    document->setPageSize(page.text().size());
    const RenderColors colors = RenderColors::light();
    QTextCursor cursor(document.get());
    QTextCharFormat heading;
    heading.setFontPointSize(bodyPointSize * 1.8);
    heading.setFontWeight(QFont::Bold);
    heading.setForeground(colors.text);
    QTextBlockFormat headingBlock;
    headingBlock.setBottomMargin(bodyPointSize * 2);
    cursor.setBlockFormat(headingBlock);
    cursor.insertText(words.contents, heading);
    if (lines.isEmpty())
        return document;
    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setCellPadding(4);
    tableFormat.setCellSpacing(0);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12)});
    QTextTable *table = cursor.insertTable(int(lines.size()), 2, tableFormat);
    QTextCharFormat titleFormat;
    titleFormat.setForeground(colors.text);
    QTextCharFormat detailFormat;
    detailFormat.setForeground(colors.muted);
    detailFormat.setFontPointSize(bodyPointSize * 0.85);
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    for (int row = 0; row < lines.size(); ++row) {
        QTextCursor title = table->cellAt(row, 0).firstCursorPosition();
        title.insertText(lines[row].title, titleFormat);
        title.insertText(u"   "_s + lines[row].detail, detailFormat);
        QTextCursor number = table->cellAt(row, 1).firstCursorPosition();
        number.setBlockFormat(right);
        number.insertText(QString::number(lines[row].page), titleFormat);
    }
    return document;
}

class BookPainter
{
public:
    BookPainter(QPdfWriter &writer, const Page &page)
        : m_writer(writer)
        , m_page(page)
    {
    }
    bool begin() { return m_painter.begin(&m_writer); }
    void end() { m_painter.end(); }
    int pages() const { return m_pages; }

    void paintCover(const QString &title, QString years)
    {
        if (title.contains(years))
            years.clear(); // "회고 2019–2025" says it already
        const RenderColors colors = RenderColors::light();
        QFont titleFont = bookFont(28);
        titleFont.setBold(true);
        const QRectF text = m_page.text();
        m_painter.setPen(colors.text);
        m_painter.setFont(titleFont);
        const QRectF titleBox(text.left(), text.top() + text.height() * 0.3, text.width(), text.height() * 0.25);
        m_painter.drawText(titleBox, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, title);
        m_painter.setFont(bookFont(16));
        m_painter.setPen(colors.muted);
        m_painter.drawText(QRectF(text.left(), titleBox.bottom() + 24, text.width(), 60), Qt::AlignHCenter | Qt::AlignTop, years);
        m_painter.setPen(QPen(colors.border, 1));
        m_painter.drawLine(QPointF(text.center().x() - 60, titleBox.bottom() + 12), QPointF(text.center().x() + 60, titleBox.bottom() + 12));
        m_pages = 1;
    }

    void paintDocument(QTextDocument &document)
    {
        const QSizeF size = m_page.text().size();
        for (int page = 0; page < document.pageCount(); ++page) {
            newPage();
            m_painter.save();
            m_painter.translate(m_page.margins.left(), m_page.margins.top() - page * size.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(QPointF(0, page * size.height()), size);
            context.palette.setColor(QPalette::Text, RenderColors::light().text);
            m_painter.setClipRect(context.clip);
            document.documentLayout()->draw(&m_painter, context);
            m_painter.restore();
            paintFooter();
        }
    }

private:
    void newPage()
    {
        if (m_pages > 0)
            m_writer.newPage();
        ++m_pages;
    }

    void paintFooter()
    {
        m_painter.setFont(bookFont(9));
        m_painter.setPen(RenderColors::light().muted);
        const QRectF footer(m_page.margins.left(), m_page.size.height() - m_page.margins.bottom() + 12, m_page.text().width(), 24);
        m_painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop, QString::number(m_pages));
    }

    QPdfWriter &m_writer;
    Page m_page;
    QPainter m_painter;
    int m_pages = 0;
};

Error unwritable(const QString &file, const QString &why)
{
    return makeError(Error::Kind::OutputUnwritable,
        QCoreApplication::translate("PdfExport", "Could not write %1 (%2); choose a file in a folder you can write to.")
            .arg(file, why));
}

} // namespace

QString PdfExport::chapterMarkdown(const ExportedEntry &exported)
{
    const Entry &entry = exported.entry;
    const BookWords words = wordsFor(exporttext::isMostlyLatin(entry.title + u'\n' + entry.body));
    QString markdown;
    if (!opensWithTitle(entry))
        markdown += u"# "_s + exporttext::inlineMarkdown(entry.title) + u"\n\n"_s;
    QString meta = entry.period.text + u" · "_s + words.kindName(entry.kind);
    if (entry.written.isValid())
        meta += u" · "_s + entry.written.toString(Qt::ISODate) + u' ' + words.written;
    markdown += u'*' + meta + u"*\n\n"_s;
    markdown += entry.body.trimmed() + u"\n\n"_s;
    if (const QString kpt = kptTable(exported.kpt); !kpt.isEmpty())
        markdown += kpt;
    markdown += goalsTables(exported.goals, words);
    return markdown;
}

QString PdfExport::yearsText(const ExportBundle &bundle)
{
    int first = 0;
    int last = 0;
    for (const ExportedEntry &exported : bundle.entries) {
        const int year = exported.entry.period.year();
        first = first == 0 ? year : std::min(first, year);
        last = std::max(last, year);
    }
    if (first == 0)
        return {};
    return first == last ? QString::number(first) : u"%1–%2"_s.arg(first).arg(last);
}

QString PdfExport::defaultTitle(const ExportBundle &bundle)
{
    if (bundle.entries.size() == 1)
        return bundle.entries.first().entry.title;
    return (bookIsLatin(bundle) ? u"Retrospectives %1"_s : u"회고 %1"_s).arg(yearsText(bundle)).trimmed();
}

Result<ExportReport> PdfExport::write(const ExportBundle &bundle, const QString &file, const PdfExportOptions &options,
                                      const ExportProgress &progress)
{
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly))
        return unwritable(file, output.errorString());
    QPdfWriter writer(&output);
    writer.setResolution(resolution);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0)); // the book keeps its own margins, footer inside them
    const QString title = options.title.isEmpty() ? defaultTitle(bundle) : options.title;
    writer.setTitle(title);
    writer.setCreator(u"Hoego"_s);
    const Page page = pageOf(writer);
    const int total = int(bundle.entries.size());
    const BookWords words = wordsFor(bookIsLatin(bundle));

    std::vector<std::unique_ptr<QTextDocument>> chapters;
    QList<TocLine> lines;
    for (int i = 0; i < total; ++i) {
        const Entry &entry = bundle.entries.at(i).entry;
        chapters.push_back(layoutChapter(bundle.entries.at(i), &writer, page));
        lines << TocLine{entry.title, entry.period.text + u" · "_s + words.kindName(entry.kind), chapters.back()->pageCount()};
        if (progress && !progress(i + 1, 2 * total)) {
            output.cancelWriting();
            return exportCancelled();
        }
    }
    // Page numbers count the cover and the contents: lay the contents out once to know their length.
    const int contentsPages = layoutContents(lines, words, &writer, page)->pageCount();
    int next = 2 + contentsPages;
    for (TocLine &line : lines)
        next += std::exchange(line.page, next);
    const auto contents = layoutContents(lines, words, &writer, page);

    BookPainter painter(writer, page);
    if (!painter.begin())
        return unwritable(file, QCoreApplication::translate("PdfExport", "the PDF could not be started"));
    painter.paintCover(title, yearsText(bundle));
    painter.paintDocument(*contents);
    for (int i = 0; i < total; ++i) {
        painter.paintDocument(*chapters[i]);
        chapters[i].reset(); // a long journal need not keep every chapter in memory
        if (progress && !progress(total + i + 1, 2 * total)) {
            output.cancelWriting();
            return exportCancelled();
        }
    }
    painter.end();
    if (!output.commit())
        return unwritable(file, output.errorString());
    return ExportReport{{QFileInfo(file).absoluteFilePath()}, total, painter.pages()};
}

} // namespace hoego
