#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hoego::cli
{

// Columns aligned for a terminal, where a Hangul syllable takes two cells and a Latin letter one.
class TextTable
{
public:
    // `rightAligned` per column (numbers); a table without header names prints no header row.
    TextTable(QStringList header, QList<bool> rightAligned);
    void addRow(QStringList cells);
    QString render() const;

private:
    QStringList m_header;
    QList<bool> m_rightAligned;
    QList<QStringList> m_rows;
};

// Terminal cells `text` takes: East Asian wide and fullwidth characters count two.
int displayWidth(const QString &text);

} // namespace hoego::cli
