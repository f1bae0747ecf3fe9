#pragma once

#include <QAbstractListModel>
#include <QTimer>

class QTextDocument;

namespace hoego
{

// One heading of a Markdown text.
struct OutlineHeading {
    int level = 1;   // 1 for # and ===, 2 for ## and ---, up to 6
    QString title;   // without the markers
    int blockNumber = 0; // the line of the heading text (for setext, the line above the underline)

    bool operator==(const OutlineHeading &) const = default;
};

// The headings of a Markdown text, in order: ATX (`# 올해의 회고`) and setext (a line underlined
// with === or ---), never the `#` lines of a fenced code block.
QList<OutlineHeading> headingsOfMarkdown(const QString &markdown);

// The headings of a document as a list model, updated a short pause after the text changes so that
// typing is never slowed by re-reading a long text.
class OutlineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        LevelRole = Qt::UserRole + 1,
        BlockNumberRole,
    };

    explicit OutlineModel(QTextDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<OutlineHeading> &headings() const { return m_headings; }
    // The row of the heading whose section holds `blockNumber`, or -1 before the first heading.
    int rowForBlock(int blockNumber) const;
    // Re-reads the document now.
    void refresh();
    int delay() const { return m_delay.interval(); }
    void setDelay(int milliseconds) { m_delay.setInterval(milliseconds); }

private:
    QTextDocument *m_document = nullptr;
    QList<OutlineHeading> m_headings;
    QTimer m_delay;
};

} // namespace hoego
