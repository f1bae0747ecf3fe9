<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AttachmentStore</name>
    <message>
        <source>%1 is not an image Hoego can keep (%2). Attach a PNG, JPEG, GIF or WebP image.</source>
        <translation>%1은(는) 회고에 넣을 수 있는 이미지가 아닙니다(%2). PNG, JPEG, GIF, WebP 이미지를 첨부하세요.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no image to attach.</source>
        <translation>%1이(가) 비어 있습니다. 첨부할 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is too large to attach (%2; the limit is %3). Make it smaller, for example as a JPEG, and attach it again.</source>
        <translation>%1은(는) 첨부하기에 너무 큽니다(%2, 한도는 %3). JPEG 등으로 크기를 줄인 뒤 다시 첨부하세요.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>There is no entry %1 to attach %2 to.</source>
        <translation>%2을(를) 첨부할 %1번 글이 없습니다.</translation>
    </message>
    <message>
        <source>There is no attachment %1 in this journal; it may have been removed.</source>
        <translation>이 일지에 %1번 첨부 파일이 없습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no attachment %1 in this journal.</source>
        <translation>이 일지에 %1번 첨부 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Cannot write a backup in %1: %2. Check that the folder exists and is writable.</source>
        <translation>%1에 백업을 쓸 수 없습니다: %2. 폴더가 있는지, 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot write a backup to %1: %2. Check the free space and the folder&apos;s permissions.</source>
        <translation>%1에 백업을 쓸 수 없습니다: %2. 남은 디스크 공간과 폴더 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>The backup written to %1 failed its check and was deleted: %2</source>
        <translation>%1에 쓴 백업이 검사를 통과하지 못해 삭제했습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write a backup to %1: the file could not be saved. Check the free space and the folder&apos;s permissions.</source>
        <translation>%1에 백업을 쓸 수 없습니다: 파일을 저장하지 못했습니다. 남은 디스크 공간과 폴더 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that its parent is writable, or choose another backup folder.</source>
        <translation>백업 폴더 %1을(를) 만들 수 없습니다. 상위 폴더에 쓰기 권한이 있는지 확인하거나 다른 백업 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 in %2: %3</source>
        <translation>%1의 사본을 %2에 보관할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation>%1은(는) 폴더입니다. 백업 파일 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1을(를) 쓸 수 없습니다: %2 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1을(를) 열 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2).</source>
        <translation>%1이(가) 손상되었습니다(SQLite 무결성 검사: %2).</translation>
    </message>
    <message>
        <source>Cannot write the backup %1. Check the free space in %2.</source>
        <translation>백업 %1을(를) 쓸 수 없습니다. %2의 남은 공간을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <source>Year review</source>
        <translation>연간 회고</translation>
    </message>
    <message>
        <source>Half-year review</source>
        <translation>반기 회고</translation>
    </message>
    <message>
        <source>Quarter review</source>
        <translation>분기 회고</translation>
    </message>
    <message>
        <source>Month review</source>
        <translation>월간 회고</translation>
    </message>
    <message>
        <source>Week review</source>
        <translation>주간 회고</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>EntryStore</name>
    <message>
        <source>&apos;%1&apos; is not a period. Write 2025, 2025-H1, 2025-Q3, 2025-07, 2025-W14 or 2025-01-01..2025-03-31.</source>
        <translation>&apos;%1&apos;은(는) 기간이 아닙니다. 2025, 2025-H1, 2025-Q3, 2025-07, 2025-W14 또는 2025-01-01..2025-03-31처럼 쓰세요.</translation>
    </message>
    <message>
        <source>There is no entry %1 in this journal. `hoego list` shows the entries.</source>
        <translation>이 일지에 %1번 글이 없습니다. `hoego list`로 글 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>An entry needs a title.</source>
        <translation>글에는 제목이 있어야 합니다.</translation>
    </message>
    <message>
        <source>An entry needs a period (for example 2025 or 2025-07).</source>
        <translation>글에는 기간이 있어야 합니다(예: 2025 또는 2025-07).</translation>
    </message>
</context>
<context>
    <name>ExportBundle</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>GoalStore</name>
    <message>
        <source>There is no goal %1 in this journal. `hoego goals` shows the goals.</source>
        <translation>이 일지에 %1번 목표가 없습니다. `hoego goals`로 목표 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>A goal needs a title, e.g. &quot;책 15권 읽기&quot;.</source>
        <translation>목표에는 제목이 있어야 합니다(예: &quot;책 15권 읽기&quot;).</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>목표에는 제목이 있어야 합니다.</translation>
    </message>
    <message>
        <source>There is no KPT item %1 in this journal.</source>
        <translation>이 일지에 %1번 KPT 항목이 없습니다.</translation>
    </message>
    <message>
        <source>A check-in needs a date such as 2025-03-14.</source>
        <translation>체크인에는 2025-03-14 같은 날짜가 있어야 합니다.</translation>
    </message>
    <message>
        <source>A check-in amount must be more than 0.</source>
        <translation>체크인 수량은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>There is no check-in %1 in this journal.</source>
        <translation>이 일지에 %1번 체크인이 없습니다.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>⋯ %n unchanged lines ⋯</source>
        <translation>
            <numerusform>⋯ 바뀌지 않은 %n줄 ⋯</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 does not exist; check the path.</source>
        <translation>%1이(가) 없습니다. 경로를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is a folder without .md, .markdown or .txt files.</source>
        <translation>%1은(는) .md, .markdown, .txt 파일이 없는 폴더입니다.</translation>
    </message>
    <message>
        <source>%1 is %2; Hoego imports posts of up to 10 MB. Check that it is the right file, or split it.</source>
        <translation>%1의 크기는 %2입니다. 10 MB까지의 글만 가져올 수 있습니다. 맞는 파일인지 확인하거나 파일을 나누세요.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check its permissions.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2. 파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB; Hoego imports posts of up to 10 MB.</source>
        <translation>%1이(가) 10 MB보다 큽니다. 10 MB까지의 글만 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1을(를) 가져오지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2. 파일이 있는지, 읽기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Hoego journal. Choose another file, or remove it to start a new journal.</source>
        <translation>%1은(는) 회고 일지가 아니라 빈 파일입니다. 다른 파일을 고르거나, 새 일지를 시작하려면 이 파일을 지우세요.</translation>
    </message>
    <message>
        <source>%1 is not a Hoego journal (it is not an SQLite database). It was left as it is; choose another file.</source>
        <translation>%1은(는) 회고 일지가 아닙니다(SQLite 데이터베이스가 아닙니다). 파일은 그대로 두었습니다. 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Hoego journal. It was left as it is; choose another file.</source>
        <translation>%1은(는) 회고 일지가 아니라 다른 프로그램의 SQLite 데이터베이스입니다. 파일은 그대로 두었습니다. 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Hoego (journal format %2; this Hoego reads up to %3). Update Hoego to open it; the file was left as it is.</source>
        <translation>%1은(는) 더 새로운 버전의 회고에서 만든 일지입니다(일지 형식 %2, 이 회고는 %3까지 읽을 수 있습니다). 열려면 회고를 업데이트하세요. 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>%1 is in use by another Hoego (%2, process %3 on %4). Close that Hoego first, then try again.</source>
        <translation>%1은(는) 다른 회고에서 사용 중입니다(%2, %4의 프로세스 %3). 그 회고를 먼저 닫은 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Cannot lock %1: the folder is not writable. Check its permissions.</source>
        <translation>%1을(를) 잠글 수 없습니다: 폴더에 쓸 수 없습니다. 폴더 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the journal. Check that its parent is writable.</source>
        <translation>일지를 둘 폴더 %1을(를) 만들 수 없습니다. 상위 폴더에 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2.</source>
        <translation>일지 %1을(를) 만들 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1을(를) 열 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check failed: %2). It was left as it is; restore a backup, or recover it with the sqlite3 tool&apos;s .recover command.</source>
        <translation>%1이(가) 손상되었습니다(SQLite 무결성 검사 실패: %2). 파일은 그대로 두었습니다. 백업을 복원하거나 sqlite3 도구의 .recover 명령으로 복구하세요.</translation>
    </message>
    <message>
        <source>There is no journal at %1. Write something first (hoego new, or the app), or choose a journal with --journal.</source>
        <translation>%1에 일지가 없습니다. 먼저 글을 쓰거나(hoego new 또는 앱에서) --journal로 일지를 지정하세요.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a journal file.</source>
        <translation>%1은(는) 일지 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1을(를) 준비할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot update %1 to this Hoego&apos;s journal format, because it could not be backed up first: %2 The journal was left as it was; free some space or choose another backup folder, then try again.</source>
        <translation>%1을(를) 먼저 백업하지 못해 이 회고의 일지 형식으로 업데이트할 수 없습니다: %2 일지는 그대로 두었습니다. 공간을 확보하거나 다른 백업 폴더를 고른 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cannot bring %1 up to date: %2. The journal was left as it was.</source>
        <translation>%1을(를) 최신 형식으로 업데이트할 수 없습니다: %2. 일지는 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>Could not prepare a journal query: %1</source>
        <translation>일지 쿼리를 준비하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>A journal query failed: %1</source>
        <translation>일지 쿼리가 실패했습니다: %1</translation>
    </message>
    <message>
        <source>A journal statement failed: %1 (%2)</source>
        <translation>일지 명령문이 실패했습니다: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not start a journal transaction: %1</source>
        <translation>일지 트랜잭션을 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
        <translation>변경 내용 중 일부가 실패하여 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not save to the journal: %1</source>
        <translation>일지에 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Could not start a part of a journal transaction: %1</source>
        <translation>일지 트랜잭션의 일부를 시작하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>JournalMove</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>백업 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot move the backup %1 to %2.</source>
        <translation>백업 %1을(를) %2(으)로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>The journal is already at %1.</source>
        <translation>일지가 이미 %1에 있습니다.</translation>
    </message>
    <message>
        <source>The copy at %1 cannot be read back, so the journal at %2 was kept: %3</source>
        <translation>%1에 만든 사본을 다시 읽을 수 없어서 %2의 일지를 그대로 두었습니다: %3</translation>
    </message>
    <message>
        <source>The journal now lives at %1, but the old file %2 could not be removed. Delete it yourself.</source>
        <translation>일지는 이제 %1에 있지만 예전 파일 %2을(를) 지우지 못했습니다. 직접 지워 주세요.</translation>
    </message>
</context>
<context>
    <name>JournalRestore</name>
    <message>
        <source>There is no file %1. Check the name (hoego backup --list shows the backups).</source>
        <translation>%1 파일이 없습니다. 이름을 확인하세요(hoego backup --list로 백업 목록을 볼 수 있습니다).</translation>
    </message>
    <message>
        <source>%1 is not a file; give a backup file.</source>
        <translation>%1은(는) 파일이 아닙니다. 백업 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>%1 is the journal itself; give a backup of it.</source>
        <translation>%1은(는) 일지 자체입니다. 일지의 백업을 지정하세요.</translation>
    </message>
    <message>
        <source>%1 It cannot be restored; choose another backup.</source>
        <translation>%1 이 백업은 복원할 수 없습니다. 다른 백업을 고르세요.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the journal.</source>
        <translation>일지를 둘 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Cannot write beside %1: %2.</source>
        <translation>%1 옆에 파일을 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the journal: %2. Check the free space.</source>
        <translation>%1을(를) 일지 옆에 복사할 수 없습니다: %2. 남은 디스크 공간을 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2.</source>
        <translation>%1을(를) 바꿀 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The journal was not replaced, because it could not be kept first: %1</source>
        <translation>현재 일지를 먼저 보관하지 못해 일지를 바꾸지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>KptStore</name>
    <message>
        <source>A Keep, Problem or Try item needs some text; write it, or delete the item.</source>
        <translation>Keep, Problem, Try 항목에는 내용이 있어야 합니다. 내용을 쓰거나 항목을 삭제하세요.</translation>
    </message>
    <message>
        <source>There is no KPT item %1 in this journal; it may have been deleted.</source>
        <translation>이 일지에 %1번 KPT 항목이 없습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no entry %1 in this journal; `hoego list` shows the ids.</source>
        <translation>이 일지에 %1번 글이 없습니다. `hoego list`로 글 번호를 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1에 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first or export somewhere else.</source>
        <translation>%1 폴더가 없습니다. 먼저 폴더를 만들거나 다른 곳으로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 already exists; export into a new folder, or remove it first.</source>
        <translation>%1이(가) 이미 있습니다. 새 폴더로 내보내거나 먼저 지우세요.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write in %1 (%2); choose a folder you can write to.</source>
        <translation>%1에 쓸 수 없습니다(%2). 쓰기 권한이 있는 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Could not move the export to %1.</source>
        <translation>내보낸 결과를 %1(으)로 옮길 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Could not write %1 (%2); choose a file in a folder you can write to.</source>
        <translation>%1에 쓸 수 없습니다(%2). 쓰기 권한이 있는 폴더의 파일을 고르세요.</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>PDF 작성을 시작할 수 없음</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Hoego cannot open the journal</source>
        <translation>회고 일지를 열 수 없습니다</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>백업을 복원하지 못했습니다</translation>
    </message>
    <message>
        <source>The journal was restored from %1.</source>
        <translation>%1에서 일지를 복원했습니다.</translation>
    </message>
    <message>
        <source>The journal as it was before is kept in %1.</source>
        <translation>복원하기 전의 일지는 %1에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>백업을 복원했습니다</translation>
    </message>
    <message>
        <source>Move Journal</source>
        <translation>일지 옮기기</translation>
    </message>
    <message>
        <source>Hoego</source>
        <translation>회고</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Nothing to search for: give at least one word or number (punctuation alone is not searched).</source>
        <translation>검색할 내용이 없습니다. 단어나 숫자를 하나 이상 입력하세요(문장 부호만으로는 검색하지 않습니다).</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>Spellcheck knows the languages ko and en, not &apos;%1&apos;.</source>
        <translation>맞춤법 검사는 ko와 en 언어만 지원합니다. &apos;%1&apos;은(는) 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>The %1 dictionary is not in %2. Install it (Debian: apt install %3).</source>
        <translation>%2에 %1 사전이 없습니다. 사전을 설치하세요(Debian: apt install %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one word; the dictionary takes single words.</source>
        <translation>&apos;%1&apos;은(는) 한 단어가 아닙니다. 사전에는 한 단어씩만 추가할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <source>This is not a Hoego template: it does not start with a &apos;---&apos; line.</source>
        <translation>회고 템플릿이 아닙니다. &apos;---&apos; 줄로 시작하지 않습니다.</translation>
    </message>
    <message>
        <source>This is not a Hoego template: its front matter has no closing &apos;---&apos; line.</source>
        <translation>회고 템플릿이 아닙니다. 머리말(front matter)을 닫는 &apos;---&apos; 줄이 없습니다.</translation>
    </message>
    <message>
        <source>This is not a Hoego template: it has no id or no name.</source>
        <translation>회고 템플릿이 아닙니다. id나 이름이 없습니다.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>템플릿에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The template folder %1 could not be created. Check that it is writable.</source>
        <translation>템플릿 폴더 %1을(를) 만들 수 없습니다. 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The template could not be saved in %1: %2. Check that there is space and the folder is writable.</source>
        <translation>템플릿을 %1에 저장할 수 없습니다: %2. 남은 디스크 공간이 있는지, 폴더에 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>There is no template &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; 템플릿이 없습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes with Hoego and cannot be deleted.</source>
        <translation>&apos;%1&apos;은(는) 회고에 기본으로 들어 있는 템플릿이라 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>The template file %1 could not be deleted. Check that its folder is writable.</source>
        <translation>템플릿 파일 %1을(를) 삭제할 수 없습니다. 폴더에 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>%1 is empty; there is nothing to import.</source>
        <translation>%1이(가) 비어 있어 가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks binary); give a Markdown or text file.</source>
        <translation>%1은(는) 텍스트 파일이 아닙니다(바이너리 파일로 보입니다). 마크다운 또는 텍스트 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: line %2, byte %3. It is not EUC-KR (CP949) either. Save it as UTF-8 and try again.</source>
        <translation>%1은(는) 올바른 UTF-8이 아닙니다: %2번째 줄, 바이트 %3. EUC-KR(CP949)도 아닙니다. UTF-8로 저장한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 holds only white space; there is nothing to import.</source>
        <translation>%1에는 공백만 있어 가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: line %2, byte %3. Save it as UTF-8 and try again.</source>
        <translation>%1은(는) 올바른 UTF-8이 아닙니다: %2번째 줄, 바이트 %3. UTF-8로 저장한 뒤 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>YearComparison</name>
    <message>
        <source>Choose two different years to compare.</source>
        <translation>비교할 서로 다른 두 해를 고르세요.</translation>
    </message>
</context>
<context>
    <name>hoego::CheckInDialog</name>
    <message>
        <source>Check In</source>
        <translation>체크인</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>수량(&amp;A):</translation>
    </message>
    <message>
        <source>Optional: what you did</source>
        <translation>선택 사항: 한 일</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
</context>
<context>
    <name>hoego::CompareYearsDialog</name>
    <message>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>일부 달성</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>미달성</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>Compare Years</source>
        <translation>연도 비교</translation>
    </message>
    <message>
        <source>Earlier year</source>
        <translation>이전 연도</translation>
    </message>
    <message>
        <source>Later year</source>
        <translation>이후 연도</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>대상(&amp;W)</translation>
    </message>
    <message>
        <source>A comparison needs two years in the journal.</source>
        <translation>비교하려면 일지에 두 해 이상의 글이 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 problem(s) of %2 came back in %3</source>
        <translation>%2년의 문제 %1개가 %3년에 다시 나옴</translation>
    </message>
    <message>
        <source>%1 goal(s) carried over</source>
        <translation>목표 %1개 이월</translation>
    </message>
    <message>
        <source>No problem of %1 came back in %2, and no goal was carried over.</source>
        <translation>%1년의 문제 중 %2년에 다시 나온 것이 없고, 이월한 목표도 없습니다.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;%1&quot;&gt;Highlighted&lt;/span&gt;: %2.</source>
        <translation>&lt;span style=&quot;%1&quot;&gt;강조 표시&lt;/span&gt;: %2.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>글 1편</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>글 %1편</translation>
    </message>
    <message>
        <source>%1 · %2 characters · goals met %3 of %4</source>
        <translation>%1 · %2자 · 목표 %4개 중 %3개 달성</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Try</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
</context>
<context>
    <name>hoego::EntryListModel</name>
    <message>
        <source>%1 · %2 · %3 characters</source>
        <translation>%1 · %2 · %3자</translation>
    </message>
</context>
<context>
    <name>hoego::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내보낼 대상</translation>
    </message>
    <message>
        <source>This &amp;entry</source>
        <translation>이 글(&amp;E)</translation>
    </message>
    <message>
        <source>A &amp;year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <source>%1 (1 entry)</source>
        <translation>%1 (글 1편)</translation>
    </message>
    <message>
        <source>%1 (%2 entries)</source>
        <translation>%1 (글 %2편)</translation>
    </message>
    <message>
        <source>The whole &amp;journal</source>
        <translation>일지 전체(&amp;J)</translation>
    </message>
    <message>
        <source>As</source>
        <translation>내보낼 형태</translation>
    </message>
    <message>
        <source>Markdown folder (for a blog or a git repository)</source>
        <translation>마크다운 폴더 (블로그나 git 저장소용)</translation>
    </message>
    <message>
        <source>PDF book</source>
        <translation>PDF 책</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>레터</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>용지 크기(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF 저장 위치</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name of the new folder</source>
        <translation>새 폴더 이름</translation>
    </message>
    <message>
        <source>hoego</source>
        <translation>회고</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>내보낼 글이 없습니다.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Exported 1 entry to %1.</source>
        <translation>%1에 글 1편을 내보냈습니다.</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>%2에 글 %1편을 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::FindReplaceBar</name>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 결과 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>다음 결과 (Enter)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>대소문자 구분(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>단어 단위로(&amp;W)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>바꿀 내용</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>바꾸기(&amp;P)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>모두 바꾸기(&amp;A)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>찾는 내용이 없습니다</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>hoego::GoalEditDialog</name>
    <message>
        <source>Edit Goal</source>
        <translation>목표 편집</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>Count (books, papers…)</source>
        <translation>개수 (책, 논문…)</translation>
    </message>
    <message>
        <source>Duration (minutes, hours)</source>
        <translation>시간 (분, 시간)</translation>
    </message>
    <message>
        <source>Frequency (times per period)</source>
        <translation>빈도 (기간당 횟수)</translation>
    </message>
    <message>
        <source>Done or not</source>
        <translation>완료 여부</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>측정 방식(&amp;M):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>목표치(&amp;A):</translation>
    </message>
    <message>
        <source>권, 편, 회, 분, km…</source>
        <translation>권, 편, 회, 분, km…</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>Over the year</source>
        <translation>한 해 동안</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>매월</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>주기(&amp;C):</translation>
    </message>
</context>
<context>
    <name>hoego::GoalHistoryDialog</name>
    <message>
        <source>Goal History</source>
        <translation>목표 기록</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>체크인</translation>
    </message>
    <message>
        <source>&amp;Remove Check-In</source>
        <translation>체크인 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Across the years</source>
        <translation>연도별</translation>
    </message>
    <message>
        <source>The goal across the years</source>
        <translation>연도별 목표</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>“%1” 기록</translation>
    </message>
    <message>
        <source>%1  +%2 %3</source>
        <translation>%1  +%2 %3</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>아직 체크인이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>The check-in was not removed: %1</source>
        <translation>체크인을 삭제하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>hoego::GoalsModel</name>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1× a day</source>
        <translation>하루 %1회</translation>
    </message>
    <message>
        <source>%1× a week</source>
        <translation>주 %1회</translation>
    </message>
    <message>
        <source>%1× a month</source>
        <translation>월 %1회</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%2일 중 %1일</translation>
    </message>
    <message>
        <source>%1 of %2 months</source>
        <translation>%2개월 중 %1개월</translation>
    </message>
    <message>
        <source>%1 of %2 weeks</source>
        <translation>%2주 중 %1주</translation>
    </message>
    <message>
        <source>streak %1</source>
        <translation>연속 %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>아직 완료하지 않음</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>일부 달성</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>미달성</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>포기</translation>
    </message>
</context>
<context>
    <name>hoego::GoalsPane</name>
    <message>
        <source>Add a goal…</source>
        <translation>목표 추가…</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>목표 추가</translation>
    </message>
    <message>
        <source>Write a goal as you would say it, like “책 15권 읽기” or “주 3회 조깅”, and press Enter.</source>
        <translation>“책 15권 읽기”나 “주 3회 조깅”처럼 말하듯이 목표를 쓰고 Enter를 누르세요.</translation>
    </message>
    <message>
        <source>Goals of the year</source>
        <translation>이 연도의 목표</translation>
    </message>
    <message>
        <source>No goals for this year yet. Write one above, like “책 15권 읽고 7권 서평”.</source>
        <translation>아직 이 연도의 목표가 없습니다. 위에 “책 15권 읽고 7권 서평”처럼 써 보세요.</translation>
    </message>
    <message>
        <source>Goals of the year before</source>
        <translation>이전 연도 목표</translation>
    </message>
    <message>
        <source>Goals of the year after</source>
        <translation>다음 연도 목표</translation>
    </message>
    <message>
        <source>Review the Year…</source>
        <translation>한 해 돌아보기…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>이 메시지 숨기기</translation>
    </message>
    <message>
        <source>Check &amp;In…</source>
        <translation>체크인(&amp;I)…</translation>
    </message>
    <message>
        <source>Record progress on the selected goal (Space, Ctrl+Shift+C)</source>
        <translation>선택한 목표의 진행 기록 (Space, Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>포기(&amp;D)</translation>
    </message>
    <message>
        <source>Give up the selected goal; it stays in the year with the status “dropped”</source>
        <translation>선택한 목표를 포기합니다. 목표는 “포기” 상태로 그 연도에 남습니다.</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>기록(&amp;H)…</translation>
    </message>
    <message>
        <source>Goals %1</source>
        <translation>%1년 목표</translation>
    </message>
    <message>
        <source>Goals of %1 still open: %2. Review how the year went?</source>
        <translation>아직 진행 중인 %1년 목표: %2. 한 해를 돌아볼까요?</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>빈도</translation>
    </message>
    <message>
        <source>done or not</source>
        <translation>완료 여부</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>매월</translation>
    </message>
    <message>
        <source>Understood: %1 — Enter adds it to %2</source>
        <translation>인식한 목표: %1 — Enter를 누르면 %2에 추가합니다</translation>
    </message>
    <message>
        <source>The goal was not added: %1</source>
        <translation>목표를 추가하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Select a goal to check in.</source>
        <translation>체크인할 목표를 선택하세요.</translation>
    </message>
    <message>
        <source>The check-in was not saved: %1</source>
        <translation>체크인을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Checked in %1 on %2.</source>
        <translation>%2에 %1 체크인했습니다.</translation>
    </message>
    <message>
        <source>The goal was not saved: %1</source>
        <translation>목표를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The goal was not dropped: %1</source>
        <translation>목표를 포기 처리하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Dropped “%1”.</source>
        <translation>“%1” 목표를 포기했습니다.</translation>
    </message>
    <message>
        <source>The goal could not be restored: %1</source>
        <translation>목표를 복원하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>“%1” 목표를 복원했습니다.</translation>
    </message>
    <message>
        <source>Delete Goal</source>
        <translation>목표 삭제</translation>
    </message>
    <message>
        <source>Delete “%1” and its check-ins? This cannot be undone. To keep it in the year&apos;s record, drop it instead.</source>
        <translation>“%1” 목표와 체크인 기록을 모두 삭제할까요? 이 작업은 되돌릴 수 없습니다. 그해 기록에 남겨 두려면 삭제 대신 포기하세요.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>The goal was not deleted: %1</source>
        <translation>목표를 삭제하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1”을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장 시각</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>글자 수</translation>
    </message>
    <message>
        <source>vs. now</source>
        <translation>현재와 비교</translation>
    </message>
    <message>
        <source>Changes since this version</source>
        <translation>이 버전 이후 바뀐 내용</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>이 버전으로 되돌리기(&amp;R)</translation>
    </message>
    <message>
        <source>Characters in this version compared with the current text</source>
        <translation>이 버전과 현재 글의 글자 수 차이</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n개월 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n년 전</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no earlier versions of this entry yet. Hoego keeps one every few minutes of writing.</source>
        <translation>아직 이 글의 이전 버전이 없습니다. 회고는 글을 쓰는 동안 몇 분마다 버전을 남깁니다.</translation>
    </message>
    <message>
        <source>This version is the same as the current text.</source>
        <translation>이 버전은 현재 글과 같습니다.</translation>
    </message>
    <message>
        <source>From this version to the current text: green was written since, red (struck through) was removed since.</source>
        <translation>이 버전에서 현재 글까지: 초록색은 그 뒤에 쓴 부분, 빨간색(취소선)은 그 뒤에 지운 부분입니다.</translation>
    </message>
</context>
<context>
    <name>hoego::ImagePaste</name>
    <message>
        <source>Could not read the image %1.</source>
        <translation>이미지 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The pasted text is too long (%1 characters; up to %2 can be pasted at once). Nothing was pasted. Paste it in parts, or import it as a file.</source>
        <translation>붙여 넣은 글이 너무 깁니다(%1자, 한 번에 %2자까지 붙여 넣을 수 있습니다). 아무것도 붙여 넣지 않았습니다. 나누어 붙여 넣거나 파일로 가져오세요.</translation>
    </message>
</context>
<context>
    <name>hoego::ImportDialog</name>
    <message>
        <source>Choose Markdown or text files (.md, .markdown, .txt), or a folder of them.</source>
        <translation>마크다운 또는 텍스트 파일(.md, .markdown, .txt)이나 그런 파일이 든 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>파일 추가(&amp;F)…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>폴더 추가(&amp;O)…</translation>
    </message>
    <message>
        <source>Import Posts</source>
        <translation>글 가져오기</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Markdown and text (*.md *.markdown *.txt);;All files (*)</source>
        <translation>마크다운 및 텍스트 (*.md *.markdown *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Posts</source>
        <translation>글 폴더 가져오기</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) ready to import.</source>
        <translation>
            <numerusform>파일 %n개를 가져올 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported; the notes say why.</source>
        <translation>
            <numerusform>파일 %n개는 가져올 수 없습니다. 이유는 비고란을 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported as entry %1</source>
        <translation>%1번 글로 가져옴</translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation>%2개 중 %1번째 가져오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>글 %n편을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the notes say why.</source>
        <translation>
            <numerusform>파일 %n개를 가져오지 못했습니다. 이유는 비고란을 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>취소했습니다. 나머지 파일은 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>hoego::ImportPreviewModel</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Try</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>%1(으)로 읽음</translation>
    </message>
</context>
<context>
    <name>hoego::KptBoard</name>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Try</translation>
    </message>
    <message>
        <source>Add what to keep…</source>
        <translation>계속할 것 추가…</translation>
    </message>
    <message>
        <source>Add a problem…</source>
        <translation>문제 추가…</translation>
    </message>
    <message>
        <source>Add something to try…</source>
        <translation>시도할 것 추가…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Add the item (Enter)</source>
        <translation>항목 추가 (Enter)</translation>
    </message>
    <message>
        <source>Came back from earlier years</source>
        <translation>이전 해에도 나왔던 항목</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>%1(으)로 이동</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <source>Make It a &amp;Goal for Next Year</source>
        <translation>내년 목표로 삼기(&amp;G)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In “%1”; this year: “%2”</source>
        <translation>“%1”에서; 올해: “%2”</translation>
    </message>
</context>
<context>
    <name>hoego::KptModel</name>
    <message>
        <source>Add “%1”</source>
        <translation>“%1” 추가</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” 삭제</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>“%1” 이동</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Try</translation>
    </message>
</context>
<context>
    <name>hoego::MainWindow</name>
    <message>
        <source>There is no entry %1 in this journal.</source>
        <translation>이 일지에 %1번 글이 없습니다.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>글 목록</translation>
    </message>
    <message>
        <source>Create your first retrospective with File ▸ New Entry (Ctrl+N).</source>
        <translation>파일 ▸ 새 글(Ctrl+N)로 첫 회고를 시작하세요.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Open or create an entry before adding images.</source>
        <translation>이미지를 넣기 전에 글을 열거나 새로 만드세요.</translation>
    </message>
    <message>
        <source>Could not create the entry</source>
        <translation>글을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n s ago</source>
        <translation>
            <numerusform>%n초 전에 저장됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n min ago</source>
        <translation>
            <numerusform>%n분 전에 저장됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>%1에 저장됨</translation>
    </message>
    <message>
        <source>retrospective</source>
        <translation>회고</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>사본으로 저장</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>마크다운 (*.md)</translation>
    </message>
    <message>
        <source>Could not save the copy</source>
        <translation>사본을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another place.</source>
        <translation>%1에 쓸 수 없습니다: %2. 다른 위치를 고르세요.</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>사본을 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Your text is not saved</source>
        <translation>글이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Hoego could not save to the journal:
%1

Your text is still in the editor. Save a copy before quitting?</source>
        <translation>일지에 저장할 수 없습니다:
%1

글은 편집기에 그대로 있습니다. 끝내기 전에 사본을 저장할까요?</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>사본으로 저장…</translation>
    </message>
    <message>
        <source>Quit Without Saving</source>
        <translation>저장하지 않고 끝내기</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>서식(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>글(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>기록(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hoego</source>
        <translation>회고 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Entry…</source>
        <translation>새 글(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>템플릿으로 저장(&amp;T)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>사본으로 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>집중 모드(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Saved as a template: it is offered for new entries.</source>
        <translation>템플릿으로 저장했습니다. 새 글을 쓸 때 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>About Hoego</source>
        <translation>회고 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hoego %1&lt;/h3&gt;&lt;p&gt;Write your retrospectives, and live with them afterwards.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;회고 %1&lt;/h3&gt;&lt;p&gt;회고를 쓰고, 쓴 뒤에도 함께 살아가세요.&lt;/p&gt;&lt;p&gt;일지: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Another Journal</source>
        <translation>다른 일지 열기</translation>
    </message>
    <message>
        <source>Hoego will save your text, close this journal and open %1.

It will also be the journal Hoego opens from now on.</source>
        <translation>글을 저장하고 이 일지를 닫은 뒤 %1을(를) 엽니다.

앞으로 회고를 시작하면 이 일지가 열립니다.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>KPT</source>
        <translation>KPT</translation>
    </message>
    <message>
        <source>&amp;KPT Board</source>
        <translation>KPT 보드(&amp;K)</translation>
    </message>
    <message>
        <source>Could not add the goal</source>
        <translation>목표를 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>“%1” is now a goal for %2.</source>
        <translation>“%1”을(를) %2년 목표로 삼았습니다.</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>목표(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Add Goal</source>
        <translation>목표 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Check In…</source>
        <translation>체크인(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Review Year…</source>
        <translation>한 해 돌아보기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>The current text could not be saved first:
%1</source>
        <translation>현재 글을 먼저 저장하지 못했습니다:
%1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Compare Years…</source>
        <translation>연도 비교(&amp;C)…</translation>
    </message>
    <message>
        <source>Move Journal</source>
        <translation>일지 옮기기</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: Hoego never writes over a file when it moves a journal.</source>
        <translation>%1이(가) 이미 있습니다. 다른 이름을 고르세요. 일지를 옮길 때 회고는 있는 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Hoego will save your text, copy the journal to %1, check the copy and reopen the journal there. It will also be the journal Hoego opens from now on.

Then %2 is removed, and its backups move with the journal.</source>
        <translation>글을 저장하고 일지를 %1(으)로 복사한 뒤, 사본을 검사하고 그곳에서 일지를 다시 엽니다. 앞으로도 이 일지를 엽니다.

그다음 %2은(는) 지워지고, 그 백업은 일지와 함께 옮겨집니다.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>옮기기</translation>
    </message>
    <message>
        <source>The journal was not moved, because your text could not be saved first:
%1</source>
        <translation>글을 먼저 저장하지 못해서 일지를 옮기지 않았습니다:
%1</translation>
    </message>
    <message>
        <source>The journal was not moved:
%1</source>
        <translation>일지를 옮기지 않았습니다:
%1</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
</context>
<context>
    <name>hoego::MarkdownActions</name>
    <message>
        <source>&amp;Bold</source>
        <translation>굵게(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>기울임(&amp;I)</translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation>인라인 코드(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>링크(&amp;L)</translation>
    </message>
    <message>
        <source>Heading &amp;%1</source>
        <translation>제목 %1(&amp;%1)</translation>
    </message>
    <message>
        <source>Bullet Li&amp;st</source>
        <translation>글머리 기호 목록(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>번호 목록(&amp;N)</translation>
    </message>
    <message>
        <source>Insert Today&apos;s &amp;Date</source>
        <translation>오늘 날짜 넣기(&amp;D)</translation>
    </message>
</context>
<context>
    <name>hoego::MarkdownEditor</name>
    <message>
        <source>Write your retrospective here. Markdown works: # headings, - lists, **bold**.</source>
        <translation>여기에 회고를 쓰세요. 마크다운을 쓸 수 있습니다: # 제목, - 목록, **굵게**.</translation>
    </message>
</context>
<context>
    <name>hoego::MarkdownRenderer</name>
    <message>
        <source>[Image not found: %1]</source>
        <translation>[이미지를 찾을 수 없음: %1]</translation>
    </message>
</context>
<context>
    <name>hoego::NewEntryDialog</name>
    <message>
        <source>New Entry</source>
        <translation>새 글</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>템플릿 미리 보기</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>시작할 템플릿:</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>빈 글</translation>
    </message>
    <message>
        <source>An empty entry</source>
        <translation>내용 없이 시작</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (내 템플릿)</translation>
    </message>
    <message>
        <source>“%1” is not a period. Write for example %2 (or a range like 2026-03-01..2026-05-31).</source>
        <translation>“%1”은(는) 기간이 아닙니다. 예: %2 (또는 2026-03-01..2026-05-31 같은 범위)</translation>
    </message>
    <message>
        <source>A blank page.</source>
        <translation>빈 페이지입니다.</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>템플릿으로 저장</translation>
    </message>
    <message>
        <source>Name of the template (new entries can start from it):</source>
        <translation>템플릿 이름 (새 글을 이 템플릿으로 시작할 수 있습니다):</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>템플릿을 저장하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>hoego::OnThisDayBar</name>
    <message>
        <source>On this day</source>
        <translation>과거의 오늘</translation>
    </message>
    <message>
        <source>Don&apos;t Show Again</source>
        <translation>다시 보지 않기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>1년 전</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>%1년 전</translation>
    </message>
    <message>
        <source>%1 (%2): &lt;a href=&quot;entry:%3&quot;&gt;%4&lt;/a&gt;</source>
        <translation>%1 (%2): &lt;a href=&quot;entry:%3&quot;&gt;%4&lt;/a&gt;</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1편</translation>
    </message>
</context>
<context>
    <name>hoego::OutlineModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
</context>
<context>
    <name>hoego::OutlineView</name>
    <message>
        <source>Outline</source>
        <translation>개요</translation>
    </message>
</context>
<context>
    <name>hoego::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
</context>
<context>
    <name>hoego::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Backups of this journal, newest first. They are kept in %1.</source>
        <translation>이 일지의 백업입니다(최신순). 백업은 %1에 보관됩니다.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>글 수</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>On quit</source>
        <translation>끝낼 때</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>일일</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>주간</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>월간</translation>
    </message>
    <message>
        <source>Before a format update</source>
        <translation>형식 업데이트 전</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>Before a delete</source>
        <translation>삭제 전</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>No backups yet. Hoego makes one every time you quit; Back Up Now makes one at once.</source>
        <translation>아직 백업이 없습니다. 회고는 끝낼 때마다 백업을 만들며, ‘지금 백업’을 누르면 바로 만듭니다.</translation>
    </message>
    <message>
        <source>Could not back up</source>
        <translation>백업할 수 없습니다</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>%1에 백업했습니다.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>이 백업을 복원할까요?</translation>
    </message>
    <message>
        <source>The journal will be replaced by the backup made %1 (%2 entries).

The current journal is backed up first (&quot;Before a restore&quot; in this list), so you can go back to it. Hoego closes the journal, restores the backup and opens it again.</source>
        <translation>일지가 %1에 만든 백업(글 %2편)으로 바뀝니다.

현재 일지를 먼저 백업하므로(이 목록의 &quot;복원 전&quot;) 다시 되돌아갈 수 있습니다. 회고는 일지를 닫고 백업을 복원한 뒤 다시 엽니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
</context>
<context>
    <name>hoego::ReviewDialog</name>
    <message>
        <source>Review %1</source>
        <translation>%1년 돌아보기</translation>
    </message>
    <message>
        <source>%1 has no goals to review.</source>
        <translation>%1년에는 돌아볼 목표가 없습니다.</translation>
    </message>
    <message>
        <source>How did %1 go? Hoego proposes a status from what was measured: confirm or change it, add a note, and choose what to carry over to %2.</source>
        <translation>%1년은 어땠나요? 측정한 내용을 바탕으로 상태를 제안합니다. 확인하거나 바꾸고, 메모를 남기고, %2년으로 이월할 목표를 고르세요.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>이월</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>%1 상태</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>이월됨</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>%1년으로</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reviewed the goals of %1: %2.</source>
        <translation>%1년 목표를 돌아봤습니다: %2.</translation>
    </message>
    <message>
        <source>%1 carried over to %2.</source>
        <translation>%1을(를) %2년으로 이월했습니다.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>쓰지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>hoego::SaveProblemBar</name>
    <message>
        <source>Save a Copy As…</source>
        <translation>사본으로 저장…</translation>
    </message>
    <message>
        <source>Not saved: %1 Your text is safe in the editor; Hoego keeps trying. Save a copy to be sure.</source>
        <translation>저장되지 않음: %1 글은 편집기에 안전하게 있고, 계속 저장을 시도합니다. 확실히 하려면 사본을 저장하세요.</translation>
    </message>
</context>
<context>
    <name>hoego::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>편집기</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>글쓰기</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>일지</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Underline misspelled words</source>
        <translation>맞춤법이 틀린 단어에 밑줄 긋기</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>글꼴(&amp;F):</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>글자 크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation>맞춤법:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language shows the next time Hoego starts.</source>
        <translation>바꾼 언어는 다음에 회고를 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>How long a pause in typing before Hoego saves. Hoego also saves every few seconds while you type.</source>
        <translation>입력을 멈추고 이만큼 지나면 저장합니다. 입력하는 동안에도 몇 초마다 저장합니다.</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>빈 글</translation>
    </message>
    <message>
        <source>Show entries written on this day in earlier years at startup</source>
        <translation>시작할 때 지난해 이맘때 쓴 글 보여 주기</translation>
    </message>
    <message>
        <source>&amp;Save after a pause of:</source>
        <translation>저장까지 기다릴 시간(&amp;S):</translation>
    </message>
    <message>
        <source>New entries &amp;start from:</source>
        <translation>새 글의 기본 템플릿(&amp;S):</translation>
    </message>
    <message>
        <source>On this day:</source>
        <translation>이맘때:</translation>
    </message>
    <message>
        <source>Open Another Journal…</source>
        <translation>다른 일지 열기…</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>일지:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <source>&amp;Backups in:</source>
        <translation>백업 위치(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Daily backups to keep:</source>
        <translation>보관할 일일 백업 수(&amp;D):</translation>
    </message>
    <message>
        <source>Open Another Journal</source>
        <translation>다른 일지 열기</translation>
    </message>
    <message>
        <source>Hoego journals (*.sqlite);;All files (*)</source>
        <translation>회고 일지 (*.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Backups Folder</source>
        <translation>백업 폴더</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Languages to check:</source>
        <translation>검사할 언어:</translation>
    </message>
    <message>
        <source>Move Journal…</source>
        <translation>일지 옮기기…</translation>
    </message>
    <message>
        <source>Move Journal</source>
        <translation>일지 옮기기</translation>
    </message>
    <message>
        <source>Hoego journals (*.sqlite)</source>
        <translation>회고 일지 (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>hoego::SpellcheckDecorator</name>
    <message>
        <source>No suggestions</source>
        <translation>추천 단어 없음</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>사전에 “%1” 추가</translation>
    </message>
    <message>
        <source>Ignore “%1” in This Entry</source>
        <translation>이 글에서 “%1” 무시</translation>
    </message>
    <message>
        <source>Check Spelling</source>
        <translation>맞춤법 검사</translation>
    </message>
    <message>
        <source>Spelling Languages</source>
        <translation>맞춤법 검사 언어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>추천 단어를 찾는 중…</translation>
    </message>
</context>
<context>
    <name>hoego::TimelineDelegate</name>
    <message>
        <source>Year</source>
        <translation>연간</translation>
    </message>
    <message>
        <source>Half</source>
        <translation>반기</translation>
    </message>
    <message>
        <source>Qtr</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월간</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주간</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>1 entry · %1 chars</source>
        <translation>글 1편 · %1자</translation>
    </message>
    <message>
        <source>%1 entries · %2 chars</source>
        <translation>글 %1편 · %2자</translation>
    </message>
    <message>
        <source>Goals %1/%2</source>
        <translation>목표 %1/%2</translation>
    </message>
    <message>
        <source>K %1 · P %2 · T %3</source>
        <translation>K %1 · P %2 · T %3</translation>
    </message>
    <message>
        <source>%1 · %2 chars</source>
        <translation>%1 · %2자</translation>
    </message>
</context>
<context>
    <name>hoego::TimelineModel</name>
    <message>
        <source>%1: %2 entries, %3 characters, goals met %4 of %5, Keep %6, Problem %7, Try %8</source>
        <translation>%1: 글 %2편, %3자, 목표 %5개 중 %4개 달성, Keep %6, Problem %7, Try %8</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 characters</source>
        <translation>%1 · %2 · %3자</translation>
    </message>
</context>
<context>
    <name>hoego::TimelinePane</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>타임라인 검색</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>글 종류</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>아직 글이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>이 필터에 맞는 글이 없습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::WelcomeView</name>
    <message>
        <source>Welcome to Hoego</source>
        <translation>회고에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Look back on %1: what went well, what did not, and what you will try next. Hoego keeps your Keep / Problem / Try and your goals, and shows them to you again a year later.</source>
        <translation>%1년을 돌아보세요. 잘한 점, 아쉬운 점, 그리고 다음에 시도할 것. 회고는 Keep / Problem / Try와 목표를 기록해 두었다가 1년 뒤에 다시 보여 줍니다.</translation>
    </message>
    <message>
        <source>Write Your First Retrospective…</source>
        <translation>첫 회고 쓰기…</translation>
    </message>
    <message>
        <source>Import Old Posts…</source>
        <translation>예전 글 가져오기…</translation>
    </message>
</context>
<context>
    <name>hoego::WritingStatsLabel</name>
    <message numerus="yes">
        <source>Counted without Markdown syntax; reading time at %n Korean characters a minute.</source>
        <translation>
            <numerusform>마크다운 기호를 빼고 셌습니다. 읽는 시간은 1분에 %n자 기준입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 characters with spaces · %2 without · %3 words · %n min read</source>
        <translation>
            <numerusform>공백 포함 %1자 · 공백 제외 %2자 · %3어절 · %n분 분량</numerusform>
        </translation>
    </message>
</context>
</TS>
