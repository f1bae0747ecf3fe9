<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>⋯ %n unchanged lines ⋯</source>
        <translation>
            <numerusform>⋯ %n unchanged line ⋯</numerusform>
            <numerusform>⋯ %n unchanged lines ⋯</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoego::HistoryDialog</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoego::ImportDialog</name>
    <message numerus="yes">
        <source>%n file(s) ready to import.</source>
        <translation>
            <numerusform>%n file ready to import.</numerusform>
            <numerusform>%n files ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported; the notes say why.</source>
        <translation>
            <numerusform>%n file cannot be imported; the notes say why.</numerusform>
            <numerusform>%n files cannot be imported; the notes say why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>Imported %n entry.</numerusform>
            <numerusform>Imported %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the notes say why.</source>
        <translation>
            <numerusform>%n file could not be imported; the notes say why.</numerusform>
            <numerusform>%n files could not be imported; the notes say why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoego::MainWindow</name>
    <message numerus="yes">
        <source>Saved %n s ago</source>
        <translation>
            <numerusform>Saved %n s ago</numerusform>
            <numerusform>Saved %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n min ago</source>
        <translation>
            <numerusform>Saved %n min ago</numerusform>
            <numerusform>Saved %n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoego::WritingStatsLabel</name>
    <message numerus="yes">
        <source>Counted without Markdown syntax; reading time at %n Korean characters a minute.</source>
        <translation>
            <numerusform>Counted without Markdown syntax; reading time at %n Korean character a minute.</numerusform>
            <numerusform>Counted without Markdown syntax; reading time at %n Korean characters a minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 characters with spaces · %2 without · %3 words · %n min read</source>
        <translation>
            <numerusform>%1 characters with spaces · %2 without · %3 words · %n min read</numerusform>
            <numerusform>%1 characters with spaces · %2 without · %3 words · %n min read</numerusform>
        </translation>
    </message>
</context>
</TS>
