#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace hoego
{

class GoalsPane;
class Journal;
class MarkdownEditor;
class TimelinePane;

// The one window: timeline (left), editor (centre), goals (right) in a splitter.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Journal &journal, QWidget *parent = nullptr);
    ~MainWindow() override;

    MarkdownEditor *editor() const { return m_editor; }
    TimelinePane *timeline() const { return m_timeline; }
    GoalsPane *goals() const { return m_goals; }
    QSplitter *splitter() const { return m_splitter; }

private:
    void createMenus();
    void showAbout();

    Journal &m_journal;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QSplitter *m_splitter = nullptr;
    TimelinePane *m_timeline = nullptr;
    MarkdownEditor *m_editor = nullptr;
    GoalsPane *m_goals = nullptr;
};

} // namespace hoego
