<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>TextInput</name>
    <message>
        <source>unknown encoding '%1'</source>
        <translation>알 수 없는 인코딩 '%1'</translation>
    </message>
    <message>
        <source>bytes that are not valid %1</source>
        <translation>%1 형식에 맞지 않는 바이트</translation>
    </message>
</context>
<context>
    <name>tl::Catalog</name>
    <message>
        <source>a dataset name cannot be empty</source>
        <translation>데이터셋 이름은 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>dataset name '%1' starts or ends with spaces</source>
        <translation>데이터셋 이름 '%1'의 앞이나 뒤에 공백이 있습니다</translation>
    </message>
    <message>
        <source>dataset name '%1' is reserved</source>
        <translation>데이터셋 이름 '%1'은(는) 예약된 이름입니다</translation>
    </message>
    <message>
        <source>dataset name '%1' is longer than 128 characters</source>
        <translation>데이터셋 이름 '%1'이(가) 128자를 넘습니다</translation>
    </message>
    <message>
        <source>no dataset named '%1'</source>
        <translation>'%1' 데이터셋이 없습니다</translation>
    </message>
    <message>
        <source>a dataset named '%1' already exists</source>
        <translation>'%1' 데이터셋이 이미 있습니다</translation>
    </message>
</context>
<context>
    <name>tl::CatalogModel</name>
    <message>
        <source>%1: %2 rows, %3 columns, from %4</source>
        <translation>%1: %2행, %3열, 출처 %4</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정 시각</translation>
    </message>
</context>
<context>
    <name>tl::ColumnLabels</name>
    <message>
        <source>integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>real number</source>
        <translation>실수</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>참/거짓</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>날짜와 시각</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <source>time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>측정값</translation>
    </message>
</context>
<context>
    <name>tl::CsvReader</name>
    <message>
        <source>the file holds no records</source>
        <translation>파일에 레코드가 없습니다</translation>
    </message>
    <message>
        <source>a quoted field never closes (the quote opens on this line)</source>
        <translation>따옴표로 시작한 필드가 닫히지 않습니다 (이 줄에서 따옴표가 열림)</translation>
    </message>
    <message>
        <source>NUL byte in the text</source>
        <translation>텍스트에 NUL 바이트가 있습니다</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); pass --encoding if the file is not UTF-8</source>
        <translation>잘못된 UTF-8 (바이트 0x%1). 파일이 UTF-8이 아니면 인코딩을 지정하세요</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>필드 %1개가 필요한데 %2개가 있습니다</translation>
    </message>
</context>
<context>
    <name>tl::DatasetPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>%1 속성</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>행 수:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>매개변수:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>만든 시각:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>수정 시각:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
</context>
<context>
    <name>tl::DatasetTableModel</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>tl::DatasetTableView</name>
    <message>
        <source>Select a cell to read it whole</source>
        <translation>셀을 선택하면 전체 내용이 여기에 표시됩니다</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>%1행, %2</translation>
    </message>
    <message>
        <source>Filter rows (any column contains…)</source>
        <translation>행 필터 (어느 열이든 포함하는 값…)</translation>
    </message>
</context>
<context>
    <name>tl::ExportController</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Korean Excel, CP949 (*.csv)</source>
        <translation>한국어 엑셀용 CSV, CP949 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 내보내는 중…</translation>
    </message>
    <message>
        <source>Exported %1 rows of %2 to %3</source>
        <translation>%2의 %1행을 %3(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>(%1 characters had no form in that encoding)</source>
        <translation>(그 인코딩으로 표현할 수 없는 문자 %1개)</translation>
    </message>
</context>
<context>
    <name>tl::ExportJob</name>
    <message>
        <source>no dataset named '%1'</source>
        <translation>'%1' 데이터셋이 없습니다</translation>
    </message>
    <message>
        <source>unknown encoding '%1'</source>
        <translation>알 수 없는 인코딩 '%1'</translation>
    </message>
    <message>
        <source>export cancelled; nothing was written</source>
        <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
</context>
<context>
    <name>tl::ImportController</name>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
</context>
<context>
    <name>tl::ImportDialog</name>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>공백</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>데이터셋:</translation>
    </message>
    <message>
        <source>Append rows</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Replace the dataset</source>
        <translation>데이터셋 교체</translation>
    </message>
    <message>
        <source>Skip records that cannot be read (and list them)</source>
        <translation>읽을 수 없는 레코드는 건너뛰기 (목록으로 알림)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>구분자:</translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation>첫 행이 머리글</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>머리글 행 없음</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>머리글:</translation>
    </message>
    <message>
        <source>File as written (first lines)</source>
        <translation>파일 원문 (처음 몇 줄)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Preview (first %1 rows)</source>
        <translation>미리 보기 (처음 %1행)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>감지됨: %1</translation>
    </message>
    <message>
        <source>(not CSV)</source>
        <translation>(CSV 아님)</translation>
    </message>
    <message>
        <source>Detected: first row is the header</source>
        <translation>감지됨: 첫 행이 머리글</translation>
    </message>
    <message>
        <source>Detected: no header row</source>
        <translation>감지됨: 머리글 행 없음</translation>
    </message>
    <message>
        <source>%1 columns; showing %2 rows%3.</source>
        <translation>열 %1개, %2행 표시%3.</translation>
    </message>
    <message>
        <source> of many</source>
        <translation> (일부)</translation>
    </message>
    <message>
        <source>Unreadable records: %1</source>
        <translation>읽을 수 없는 레코드: %1</translation>
    </message>
    <message>
        <source>Exists already:</source>
        <translation>이미 있음:</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>가져오기에 실패했으며 아무것도 쓰지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>tl::ImportJob</name>
    <message>
        <source>no file to import</source>
        <translation>가져올 파일이 없습니다</translation>
    </message>
    <message>
        <source>dataset '%1' exists already: choose append or replace</source>
        <translation>'%1' 데이터셋이 이미 있습니다. 추가 또는 교체를 선택하세요</translation>
    </message>
    <message>
        <source>the SQLite driver gave no handle</source>
        <translation>SQLite 드라이버가 핸들을 주지 않았습니다</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>가져오기를 취소했습니다</translation>
    </message>
    <message>
        <source>%1: no columns to import</source>
        <translation>%1: 가져올 열이 없습니다</translation>
    </message>
</context>
<context>
    <name>tl::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop this work; nothing is written</source>
        <translation>이 작업을 멈춥니다. 아무것도 쓰지 않습니다</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (외 %n개)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::JsonReader</name>
    <message>
        <source>expected a JSON array ('[')</source>
        <translation>JSON 배열('[')이 와야 합니다</translation>
    </message>
    <message>
        <source>expected ',' or ']' between records</source>
        <translation>레코드 사이에 ',' 또는 ']'가 와야 합니다</translation>
    </message>
    <message>
        <source>unexpected text after the array's closing ']'</source>
        <translation>배열을 닫는 ']' 뒤에 예상치 못한 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>the JSON ends inside a record (truncated file?)</source>
        <translation>레코드 중간에서 JSON이 끝납니다 (파일이 잘렸나요?)</translation>
    </message>
    <message>
        <source>the JSON array ends early (truncated file?)</source>
        <translation>JSON 배열이 일찍 끝납니다 (파일이 잘렸나요?)</translation>
    </message>
    <message>
        <source>the file holds no records</source>
        <translation>파일에 레코드가 없습니다</translation>
    </message>
</context>
<context>
    <name>tl::MainWindow</name>
    <message>
        <source>Imported %1 rows into %2</source>
        <translation>%2에 %1행을 가져왔습니다</translation>
    </message>
    <message>
        <source>(%1 records skipped: %2)</source>
        <translation>(건너뛴 레코드 %1개: %2)</translation>
    </message>
    <message>
        <source>%1 — Trendlens</source>
        <translation>%1 — Trendlens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 작업공간(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>데이터셋(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>새 작업공간(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>작업공간 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import CSV, TSV, JSON or NDJSON files (or drop them here)</source>
        <translation>CSV, TSV, JSON, NDJSON 파일 가져오기 (여기로 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>&amp;Export dataset…</source>
        <translation>데이터셋 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;SQL console…</source>
        <translation>SQL 콘솔(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>속성(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>시스템(&amp;S)</translation>
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
        <source>No workspace open</source>
        <translation>열린 작업공간 없음</translation>
    </message>
    <message>
        <source>%1: %2 rows × %3 columns</source>
        <translation>%1: %2행 × %3열</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>새 작업공간</translation>
    </message>
    <message>
        <source>Trendlens workspaces (*.trendlens)</source>
        <translation>Trendlens 작업공간 (*.trendlens)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>작업공간 열기</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>데이터 파일 (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>데이터셋 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>데이터셋 삭제</translation>
    </message>
    <message>
        <source>Delete the dataset %1 and its %2 rows? This cannot be undone.</source>
        <translation>데이터셋 %1과(와) 그 %2행을 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1을(를) 삭제했습니다</translation>
    </message>
    <message>
        <source>Trendlens</source>
        <translation>Trendlens</translation>
    </message>
    <message>
        <source>Work is running</source>
        <translation>작업 진행 중</translation>
    </message>
    <message>
        <source>An import or export is still running. Cancel it and quit? Nothing of it will be written.</source>
        <translation>가져오기나 내보내기가 아직 진행 중입니다. 취소하고 종료할까요? 진행 중인 작업은 아무것도 쓰이지 않습니다.</translation>
    </message>
</context>
<context>
    <name>tl::RowLoader</name>
    <message>
        <source>the workspace is not open</source>
        <translation>작업공간이 열려 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>tl::Sniffer</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: 빈 파일입니다</translation>
    </message>
    <message>
        <source>%1: unknown encoding '%2'</source>
        <translation>%1: 알 수 없는 인코딩 '%2'</translation>
    </message>
    <message>
        <source>%1: byte %2: not a text file (binary data)</source>
        <translation>%1: %2번째 바이트: 텍스트 파일이 아닙니다 (바이너리 데이터)</translation>
    </message>
    <message>
        <source>%1: line 1: expected JSON, found HTML or XML (starts with '%2')</source>
        <translation>%1: 1행: JSON이어야 하는데 HTML 또는 XML입니다 ('%2'(으)로 시작)</translation>
    </message>
    <message>
        <source>%1: line 1: expected JSON ('[' or '{'), found '%2'</source>
        <translation>%1: 1행: JSON('[' 또는 '{')이어야 하는데 '%2'입니다</translation>
    </message>
</context>
<context>
    <name>tl::SqlConsole</name>
    <message>
        <source>SQL console (read-only)</source>
        <translation>SQL 콘솔 (읽기 전용)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>기록:</translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter)</source>
        <translation>실행 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>SELECT * FROM dataset LIMIT 100</source>
        <translation>SELECT * FROM 데이터셋 LIMIT 100</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>First %1 rows shown (more exist); %2 ms</source>
        <translation>처음 %1행만 표시 (더 있음), %2ms</translation>
    </message>
    <message>
        <source>%1 rows; %2 ms</source>
        <translation>%1행, %2ms</translation>
    </message>
</context>
<context>
    <name>tl::Workspace</name>
    <message>
        <source>%1: is a directory, not a workspace file</source>
        <translation>%1: 작업공간 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1: not a Trendlens workspace (%2)</source>
        <translation>%1: Trendlens 작업공간이 아닙니다 (%2)</translation>
    </message>
    <message>
        <source>%1: made by a newer Trendlens (schema %2; this one reads up to %3)</source>
        <translation>%1: 더 새로운 Trendlens로 만든 파일입니다 (스키마 %2, 이 버전은 %3까지 읽음)</translation>
    </message>
    <message>
        <source>%1: is an SQLite file but not a Trendlens workspace</source>
        <translation>%1: SQLite 파일이지만 Trendlens 작업공간이 아닙니다</translation>
    </message>
</context>
<context>
    <name>tl::WorkspaceController</name>
    <message>
        <source>no workspace is open</source>
        <translation>열린 작업공간이 없습니다</translation>
    </message>
</context>
</TS>
