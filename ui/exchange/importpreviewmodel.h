#pragma once

#include "exchange/importer.h"

#include <QAbstractTableModel>

namespace hoego
{

// The files chosen for import, one row each: what will be created (title, kind and period editable,
// rows checkable) or why a file cannot be imported.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, KindColumn, PeriodColumn, KeepColumn, ProblemColumn, TryColumn, GoalsColumn, FileColumn, NoteColumn, ColumnCount };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setFiles(QList<ImportFileResult> files);
    const ImportFileResult &file(int row) const { return m_rows.at(row).file; }
    // The file of `row` with the user's edits, to be stored.
    ImportFileResult &editableFile(int row) { return m_rows[row].file; }
    bool isChecked(int row) const { return m_rows.at(row).checked; }
    QList<int> checkedRows() const;
    // What happened when the row was stored: "Imported as #7" or the reason it was not.
    void setOutcome(int row, const QString &outcome, bool failed);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        ImportFileResult file;
        bool checked = true;
        QString outcome;
        bool outcomeFailed = false;
    };
    QVariant displayText(const Row &row, int column) const;
    bool setPeriod(ImportedPost &post, const QString &text);

    QList<Row> m_rows;
};

} // namespace hoego
