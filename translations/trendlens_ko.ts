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
    <name>tl</name>
    <message>
        <source>the column engine cannot answer this chart: terms are counted from the text</source>
        <translation>열 엔진은 이 차트에 답할 수 없습니다: 단어는 텍스트에서 셉니다</translation>
    </message>
    <message>
        <source>terms are counted from the rows' text</source>
        <translation>단어는 행의 텍스트에서 셉니다</translation>
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
        <source>a dataset named '%1' already exists (dataset names ignore case)</source>
        <translation>'%1' 데이터셋이 이미 있습니다 (데이터셋 이름은 대소문자를 구분하지 않습니다)</translation>
    </message>
    <message>
        <source>%1: no column named '%2'</source>
        <translation>%1: '%2' 열이 없습니다</translation>
    </message>
    <message>
        <source>the catalog cannot be read or written: %1</source>
        <translation>카탈로그를 읽거나 쓸 수 없습니다: %1</translation>
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
    <name>tl::ChartEditor</name>
    <message>
        <source>Share instead of count</source>
        <translation>개수 대신 비율</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>선</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>막대</translation>
    </message>
    <message>
        <source>Stacked bar</source>
        <translation>누적 막대</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>산점도</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>히스토그램</translation>
    </message>
    <message>
        <source>Box plot</source>
        <translation>상자 그림</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>원형</translation>
    </message>
    <message>
        <source>(as is)</source>
        <translation>(그대로)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>count distinct</source>
        <translation>고유 개수</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>none (raw points)</source>
        <translation>없음 (원자료 점)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Holt (trend smoothing)</source>
        <translation>Holt (추세 평활)</translation>
    </message>
    <message>
        <source>linear fit</source>
        <translation>선형 회귀</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>e.g. rating &gt;= 8 and length(name) = 2</source>
        <translation>예: rating &gt;= 8 and length(name) = 2</translation>
    </message>
    <message>
        <source>(from the data)</source>
        <translation>(데이터에서 자동)</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>데이터셋:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>차트:</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>구간 단위:</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <source>Aggregate:</source>
        <translation>집계:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>계열:</translation>
    </message>
    <message>
        <source>Top N series:</source>
        <translation>상위 N개 계열:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>필터:</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>계급 수:</translation>
    </message>
    <message>
        <source>Forecast:</source>
        <translation>예측:</translation>
    </message>
    <message>
        <source>Buckets ahead:</source>
        <translation>예측 구간 수:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Top terms</source>
        <translation>상위 단어</translation>
    </message>
    <message>
        <source>Leave out stopwords</source>
        <translation>불용어 빼기</translation>
    </message>
    <message>
        <source>Common words such as "the" and "그리고"; the lists are resources/text/stopwords_*.txt, or your own copy in the data folder</source>
        <translation>"the", "그리고" 같은 흔한 낱말입니다. 목록은 resources/text/stopwords_*.txt이며, 데이터 폴더에 둔 사본이 있으면 그것을 씁니다</translation>
    </message>
    <message>
        <source>Strip Korean particles</source>
        <translation>조사 떼기</translation>
    </message>
    <message>
        <source>Count 영화는 and 영화가 as 영화</source>
        <translation>영화는, 영화가를 영화로 셉니다</translation>
    </message>
    <message>
        <source>Terms shown:</source>
        <translation>표시할 낱말 수:</translation>
    </message>
    <message>
        <source>Shortest term:</source>
        <translation>최소 길이:</translation>
    </message>
    <message>
        <source> character</source>
        <translation>자</translation>
    </message>
    <message>
        <source> characters</source>
        <translation>자</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
</context>
<context>
    <name>tl::ChartExporter</name>
    <message>
        <source>%1: write .png, .svg or .pdf</source>
        <translation>%1: .png, .svg, .pdf 중 하나로 저장하세요</translation>
    </message>
    <message>
        <source>%1: the size must be positive</source>
        <translation>%1: 크기는 0보다 커야 합니다</translation>
    </message>
    <message>
        <source>%1: the picture could not be encoded</source>
        <translation>%1: 그림을 인코딩할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>tl::ChartPanel</name>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Show the chart's data as a table</source>
        <translation>차트 데이터를 표로 보기</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>확대 초기화</translation>
    </message>
    <message>
        <source>Wheel zooms, drag zooms to a box, Ctrl+drag pans, double-click resets</source>
        <translation>휠로 확대, 드래그로 영역 확대, Ctrl+드래그로 이동, 더블클릭으로 초기화</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG 이미지…</translation>
    </message>
    <message>
        <source>SVG (vector)…</source>
        <translation>SVG (벡터)…</translation>
    </message>
    <message>
        <source>PDF (vector)…</source>
        <translation>PDF (벡터)…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>데이터 CSV…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>PNG size</source>
        <translation>PNG 크기</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>너비:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>높이:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>배율:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>column store</source>
        <translation>열 저장소</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Answered from the column store</source>
        <translation>열 저장소에서 답함</translation>
    </message>
    <message>
        <source>Answered by SQL</source>
        <translation>SQL이 답함</translation>
    </message>
    <message>
        <source>Answered by SQL: %1</source>
        <translation>SQL이 답함: %1</translation>
    </message>
    <message>
        <source>Building columns… %1 %</source>
        <translation>열 저장소 만드는 중… %1 %</translation>
    </message>
    <message>
        <source>a table exports as CSV</source>
        <translation>표는 CSV로만 내보낼 수 있습니다</translation>
    </message>
</context>
<context>
    <name>tl::ChartRunner</name>
    <message>
        <source>no dataset named '%1'</source>
        <translation>'%1' 데이터셋이 없습니다</translation>
    </message>
    <message>
        <source>SQL was asked for</source>
        <translation>SQL을 지정함</translation>
    </message>
    <message>
        <source>the column store is local</source>
        <translation>열 저장소는 로컬 전용</translation>
    </message>
    <message>
        <source>the column engine cannot answer this chart: %1</source>
        <translation>열 엔진이 이 차트에 답할 수 없음: %1</translation>
    </message>
    <message>
        <source>chart query failed: %1</source>
        <translation>차트 쿼리 실패: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소했습니다</translation>
    </message>
</context>
<context>
    <name>tl::ChartSpec</name>
    <message>
        <source>chart spec version %1 is newer than this Trendlens reads (%2)</source>
        <translation>차트 명세 버전 %1은(는) 이 Trendlens가 읽을 수 있는 버전(%2)보다 새롭습니다</translation>
    </message>
    <message>
        <source>chart spec: "dataset" is missing</source>
        <translation>차트 명세: "dataset"이 없습니다</translation>
    </message>
    <message>
        <source>chart spec: unknown type '%1'</source>
        <translation>차트 명세: 알 수 없는 차트 종류 '%1'</translation>
    </message>
    <message>
        <source>chart spec: unknown aggregate '%1' (count, count_distinct, sum, avg, min, max, median)</source>
        <translation>차트 명세: 알 수 없는 집계 '%1' (count, count_distinct, sum, avg, min, max, median)</translation>
    </message>
    <message>
        <source>chart spec: "series" needs a column or an expr</source>
        <translation>차트 명세: "series"에는 column 또는 expr가 필요합니다</translation>
    </message>
    <message>
        <source>chart spec: unknown forecast method '%1' (holt, linear)</source>
        <translation>차트 명세: 알 수 없는 예측 방법 '%1' (holt, linear)</translation>
    </message>
    <message>
        <source>chart spec: unknown bucket '%1' (minute, hour, day, 10-day, week, month, quarter, year)</source>
        <translation>차트 정의: 알 수 없는 구간 '%1' (minute, hour, day, 10-day, week, month, quarter, year)</translation>
    </message>
    <message>
        <source>chart spec: "filters" holds %1 filters, more than %2</source>
        <translation>차트 정의: "filters"에 필터가 %1개 있어 한도 %2개를 넘습니다</translation>
    </message>
</context>
<context>
    <name>tl::ChartTitles</name>
    <message>
        <source>minute</source>
        <translation>분</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>10 days</source>
        <translation>10일(순)</translation>
    </message>
    <message>
        <source>week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>count distinct</source>
        <translation>고유 개수</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>min</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <source>max</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>share</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>term</source>
        <translation>단어</translation>
    </message>
</context>
<context>
    <name>tl::ClickHouseEngine</name>
    <message>
        <source>no table named '%1' in %2</source>
        <translation>%2에 '%1' 테이블이 없습니다</translation>
    </message>
</context>
<context>
    <name>tl::ClickHousePublisher</name>
    <message>
        <source>ClickHouse has no transactions or unique keys to %1 by: publish to %2 with --mode create or append</source>
        <translation>ClickHouse에는 트랜잭션도 고유 키도 없어 %1할 수 없습니다: %2에는 --mode create 또는 append로 게시하세요</translation>
    </message>
    <message>
        <source>%1 already exists on %2 (--mode append adds to it)</source>
        <translation>%2에 %1이(가) 이미 있습니다 (--mode append로 추가할 수 있습니다)</translation>
    </message>
    <message>
        <source>the key %1 is not a column of %2</source>
        <translation>키 %1은(는) %2의 열이 아닙니다</translation>
    </message>
    <message>
        <source>no table %1 on %2 (--mode create makes one)</source>
        <translation>%2에 %1 표가 없습니다 (--mode create로 만들 수 있습니다)</translation>
    </message>
    <message>
        <source>%1 has no column %2: nothing was published</source>
        <translation>%1에 %2 열이 없습니다: 아무것도 게시하지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1: column %2 cannot be empty (it is not Nullable), and %n row(s) have no value there: %1 was not published</source>
        <translation>
            <numerusform>%1: %2 열은 비울 수 없는데(Nullable이 아님) %n개 행에 값이 없습니다: %1은(는) 게시하지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소했습니다</translation>
    </message>
</context>
<context>
    <name>tl::ColumnEngine</name>
    <message>
        <source>unknown column '%1'</source>
        <translation>알 수 없는 열 '%1'</translation>
    </message>
    <message>
        <source>JSON column '%1' is read by SQL</source>
        <translation>JSON 열 '%1'은 SQL이 읽음</translation>
    </message>
    <message>
        <source>the chart has no x</source>
        <translation>차트에 x가 없음</translation>
    </message>
    <message>
        <source>time buckets of a column that is not a date are answered by SQL</source>
        <translation>날짜가 아닌 열의 시간 단위는 SQL이 답함</translation>
    </message>
    <message>
        <source>a histogram of a column that is not numeric is answered by SQL</source>
        <translation>숫자가 아닌 열의 히스토그램은 SQL이 답함</translation>
    </message>
    <message>
        <source>%1 of a column that is not numeric is answered by SQL</source>
        <translation>숫자가 아닌 열의 %1은 SQL이 답함</translation>
    </message>
    <message>
        <source>the chart has no y</source>
        <translation>차트에 y가 없음</translation>
    </message>
    <message>
        <source>the histogram has no bins</source>
        <translation>히스토그램에 구간이 없음</translation>
    </message>
    <message>
        <source>a histogram ranking series by a sum is answered by SQL</source>
        <translation>합계로 계열 순위를 매기는 히스토그램은 SQL이 답함</translation>
    </message>
    <message>
        <source>column '%1' %2</source>
        <translation>열 '%1': %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소했습니다</translation>
    </message>
    <message>
        <source>the expression as %1 does not compile</source>
        <translation>%1의 수식을 해석할 수 없음</translation>
    </message>
    <message>
        <source>an expression of no column is answered by SQL</source>
        <translation>열이 없는 수식은 SQL이 답함</translation>
    </message>
    <message>
        <source>time buckets of an expression that is not a date are answered by SQL</source>
        <translation>날짜가 아닌 수식의 시간 단위는 SQL이 답함</translation>
    </message>
    <message>
        <source>a histogram of an expression that is not numeric is answered by SQL</source>
        <translation>숫자가 아닌 수식의 히스토그램은 SQL이 답함</translation>
    </message>
    <message>
        <source>%1 of an expression that is not numeric is answered by SQL</source>
        <translation>숫자가 아닌 수식의 %1은 SQL이 답함</translation>
    </message>
    <message>
        <source>the expression '%1' does not compile</source>
        <translation>수식 '%1'을 해석할 수 없음</translation>
    </message>
    <message>
        <source>an expression whose values are of more than one type is answered by SQL</source>
        <translation>값의 형식이 여러 가지인 수식은 SQL이 답함</translation>
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
    <name>tl::ColumnOrder</name>
    <message>
        <source>the column is not kept</source>
        <translation>열 저장소에 없는 열</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소했습니다</translation>
    </message>
</context>
<context>
    <name>tl::ColumnStore</name>
    <message>
        <source>cancelled</source>
        <translation>취소했습니다</translation>
    </message>
    <message>
        <source>the columns of '%1' are not built</source>
        <translation>'%1'의 열 저장소가 없음</translation>
    </message>
    <message>
        <source>a column chunk of '%1' is damaged</source>
        <translation>'%1'의 열 청크가 손상됨</translation>
    </message>
    <message>
        <source>the columns of '%1' are incomplete</source>
        <translation>'%1'의 열 저장소가 불완전함</translation>
    </message>
    <message>
        <source>not built</source>
        <translation>만들어지지 않음</translation>
    </message>
    <message>
        <source>JSON is read by SQL</source>
        <translation>JSON은 SQL이 읽음</translation>
    </message>
    <message>
        <source>damaged column chunk</source>
        <translation>손상된 열 청크</translation>
    </message>
    <message>
        <source>holds values that are not integers</source>
        <translation>정수가 아닌 값이 있음</translation>
    </message>
    <message>
        <source>holds values that are not numbers</source>
        <translation>숫자가 아닌 값이 있음</translation>
    </message>
    <message>
        <source>holds values that are not dates</source>
        <translation>날짜가 아닌 값이 있음</translation>
    </message>
    <message>
        <source>holds a value that is not a date or time: '%1'</source>
        <translation>날짜나 시각이 아닌 값이 있음: '%1'</translation>
    </message>
    <message>
        <source>holds values that are not text</source>
        <translation>텍스트가 아닌 값이 있음</translation>
    </message>
    <message>
        <source>has texts longer than %1 bytes</source>
        <translation>%1바이트보다 긴 텍스트가 있음</translation>
    </message>
    <message>
        <source>has too many distinct values</source>
        <translation>서로 다른 값이 너무 많음</translation>
    </message>
    <message>
        <source>has a different value in nearly every row (an identifier)</source>
        <translation>거의 모든 행의 값이 서로 다름 (식별자)</translation>
    </message>
    <message>
        <source>not a workspace connection</source>
        <translation>워크스페이스 연결이 아님</translation>
    </message>
    <message>
        <source>the columns are built once the import or fetch writing to the workspace has finished</source>
        <translation>워크스페이스에 쓰는 가져오기가 끝나면 열 저장소를 만듭니다</translation>
    </message>
    <message>
        <source>the columns could not be built: %1</source>
        <translation>열 저장소를 만들지 못함: %1</translation>
    </message>
    <message>
        <source>the rows changed while the chart was read</source>
        <translation>차트를 읽는 동안 행이 바뀜</translation>
    </message>
    <message>
        <source>the columns are damaged</source>
        <translation>열 저장소가 손상됨</translation>
    </message>
</context>
<context>
    <name>tl::ConnectionsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 읽기</translation>
    </message>
    <message>
        <source>Double-click a table to chart it on its server</source>
        <translation>표를 두 번 클릭하면 그 서버에서 차트를 그립니다</translation>
    </message>
    <message>
        <source>Server / table</source>
        <translation>서버 / 표</translation>
    </message>
    <message>
        <source>Rows (est.)</source>
        <translation>행 (추정)</translation>
    </message>
    <message>
        <source>Connection %1 added</source>
        <translation>연결 %1을(를) 추가했습니다</translation>
    </message>
    <message>
        <source>Add a team database</source>
        <translation>팀 데이터베이스 추가</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>비우면 PGPASSWORD 또는 ~/.pgpass</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Password (kept in the keychain):</source>
        <translation>암호 (키체인에 보관):</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>연결 삭제</translation>
    </message>
    <message>
        <source>Remove the connection %1? Charts on its tables stop working until it is added again.</source>
        <translation>연결 %1을(를) 삭제할까요? 다시 추가할 때까지 그 표의 차트는 그려지지 않습니다.</translation>
    </message>
    <message>
        <source>Connection %1 removed</source>
        <translation>연결 %1을(를) 삭제했습니다</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>열: %1개</translation>
    </message>
</context>
<context>
    <name>tl::CsvReader</name>
    <message>
        <source>a quoted field never closes (the quote opens on this line)</source>
        <translation>따옴표로 시작한 필드가 닫히지 않습니다 (이 줄에서 따옴표가 열림)</translation>
    </message>
    <message>
        <source>NUL byte in the text</source>
        <translation>텍스트에 NUL 바이트가 있습니다</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>필드 %1개가 필요한데 %2개가 있습니다</translation>
    </message>
    <message>
        <source>the file holds no records: its %1 lines are all blank</source>
        <translation>파일에 레코드가 없습니다: %1줄이 모두 비어 있습니다</translation>
    </message>
    <message>
        <source>a record is larger than %1 MB (a quote that never closes?)</source>
        <translation>레코드가 %1MB보다 큽니다 (닫히지 않은 따옴표?)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1): the file is in another encoding; choose it</source>
        <translation>잘못된 UTF-8 (바이트 0x%1): 파일이 다른 인코딩입니다. 인코딩을 고르세요</translation>
    </message>
</context>
<context>
    <name>tl::DashboardStore</name>
    <message>
        <source>no dashboard named '%1'</source>
        <translation>'%1' 대시보드가 없습니다</translation>
    </message>
    <message>
        <source>dashboard '%1': %2</source>
        <translation>대시보드 '%1': %2</translation>
    </message>
    <message>
        <source>a dashboard needs a name</source>
        <translation>대시보드에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>a dashboard named '%1' exists already</source>
        <translation>'%1' 대시보드가 이미 있습니다</translation>
    </message>
</context>
<context>
    <name>tl::DashboardTabs</name>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>New &amp;chart of this dataset</source>
        <translation>이 데이터셋으로 새 차트(&amp;C)</translation>
    </message>
    <message>
        <source>New &amp;dashboard…</source>
        <translation>새 대시보드(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Save dashboard</source>
        <translation>대시보드 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export all charts…</source>
        <translation>모든 차트 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete dashboard…</source>
        <translation>대시보드 삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>select a dataset to chart first</source>
        <translation>먼저 차트로 만들 데이터셋을 선택하세요</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation>제목 없음 %1</translation>
    </message>
    <message>
        <source>New dashboard</source>
        <translation>새 대시보드</translation>
    </message>
    <message>
        <source>open a dashboard first</source>
        <translation>먼저 대시보드를 여세요</translation>
    </message>
    <message>
        <source>Export all charts to</source>
        <translation>모든 차트를 내보낼 폴더</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n chart(s) to %1</source>
        <translation>
            <numerusform>차트 %n개를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete dashboard</source>
        <translation>대시보드 삭제</translation>
    </message>
    <message>
        <source>Delete the dashboard %1? Its data stays.</source>
        <translation>대시보드 %1을(를) 삭제할까요? 데이터는 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1을(를) 삭제했습니다</translation>
    </message>
    <message>
        <source>Save dashboard &amp;as…</source>
        <translation>다른 이름으로 대시보드 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename dashboard…</source>
        <translation>대시보드 이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Dashboard name:</source>
        <translation>대시보드 이름:</translation>
    </message>
    <message>
        <source>A dashboard named %1 exists already.</source>
        <translation>%1 대시보드가 이미 있습니다.</translation>
    </message>
    <message>
        <source>A dashboard named %1 exists already. Replace it?</source>
        <translation>%1 대시보드가 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <source>Save dashboard</source>
        <translation>대시보드 저장</translation>
    </message>
    <message>
        <source>Save dashboard as</source>
        <translation>다른 이름으로 대시보드 저장</translation>
    </message>
    <message>
        <source>Rename dashboard</source>
        <translation>대시보드 이름 바꾸기</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>이름을 %1(으)로 바꿨습니다</translation>
    </message>
    <message>
        <source>Unsaved dashboard</source>
        <translation>저장하지 않은 대시보드</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>%1의 변경 사항을 저장할까요?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tl::DashboardView</name>
    <message>
        <source>Edit chart</source>
        <translation>차트 편집</translation>
    </message>
    <message>
        <source>Remove chart</source>
        <translation>차트 제거</translation>
    </message>
    <message>
        <source>Add chart</source>
        <translation>차트 추가</translation>
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
    <message>
        <source>the command %1</source>
        <translation>명령 %1</translation>
    </message>
    <message>
        <source>the %1 scorer, %2</source>
        <translation>%1 채점기, %2</translation>
    </message>
    <message>
        <source>%1: scores of %2 by %3, language %4, last run %5 %6</source>
        <translation>%1: %2의 점수, 채점: %3, 언어 %4, 마지막 실행 %5 %6</translation>
    </message>
</context>
<context>
    <name>tl::DatasetTableModel</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Shown in %1; stored as %2 UTC.</source>
        <translation>%1 기준으로 표시합니다. 저장된 값은 %2 UTC입니다.</translation>
    </message>
    <message>
        <source>%1: %2, %3, shown in %4</source>
        <translation>%1: %2, %3, %4 기준으로 표시</translation>
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
    <message>
        <source>Show all rows</source>
        <translation>모든 행 보기</translation>
    </message>
    <message>
        <source>Rows behind the chart point %1: %2 rows</source>
        <translation>차트 항목 %1에 해당하는 행: %2행</translation>
    </message>
</context>
<context>
    <name>tl::Engine</name>
    <message>
        <source>no connection named '%1' in %2 (trendlens connection list shows them)</source>
        <translation>%2에 '%1'(이)라는 연결이 없습니다 (trendlens connection list로 볼 수 있습니다)</translation>
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
    <name>tl::ExpressionCompiler</name>
    <message numerus="yes">
        <source>%1() takes %n argument(s)</source>
        <translation>
            <numerusform>%1()은(는) 인수 %n개를 받습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>expression '%1': at %2: %3</source>
        <translation>식 '%1': %2번째 글자: %3</translation>
    </message>
    <message>
        <source>unknown column '%1'</source>
        <translation>알 수 없는 열 '%1'</translation>
    </message>
    <message>
        <source>a `quoted column` never closes</source>
        <translation>`열 이름` 따옴표가 닫히지 않습니다</translation>
    </message>
    <message>
        <source>unexpected character '%1'</source>
        <translation>예상치 못한 문자 '%1'</translation>
    </message>
    <message>
        <source>a text literal never closes</source>
        <translation>문자열 따옴표가 닫히지 않습니다</translation>
    </message>
    <message>
        <source>unexpected '%1'</source>
        <translation>예상치 못한 '%1'</translation>
    </message>
    <message>
        <source>expected '%1'</source>
        <translation>'%1'이(가) 와야 합니다</translation>
    </message>
    <message>
        <source>the expression nests too deeply</source>
        <translation>식이 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>the expression ends early</source>
        <translation>식이 중간에 끝납니다</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1'은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>round() takes 1 or 2 arguments</source>
        <translation>round()는 인수 1개 또는 2개를 받습니다</translation>
    </message>
    <message>
        <source>coalesce() takes 2 to 9 arguments</source>
        <translation>coalesce()는 인수 2~9개를 받습니다</translation>
    </message>
    <message>
        <source>unknown function '%1'</source>
        <translation>알 수 없는 함수 '%1'</translation>
    </message>
    <message>
        <source>json() takes a column and a path in quotes, e.g. json(raw, "$.data.public_metrics.like_count")</source>
        <translation>json()은 열과 따옴표로 묶은 경로를 받습니다. 예: json(raw, "$.data.public_metrics.like_count")</translation>
    </message>
    <message>
        <source>the expression has more than %1 terms</source>
        <translation>식의 항이 %1개를 넘습니다</translation>
    </message>
</context>
<context>
    <name>tl::FetchController</name>
    <message>
        <source>enter an API key first (or set %1)</source>
        <translation>먼저 API 키를 입력하세요 (또는 %1 설정)</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>fetch cancelled; nothing was stored</source>
        <translation>가져오기를 취소했습니다. 아무것도 저장하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>tl::FetchDialog</name>
    <message>
        <source>Fetch from the web</source>
        <translation>웹에서 가져오기</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 키:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only.</source>
        <translation>키는 이번 실행 동안 메모리에만 보관됩니다.</translation>
    </message>
    <message>
        <source>Using the key in %1.</source>
        <translation>%1에 있는 키를 사용합니다.</translation>
    </message>
    <message>
        <source>This source needs no key.</source>
        <translation>이 소스는 키가 필요 없습니다.</translation>
    </message>
    <message>
        <source>Remember the key in the keychain</source>
        <translation>키를 키체인에 저장</translation>
    </message>
    <message>
        <source>the address given</source>
        <translation>입력한 주소</translation>
    </message>
    <message>
        <source>The key goes into the OS keychain, never into a file.</source>
        <translation>키는 OS 키체인에만 저장되며 파일에는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Enter a key, or set %1 before starting Trendlens; a key kept in the keychain is used too.</source>
        <translation>키를 입력하거나 Trendlens 실행 전에 %1을(를) 설정하세요. 키체인에 저장된 키도 사용됩니다.</translation>
    </message>
    <message>
        <source>This source needs an API key: type it here, or set %1.</source>
        <translation>이 출처에는 API 키가 필요합니다. 여기에 입력하거나 %1을(를) 설정하세요.</translation>
    </message>
</context>
<context>
    <name>tl::FollowImport</name>
    <message>
        <source>following needs --dataset</source>
        <translation>이어서 읽으려면 --dataset이 필요합니다</translation>
    </message>
    <message>
        <source>following reads NDJSON (one object per line) or CSV, not a JSON array</source>
        <translation>이어서 읽기는 NDJSON(한 줄에 객체 하나)이나 CSV만 읽습니다. JSON 배열은 아닙니다</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>임시 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation>%1: %2번째 레코드: %3</translation>
    </message>
    <message>
        <source>%1 (records %2 to %3 were not stored; earlier ones were)</source>
        <translation>%1 (%2~%3번째 레코드는 저장하지 않았습니다. 그 앞의 레코드는 저장했습니다)</translation>
    </message>
</context>
<context>
    <name>tl::FollowImport::Reader</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
</context>
<context>
    <name>tl::GmarketBestSource</name>
    <message>
        <source>%1: byte %2: %3</source>
        <translation>%1: %2번째 바이트: %3</translation>
    </message>
    <message>
        <source>%1: a recipe needs "items" and "fields"</source>
        <translation>%1: 레시피에는 "items"와 "fields"가 필요합니다</translation>
    </message>
    <message>
        <source>%1: Gmarket answered with a bot check or refusal (HTTP %2), not a best-seller page; try again later, more slowly</source>
        <translation>%1: G마켓이 베스트 페이지 대신 봇 확인 또는 거부로 응답했습니다 (HTTP %2). 나중에 더 천천히 다시 시도하세요</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1: no items found; the page layout may have changed (edit the recipe)</source>
        <translation>%1: 상품을 찾지 못했습니다. 페이지 구조가 바뀌었을 수 있습니다 (레시피를 고치세요)</translation>
    </message>
    <message>
        <source>fetch cancelled; nothing was stored</source>
        <translation>가져오기를 취소했습니다. 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>Gmarket best-100 (one snapshot)</source>
        <translation>G마켓 베스트 100 (스냅샷 1회)</translation>
    </message>
    <message>
        <source>Stores one snapshot of the Gmarket best-100 pages into gmarket_best.</source>
        <translation>G마켓 베스트 100 페이지의 스냅숏 하나를 gmarket_best에 저장합니다.</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>카테고리:</translation>
    </message>
    <message>
        <source>A category code (repeatable; default: every one in the recipe).</source>
        <translation>카테고리 코드 (반복 가능, 기본값: 레시피의 모든 카테고리).</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>레시피:</translation>
    </message>
    <message>
        <source>A selector recipe (JSON) to use instead of the shipped one.</source>
        <translation>기본 제공 레시피 대신 사용할 선택자 레시피(JSON).</translation>
    </message>
    <message>
        <source>%1 items from %2 pages</source>
        <translation>%2페이지에서 상품 %1개</translation>
    </message>
</context>
<context>
    <name>tl::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Trendlens</source>
        <translation>Trendlens 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>About Trendlens</source>
        <translation>Trendlens 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trendlens %1&lt;/h3&gt;&lt;p&gt;Movie box office, reviews, tweets, game rankings and best-seller lists, collected into one workspace file and charted on your own machine.&lt;/p&gt;&lt;p&gt;Data comes from the sources you fetch: KOBIS (Korean Film Council) Open API, Nexon Open API (MapleStory), the X API, Gmarket best-seller pages, and the files you import. Their terms of use apply to what you collect.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trendlens %1&lt;/h3&gt;&lt;p&gt;영화 박스오피스, 리뷰, 트윗, 게임 랭킹, 베스트셀러 목록을 작업 공간 파일 하나에 모아 내 컴퓨터에서 차트로 봅니다.&lt;/p&gt;&lt;p&gt;데이터는 가져온 출처에서 옵니다: KOBIS(영화진흥위원회) 오픈 API, 넥슨 오픈 API(메이플스토리), X API, G마켓 베스트셀러 페이지, 그리고 가져온 파일. 모은 데이터에는 각 출처의 이용 약관이 적용됩니다.&lt;/p&gt;&lt;p&gt;Qt %2와 SQLite로 만들었습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>사용 안내(&amp;G)</translation>
    </message>
    <message>
        <source>Trendlens user guide</source>
        <translation>Trendlens 사용 안내</translation>
    </message>
</context>
<context>
    <name>tl::HttpClient</name>
    <message>
        <source>cancelled</source>
        <translation>취소했습니다</translation>
    </message>
    <message>
        <source>%1: the request quota (%2) is used up; try again tomorrow</source>
        <translation>%1: 요청 한도(%2회)를 다 썼습니다. 내일 다시 시도하세요</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2 (gave up after %3 tries)</source>
        <translation>%1: %2 (%3번 시도 후 중단)</translation>
    </message>
    <message>
        <source>the answer ended after %1 of %2 bytes</source>
        <translation>응답이 %2바이트 중 %1바이트에서 끊겼습니다</translation>
    </message>
    <message>
        <source>%1: no such host '%2' (check the address and the network)</source>
        <translation>%1: '%2' 호스트가 없습니다 (주소와 네트워크를 확인하세요)</translation>
    </message>
</context>
<context>
    <name>tl::ImageSize</name>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1200x700</source>
        <translation>--size에는 픽셀 단위의 너비x높이를 주세요 (예: 1200x700)</translation>
    </message>
    <message>
        <source>--size %1 is out of range: each side from %2 to %3 pixels, at most %3x%3 pixels drawn</source>
        <translation>--size %1은(는) 범위를 벗어납니다: 각 변은 %2~%3픽셀, 그리는 크기는 최대 %3x%3픽셀입니다</translation>
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
        <source>import cancelled</source>
        <translation>가져오기를 취소했습니다</translation>
    </message>
    <message>
        <source>%1: no columns to import</source>
        <translation>%1: 가져올 열이 없습니다</translation>
    </message>
    <message>
        <source>%1: the disk is full: this import needs about %2 MB and %3 MB are free; nothing was written</source>
        <translation>%1: 디스크가 가득 찼습니다: 이 가져오기에는 약 %2MB가 필요한데 남은 공간은 %3MB입니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>dataset '%1' differs only in case from the existing '%2': dataset names ignore case; choose another name, or '%2'</source>
        <translation>데이터셋 '%1'은(는) 기존 '%2'와 대소문자만 다릅니다. 데이터셋 이름은 대소문자를 구분하지 않으니 다른 이름이나 '%2'를 고르세요</translation>
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
    <message>
        <source>%1 waiting for another import or fetch to finish…</source>
        <translation>%1 다른 가져오기나 수집이 끝나기를 기다리는 중…</translation>
    </message>
    <message>
        <source>no answer; trying again in %1 s (try %2 of %3)</source>
        <translation>응답 없음, %1초 후 다시 시도 (%3번 중 %2번째)</translation>
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
        <source>unexpected '%1' between records</source>
        <translation>레코드 사이에 예상하지 못한 '%1'</translation>
    </message>
    <message>
        <source>too much text that is not JSON records</source>
        <translation>JSON 레코드가 아닌 텍스트가 너무 많습니다</translation>
    </message>
    <message>
        <source>a record is larger than %1 MB (a bracket or quote that never closes?)</source>
        <translation>레코드가 %1MB보다 큽니다 (닫히지 않은 괄호나 따옴표?)</translation>
    </message>
    <message>
        <source>the file holds no records: the JSON array is empty (line %1)</source>
        <translation>파일에 레코드가 없습니다: JSON 배열이 비어 있습니다 (%1번째 줄)</translation>
    </message>
    <message>
        <source>the file holds no records: its %1 lines hold no JSON value</source>
        <translation>파일에 레코드가 없습니다: %1줄에 JSON 값이 없습니다</translation>
    </message>
</context>
<context>
    <name>tl::KafkaSource</name>
    <message>
        <source>%1 messages from %2 into '%3': %4 rows, %5 rejected</source>
        <translation>%2에서 메시지 %1개를 '%3'에 저장: %4행, 거부 %5개</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Kafka 토픽</translation>
    </message>
    <message>
        <source>Stores the JSON messages of a Kafka topic as they arrive, each exactly once: the offsets are kept in the workspace with the rows.</source>
        <translation>Kafka 토픽의 JSON 메시지를 도착하는 대로 정확히 한 번씩 저장합니다. 오프셋은 행과 함께 작업 공간에 보관합니다.</translation>
    </message>
    <message>
        <source>Brokers:</source>
        <translation>브로커:</translation>
    </message>
    <message>
        <source>HOST:PORT[,…] of the cluster.</source>
        <translation>클러스터의 HOST:PORT[,…].</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>토픽:</translation>
    </message>
    <message>
        <source>The topic to read.</source>
        <translation>읽을 토픽.</translation>
    </message>
    <message>
        <source>Consumer group:</source>
        <translation>컨슈머 그룹:</translation>
    </message>
    <message>
        <source>The consumer group (default: trendlens-DATASET).</source>
        <translation>컨슈머 그룹 (기본값: trendlens-데이터셋).</translation>
    </message>
    <message>
        <source>Start at:</source>
        <translation>시작 위치:</translation>
    </message>
    <message>
        <source>earliest or latest, for partitions never read into this dataset.</source>
        <translation>이 데이터셋으로 읽은 적 없는 파티션은 earliest(처음) 또는 latest(최신)부터.</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>데이터셋:</translation>
    </message>
    <message>
        <source>The dataset to store into (default: the topic's name).</source>
        <translation>저장할 데이터셋 (기본값: 토픽 이름).</translation>
    </message>
    <message>
        <source>Stop after (messages):</source>
        <translation>중지 (메시지 수):</translation>
    </message>
    <message>
        <source>Stop after N messages.</source>
        <translation>메시지 N개 후 중지합니다.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Stop after (seconds):</source>
        <translation>멈출 시간(초):</translation>
    </message>
    <message>
        <source>Stop after N seconds.</source>
        <translation>N초 후 중지합니다.</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>멈출 때까지</translation>
    </message>
    <message>
        <source>Client settings:</source>
        <translation>클라이언트 설정:</translation>
    </message>
    <message>
        <source>key=value for librdkafka, repeatable: security.protocol, sasl.*, ssl.*.</source>
        <translation>librdkafka에 넘길 key=value (여러 번): security.protocol, sasl.*, ssl.*.</translation>
    </message>
    <message>
        <source>Bad messages:</source>
        <translation>잘못된 메시지:</translation>
    </message>
    <message>
        <source>skip: keep them in _tl_rejects and go on; abort: stop.</source>
        <translation>skip: _tl_rejects에 두고 계속, abort: 중지.</translation>
    </message>
    <message>
        <source>kafka: --brokers HOST:PORT --topic T [--from earliest|latest] [--on-error skip|abort]</source>
        <translation>kafka: --brokers HOST:PORT --topic T [--from earliest|latest] [--on-error skip|abort]</translation>
    </message>
</context>
<context>
    <name>tl::KafkaSource::Session</name>
    <message>
        <source>--kafka-config %1: %2</source>
        <translation>--kafka-config %1: %2</translation>
    </message>
    <message>
        <source>--kafka-config takes key=value, not '%1'</source>
        <translation>--kafka-config에는 key=value를 주어야 합니다. '%1'은(는) 아닙니다</translation>
    </message>
    <message>
        <source>kafka: %1</source>
        <translation>kafka: %1</translation>
    </message>
    <message>
        <source>kafka: cannot subscribe to %1: %2</source>
        <translation>kafka: %1을(를) 구독할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON이 아님: %2바이트에서 %1</translation>
    </message>
    <message>
        <source>an array of something other than objects</source>
        <translation>객체가 아닌 것의 배열</translation>
    </message>
    <message>
        <source>%1 partition %2 offset %3: %4</source>
        <translation>%1 파티션 %2 오프셋 %3: %4</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>임시 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>kafka: %1 (retried)</source>
        <translation>kafka: %1 (재시도함)</translation>
    </message>
    <message>
        <source>partition %1: offsets %2–%3 were no longer in the topic (retention or compaction) when they were read</source>
        <translation>파티션 %1: 오프셋 %2–%3은(는) 읽기 전에 토픽에서 이미 사라졌습니다(보존 기간 또는 압축)</translation>
    </message>
</context>
<context>
    <name>tl::KobisDailySource</name>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1: not JSON (%2); the answer may be cut short</source>
        <translation>%1: JSON이 아닙니다 (%2). 응답이 중간에 끊겼을 수 있습니다</translation>
    </message>
    <message>
        <source>KOBIS refused %1: %2 (error %3)</source>
        <translation>KOBIS가 %1 요청을 거부했습니다: %2 (오류 %3)</translation>
    </message>
    <message>
        <source>; check TRENDLENS_KOBIS_KEY</source>
        <translation>. TRENDLENS_KOBIS_KEY를 확인하세요</translation>
    </message>
    <message>
        <source>kobis-daily: --from and --to must be dates, from ≤ to</source>
        <translation>kobis-daily: --from과 --to는 날짜여야 하며 from ≤ to여야 합니다</translation>
    </message>
    <message>
        <source>fetch cancelled; nothing was stored</source>
        <translation>가져오기를 취소했습니다. 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>KOBIS daily box office</source>
        <translation>KOBIS 일별 박스오피스</translation>
    </message>
    <message>
        <source>Fetches the KOBIS daily box office (and new movies' details) into the workspace. The key comes from TRENDLENS_KOBIS_KEY.</source>
        <translation>KOBIS 일별 박스오피스(와 새 영화의 상세 정보)를 작업 공간으로 가져옵니다. 키는 TRENDLENS_KOBIS_KEY에서 읽습니다.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>시작일:</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD or YYYYMMDD).</source>
        <translation>첫날 (YYYY-MM-DD 또는 YYYYMMDD).</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>종료일:</translation>
    </message>
    <message>
        <source>Last day (default: --from).</source>
        <translation>마지막 날 (기본값: --from).</translation>
    </message>
    <message>
        <source>Skip each new movie's details</source>
        <translation>새 영화의 상세 정보 건너뛰기</translation>
    </message>
    <message>
        <source>Skip the movie details (one call per new movie).</source>
        <translation>영화 상세 정보를 건너뜁니다 (새 영화마다 호출 1회).</translation>
    </message>
    <message>
        <source>kobis-daily: --from DATE [--to DATE], from ≤ to</source>
        <translation>kobis-daily: --from 날짜 [--to 날짜], from ≤ to</translation>
    </message>
    <message>
        <source>%1 rows over %2 days, %3 new movies (%4 requests, %5 from the cache)</source>
        <translation>%2일간 %1행, 새 영화 %3편 (요청 %4회, 캐시 %5회)</translation>
    </message>
    <message>
        <source>not published yet: %1</source>
        <translation>아직 발표되지 않음: %1</translation>
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
    <message>
        <source>&amp;Chart</source>
        <translation>차트(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Fetch from the web…</source>
        <translation>웹에서 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>KOBIS box office, MapleStory ranking</source>
        <translation>KOBIS 박스오피스, 메이플스토리 랭킹</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <source>the workspace stays open</source>
        <translation>작업 공간을 그대로 둡니다</translation>
    </message>
    <message>
        <source>%1: counting the rows that match…</source>
        <translation>%1: 맞는 행을 세는 중…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows × %4 columns</source>
        <translation>%1: %3행 중 %2행 × %4열</translation>
    </message>
    <message>
        <source>Add &amp;score column…</source>
        <translation>점수 열 추가(&amp;S)…</translation>
    </message>
    <message>
        <source>Score a text column: sentiment, dictionary words or your own model</source>
        <translation>텍스트 열 채점: 감성, 사전 단어 또는 직접 만든 모델</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A scheduled run failed: %1</source>
        <translation>예약 실행이 실패했습니다: %1</translation>
    </message>
    <message>
        <source>A scheduled run failed</source>
        <translation>예약 실행이 실패했습니다</translation>
    </message>
    <message>
        <source>&amp;Publish to a team database…</source>
        <translation>팀 데이터베이스에 게시(&amp;P)…</translation>
    </message>
    <message>
        <source>Team databases</source>
        <translation>팀 데이터베이스</translation>
    </message>
</context>
<context>
    <name>tl::MapleRankingSource</name>
    <message>
        <source>maple-ranking: --date must be a date</source>
        <translation>maple-ranking: --date는 날짜여야 합니다</translation>
    </message>
    <message>
        <source>Nexon refused %1: %2 (%3)</source>
        <translation>Nexon이 %1 요청을 거부했습니다: %2 (%3)</translation>
    </message>
    <message>
        <source>; check TRENDLENS_NEXON_KEY</source>
        <translation>. TRENDLENS_NEXON_KEY를 확인하세요</translation>
    </message>
    <message>
        <source>fetch cancelled; nothing was stored</source>
        <translation>가져오기를 취소했습니다. 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>MapleStory overall ranking (Nexon)</source>
        <translation>메이플스토리 종합 랭킹 (넥슨)</translation>
    </message>
    <message>
        <source>Fetches the MapleStory overall ranking of a day into maple_ranking. The key comes from TRENDLENS_NEXON_KEY.</source>
        <translation>하루치 메이플스토리 종합 랭킹을 maple_ranking으로 가져옵니다. 키는 TRENDLENS_NEXON_KEY에서 읽습니다.</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>The ranking's day (YYYY-MM-DD).</source>
        <translation>랭킹 날짜 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>쪽 수:</translation>
    </message>
    <message>
        <source>At most N pages (default: all).</source>
        <translation>최대 N페이지 (기본값: 전체).</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>World:</source>
        <translation>월드:</translation>
    </message>
    <message>
        <source>One world only (default: every world).</source>
        <translation>한 월드만 (기본값: 모든 월드).</translation>
    </message>
    <message>
        <source>maple-ranking: --date DATE [--pages N] [--world NAME]</source>
        <translation>maple-ranking: --date 날짜 [--pages N] [--world 이름]</translation>
    </message>
    <message>
        <source>%1 rows from %2 pages</source>
        <translation>%2페이지에서 %1행</translation>
    </message>
</context>
<context>
    <name>tl::OutputFile</name>
    <message>
        <source>%1: cannot write (%2); nothing was written</source>
        <translation>%1: 쓸 수 없습니다 (%2). 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>%1: refusing to write over %2, which this command reads</source>
        <translation>%1: 이 명령이 읽고 있는 %2 위에는 쓰지 않습니다</translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation>%1: 폴더입니다</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>열려 있지 않음</translation>
    </message>
</context>
<context>
    <name>tl::PartitionScheme</name>
    <message>
        <source>--partition-by takes COLUMN:hour|day|10-day|month|year, not '%1'</source>
        <translation>--partition-by에는 열:hour|day|10-day|month|year를 주어야 합니다. '%1'은(는) 아닙니다</translation>
    </message>
    <message>
        <source>--partition-by: '%1' is not hour, day, 10-day, month or year</source>
        <translation>--partition-by: '%1'은(는) hour, day, 10-day, month, year가 아닙니다</translation>
    </message>
</context>
<context>
    <name>tl::PartitionedExportJob</name>
    <message>
        <source>no dataset named '%1'</source>
        <translation>'%1' 데이터셋이 없습니다</translation>
    </message>
    <message>
        <source>'%1' has no column '%2'</source>
        <translation>'%1'에 '%2' 열이 없습니다</translation>
    </message>
    <message>
        <source>--partition-by needs a date or timestamp column; '%1' is %2</source>
        <translation>--partition-by에는 날짜나 시각 열이 필요합니다. '%1'은(는) %2입니다</translation>
    </message>
    <message>
        <source>unknown time zone '%1'</source>
        <translation>알 수 없는 시간대 '%1'</translation>
    </message>
    <message>
        <source>'%1' is a file; --out names a folder</source>
        <translation>'%1'은(는) 파일입니다. --out에는 폴더를 주어야 합니다</translation>
    </message>
    <message>
        <source>'%1' is not empty and not a Trendlens export; nothing was written (choose a new or empty folder)</source>
        <translation>'%1'은(는) 비어 있지 않고 Trendlens 내보내기도 아닙니다. 아무것도 쓰지 않았습니다 (새 폴더나 빈 폴더를 고르세요)</translation>
    </message>
    <message>
        <source>--since takes a time such as 2024-01-05 or 2024-01-05T13:00, or 'last'; not '%1'</source>
        <translation>--since에는 2024-01-05나 2024-01-05T13:00 같은 시각, 또는 'last'를 주어야 합니다. '%1'은(는) 아닙니다</translation>
    </message>
    <message>
        <source>'%1' holds another export (dataset, partitioning or format); export it whole without --since to replace it</source>
        <translation>'%1'에는 다른 내보내기(데이터셋, 파티션, 형식)가 있습니다. 바꾸려면 --since 없이 전체를 내보내세요</translation>
    </message>
    <message>
        <source>cannot make the folder '%1'</source>
        <translation>'%1' 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write beside '%1': %2</source>
        <translation>'%1' 옆에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>export cancelled; '%1' is as it was</source>
        <translation>내보내기를 취소했습니다. '%1'은(는) 그대로입니다</translation>
    </message>
    <message>
        <source>cannot write the manifest beside '%1'</source>
        <translation>'%1' 옆에 매니페스트를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>cannot replace the empty folder '%1'</source>
        <translation>빈 폴더 '%1'을(를) 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>cannot move the export into '%1'</source>
        <translation>내보낸 것을 '%1'(으)로 옮길 수 없습니다</translation>
    </message>
    <message>
        <source>cannot move the partition '%1' into '%2'</source>
        <translation>파티션 '%1'을(를) '%2'(으)로 옮길 수 없습니다</translation>
    </message>
    <message>
        <source>cannot replace '%1'</source>
        <translation>'%1'을(를) 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write '%1'</source>
        <translation>'%1'을(를) 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>tl::PostgresEngine</name>
    <message>
        <source>expected postgresql://USER@HOST:PORT/DATABASE, got '%1'</source>
        <translation>postgresql://사용자@호스트:포트/데이터베이스 형식이어야 합니다. 받은 값: '%1'</translation>
    </message>
    <message>
        <source>%1: a password does not go in the address; set PGPASSWORD or put it in ~/.pgpass</source>
        <translation>%1: 비밀번호는 주소에 넣지 않습니다. PGPASSWORD를 설정하거나 ~/.pgpass에 넣으세요</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>no table named '%1' in %2</source>
        <translation>%2에 '%1' 테이블이 없습니다</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소했습니다</translation>
    </message>
</context>
<context>
    <name>tl::PostgresPublisher</name>
    <message>
        <source>publish cancelled; nothing was published</source>
        <translation>게시를 취소했습니다. 아무것도 게시되지 않았습니다</translation>
    </message>
    <message>
        <source>%1: %2; nothing was published</source>
        <translation>%1: %2. 아무것도 게시되지 않았습니다</translation>
    </message>
    <message>
        <source>the key '%1' is not a column of the published rows</source>
        <translation>키 '%1'은(는) 게시할 행의 열이 아닙니다</translation>
    </message>
    <message>
        <source>an upsert needs the key columns (--key)</source>
        <translation>upsert에는 키 열(--key)이 필요합니다</translation>
    </message>
    <message>
        <source>%1 already exists; publish with --mode append, replace or upsert</source>
        <translation>%1이(가) 이미 있습니다. --mode append, replace 또는 upsert로 게시하세요</translation>
    </message>
    <message>
        <source>%1 has no column '%2' (it has %3)</source>
        <translation>%1에는 '%2' 열이 없습니다 (있는 열: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n published row(s) have no value in the key (%1); nothing was published</source>
        <translation>
            <numerusform>게시할 행 %n개의 키(%1)에 값이 없습니다. 아무것도 게시되지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the key (%1) = (%2) comes %3 times in the published rows; an upsert key names one row; nothing was published</source>
        <translation>키 (%1) = (%2)이(가) 게시할 행에 %3번 나옵니다. upsert 키는 한 행만 가리켜야 합니다. 아무것도 게시되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>tl::PublishController</name>
    <message>
        <source>Add a team database first (View ▸ Team databases)</source>
        <translation>먼저 팀 데이터베이스를 추가하세요 (보기 ▸ 팀 데이터베이스)</translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation>%1 게시</translation>
    </message>
    <message>
        <source>Create a new table</source>
        <translation>새 표 만들기</translation>
    </message>
    <message>
        <source>Append to the table</source>
        <translation>표에 덧붙이기</translation>
    </message>
    <message>
        <source>Replace the table's rows</source>
        <translation>표의 행 바꾸기</translation>
    </message>
    <message>
        <source>Upsert by key</source>
        <translation>키로 upsert</translation>
    </message>
    <message>
        <source>Only rows of runs not yet published</source>
        <translation>아직 게시하지 않은 실행의 행만</translation>
    </message>
    <message>
        <source>Team database:</source>
        <translation>팀 데이터베이스:</translation>
    </message>
    <message>
        <source>Table (schema.name):</source>
        <translation>표 (스키마.이름):</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>방식:</translation>
    </message>
    <message>
        <source>Key columns:</source>
        <translation>키 열:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>Publishing %1…</source>
        <translation>%1 게시 중…</translation>
    </message>
    <message>
        <source>Published %1 rows of %2 to %3</source>
        <translation>%2의 %1행을 %3에 게시했습니다</translation>
    </message>
</context>
<context>
    <name>tl::PublishJob</name>
    <message>
        <source>no dataset named '%1'</source>
        <translation>'%1' 데이터셋이 없습니다</translation>
    </message>
    <message>
        <source>publish cancelled; nothing was published</source>
        <translation>게시를 취소했습니다. 아무것도 게시되지 않았습니다</translation>
    </message>
    <message>
        <source>published to %1, but the workspace could not record it (%2); a --since-run publish will send these rows again</source>
        <translation>%1에 게시했지만 작업 공간에 기록하지 못했습니다 (%2). --since-run 게시가 이 행들을 다시 보냅니다</translation>
    </message>
</context>
<context>
    <name>tl::QtChartsCanvas</name>
    <message>
        <source>%1 forecast range</source>
        <translation>%1 예측 범위</translation>
    </message>
    <message>
        <source>%1 forecast</source>
        <translation>%1 예측</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(전체)</translation>
    </message>
    <message>
        <source>others (%1%)</source>
        <translation>기타 (%1%)</translation>
    </message>
    <message>
        <source>%1: min %2 · Q1 %3 · median %4 · Q3 %5 · max %6 (%7 rows)</source>
        <translation>%1: 최솟값 %2 · Q1 %3 · 중앙값 %4 · Q3 %5 · 최댓값 %6 (%7행)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more (Data lists all)</source>
        <translation>
            <numerusform>외 %n개 (데이터에서 모두 보기)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::QueryBuilder</name>
    <message>
        <source>filter 'in' needs a list of values</source>
        <translation>'in' 필터에는 값 목록이 필요합니다</translation>
    </message>
    <message>
        <source>filter 'between' needs two values, e.g. [1, 5]</source>
        <translation>'between' 필터에는 값 두 개가 필요합니다. 예: [1, 5]</translation>
    </message>
    <message>
        <source>unknown filter operator '%1'</source>
        <translation>알 수 없는 필터 연산자 '%1'</translation>
    </message>
    <message>
        <source>a %1 chart needs an x column</source>
        <translation>%1 차트에는 x 열이 필요합니다</translation>
    </message>
    <message>
        <source>%1 needs a y column</source>
        <translation>%1에는 y 열이 필요합니다</translation>
    </message>
    <message>
        <source>a histogram needs an x column to bin</source>
        <translation>히스토그램에는 구간을 나눌 x 열이 필요합니다</translation>
    </message>
    <message>
        <source>a histogram needs "bins" or "bin_width"</source>
        <translation>히스토그램에는 "bins" 또는 "bin_width"가 필요합니다</translation>
    </message>
    <message>
        <source>a terms chart needs a text column as x</source>
        <translation>단어 차트에는 x로 텍스트 열이 필요합니다</translation>
    </message>
</context>
<context>
    <name>tl::RecordProducer</name>
    <message>
        <source>%1: %2 columns, more than the %3 a dataset can have</source>
        <translation>%1: 열이 %2개로, 데이터셋이 가질 수 있는 %3개를 넘습니다</translation>
    </message>
    <message>
        <source>%1: column %2's name is %3 characters long, more than %4 (is the first line really a header? read it as data)</source>
        <translation>%1: %2번째 열의 이름이 %3자로 %4자를 넘습니다 (첫 줄이 정말 머리글인가요? 데이터로 읽어 보세요)</translation>
    </message>
</context>
<context>
    <name>tl::RestSource</name>
    <message>
        <source>rest: a header is "Name: value", not '%1'</source>
        <translation>rest: 헤더는 "이름: 값" 형식이어야 합니다 ('%1'이 아님)</translation>
    </message>
    <message>
        <source>cannot create a temporary file</source>
        <translation>임시 파일을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1: byte %2: not JSON (%3)</source>
        <translation>%1: %2번째 바이트: JSON이 아닙니다 (%3)</translation>
    </message>
    <message>
        <source>%1: no array at '%2'</source>
        <translation>%1: '%2'에 배열이 없습니다</translation>
    </message>
    <message>
        <source>%1: the API returned no records</source>
        <translation>%1: API가 레코드를 돌려주지 않았습니다</translation>
    </message>
    <message>
        <source>rest: set %1 (a header refers to it)</source>
        <translation>rest: %1을(를) 설정하세요 (헤더가 참조합니다)</translation>
    </message>
    <message>
        <source>%1: byte %2: %3</source>
        <translation>%1: %2번째 바이트: %3</translation>
    </message>
    <message>
        <source>%1: a recipe needs "url" and "dataset"</source>
        <translation>%1: 레시피에는 "url"과 "dataset"이 필요합니다</translation>
    </message>
    <message>
        <source>%1: column "%2": unknown type "%3" (integer, real, boolean, date, timestamp, text or json)</source>
        <translation>%1: 열 "%2": 알 수 없는 형식 "%3" (integer, real, boolean, date, timestamp, text, json 중 하나)</translation>
    </message>
    <message>
        <source>Any JSON API (REST)</source>
        <translation>모든 JSON API (REST)</translation>
    </message>
    <message>
        <source>Adds the records of any JSON API to a dataset, flattened like a JSON import.</source>
        <translation>JSON API의 레코드를 JSON 가져오기처럼 펼쳐서 데이터셋에 추가합니다.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>The JSON API address.</source>
        <translation>JSON API 주소.</translation>
    </message>
    <message>
        <source>Records at:</source>
        <translation>레코드 위치:</translation>
    </message>
    <message>
        <source>Where the records are: results, data.items (default: the top-level array).</source>
        <translation>레코드가 있는 곳: results, data.items (기본값: 최상위 배열).</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>데이터셋:</translation>
    </message>
    <message>
        <source>The dataset to add the records to.</source>
        <translation>레코드를 추가할 데이터셋.</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>헤더:</translation>
    </message>
    <message>
        <source>A request header, "Name: value"; ${VAR} takes a value from the environment (repeatable).</source>
        <translation>요청 헤더 "이름: 값". ${VAR}는 환경 변수 값을 씁니다 (반복 가능).</translation>
    </message>
    <message>
        <source>Page parameter:</source>
        <translation>페이지 매개변수:</translation>
    </message>
    <message>
        <source>The query parameter that pages.</source>
        <translation>페이지를 넘기는 쿼리 매개변수.</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>쪽 수:</translation>
    </message>
    <message>
        <source>Pages to fetch (stops at an empty one).</source>
        <translation>가져올 페이지 수 (빈 페이지에서 멈춤).</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>레시피:</translation>
    </message>
    <message>
        <source>All of the above from a JSON recipe.</source>
        <translation>위 항목 모두를 JSON 레시피에서 읽습니다.</translation>
    </message>
    <message>
        <source>rest: --url URL --dataset NAME [--records PATH], or --recipe FILE</source>
        <translation>rest: --url URL --dataset 이름 [--records 경로], 또는 --recipe 파일</translation>
    </message>
    <message>
        <source>%1 records from %2 pages into %3</source>
        <translation>%2페이지에서 레코드 %1개를 %3에 추가</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: 쓸 수 없습니다 (%2)</translation>
    </message>
</context>
<context>
    <name>tl::RowLoader</name>
    <message>
        <source>cancelled</source>
        <translation>취소했습니다</translation>
    </message>
</context>
<context>
    <name>tl::RunLog</name>
    <message>
        <source>the process ended before the run did (a crash or a kill); the rows it had committed are kept</source>
        <translation>실행이 끝나기 전에 프로세스가 종료되었습니다 (비정상 종료 또는 강제 종료). 커밋된 행은 남아 있습니다</translation>
    </message>
</context>
<context>
    <name>tl::RunLogModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소했습니다</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>소요</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
</context>
<context>
    <name>tl::Schedule</name>
    <message>
        <source>a schedule's name is 1 to 100 letters, digits, '_', '.' or '-': '%1'</source>
        <translation>예약 이름은 글자, 숫자, '_', '.', '-' 1~100자입니다: '%1'</translation>
    </message>
    <message>
        <source>a schedule needs a command after --</source>
        <translation>예약에는 -- 뒤에 명령이 필요합니다</translation>
    </message>
</context>
<context>
    <name>tl::ScheduleHistoryView</name>
    <message>
        <source>no runs yet</source>
        <translation>아직 실행 없음</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3</source>
        <translation>%1: %2행, %3</translation>
    </message>
</context>
<context>
    <name>tl::ScheduleListModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2에</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>실행한 적 없음</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>완료 %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>failed %1 (%2 in a row)</source>
        <translation>실패 %1 (연속 %2회)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>간격</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>다음 실행</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>마지막 실행</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
</context>
<context>
    <name>tl::ScheduleRunner</name>
    <message>
        <source>no schedule named '%1'</source>
        <translation>'%1' 예약이 없습니다</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>still running after %1 s; stopped</source>
        <translation>%1초가 지나도 끝나지 않아 멈췄습니다</translation>
    </message>
    <message>
        <source>the command crashed</source>
        <translation>명령이 비정상 종료했습니다</translation>
    </message>
    <message>
        <source>the command ended with exit code %1</source>
        <translation>명령이 종료 코드 %1로 끝났습니다</translation>
    </message>
</context>
<context>
    <name>tl::ScheduleStore</name>
    <message>
        <source>there is already a schedule named '%1'</source>
        <translation>'%1' 예약이 이미 있습니다</translation>
    </message>
    <message>
        <source>no schedule named '%1'</source>
        <translation>'%1' 예약이 없습니다</translation>
    </message>
</context>
<context>
    <name>tl::SchedulesPanel</name>
    <message>
        <source>running %1…</source>
        <translation>%1 실행 중…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Run a fetch (or import, export, score) every so often</source>
        <translation>가져오기(또는 파일 가져오기, 내보내기, 점수)를 주기적으로 실행합니다</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>지금 실행</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>예약 편집</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>새 예약</translation>
    </message>
    <message>
        <source>at</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>A trendlens command line without 'trendlens' and -w: fetch, import, export, score or chart</source>
        <translation>'trendlens'와 -w를 뺀 trendlens 명령줄: fetch, import, export, score, chart</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>간격:</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>시각:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Every takes a number and m, h or d: 30m, 1h, 1d.</source>
        <translation>간격은 숫자와 m, h, d로 씁니다: 30m, 1h, 1d.</translation>
    </message>
    <message>
        <source>The command starts with fetch, import, export, score or chart.</source>
        <translation>명령은 fetch, import, export, score, chart로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>예약 제거</translation>
    </message>
    <message>
        <source>Remove the schedule '%1'? Its runs stay in the run log.</source>
        <translation>'%1' 예약을 제거할까요? 실행 기록은 실행 로그에 남습니다.</translation>
    </message>
</context>
<context>
    <name>tl::ScoreColumns</name>
    <message>
        <source>the score columns cannot be read or written: %1</source>
        <translation>점수 열 기록을 읽거나 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>tl::ScoreController</name>
    <message>
        <source>Scoring %1 of %2…</source>
        <translation>%2의 %1 채점 중…</translation>
    </message>
    <message>
        <source>Scored %1 rows of %2 into %3</source>
        <translation>%2의 %1행을 %3에 채점했습니다</translation>
    </message>
    <message>
        <source>(labels in %1)</source>
        <translation>(레이블은 %1에)</translation>
    </message>
</context>
<context>
    <name>tl::ScoreDialog</name>
    <message>
        <source>Score every row again (replaces the scores)</source>
        <translation>모든 행을 다시 채점 (기존 점수를 바꿈)</translation>
    </message>
    <message>
        <source>Add score column to %1</source>
        <translation>%1에 점수 열 추가</translation>
    </message>
    <message>
        <source>Sentiment lexicon (−1 to 1)</source>
        <translation>감성 사전 (−1~1)</translation>
    </message>
    <message>
        <source>Dictionary word (1 or 0)</source>
        <translation>사전 단어 여부 (1 또는 0)</translation>
    </message>
    <message>
        <source>My own model (a command)</source>
        <translation>내 모델 (명령)</translation>
    </message>
    <message>
        <source>Automatic (by script)</source>
        <translation>자동 (문자로 판단)</translation>
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
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Text column:</source>
        <translation>텍스트 열:</translation>
    </message>
    <message>
        <source>Score column:</source>
        <translation>점수 열:</translation>
    </message>
    <message>
        <source>Scorer:</source>
        <translation>채점기:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Silence allowed:</source>
        <translation>허용하는 무응답 시간:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>채점</translation>
    </message>
    <message>
        <source>%1 has no text column to score.</source>
        <translation>%1에는 채점할 텍스트 열이 없습니다.</translation>
    </message>
    <message>
        <source>Scores each text's sentiment from the Korean and English polarity lexicons, with negation ("not good", "좋지 않다") and degree words.</source>
        <translation>한국어·영어 감성 사전으로 각 텍스트의 감성을 채점합니다. 부정("not good", "좋지 않다")과 정도 부사를 반영합니다.</translation>
    </message>
    <message>
        <source>1 when the text is one word of the hunspell dictionary ("사랑"), 0 for anything else ("뷸뫄").</source>
        <translation>텍스트가 hunspell 사전의 한 단어이면 1("사랑"), 그 밖에는 0("뷸뫄")입니다.</translation>
    </message>
    <message>
        <source>Runs your model as a program: it reads {"id", "text"} lines on its input and writes {"id", "score", "label"} lines. See tools/scorers.</source>
        <translation>내 모델을 프로그램으로 실행합니다: 입력에서 {"id", "text"} 줄을 읽고 {"id", "score", "label"} 줄을 씁니다. tools/scorers를 참고하세요.</translation>
    </message>
</context>
<context>
    <name>tl::ScoreJob</name>
    <message>
        <source>the command scorer needs --command "PROGRAM ARGS"</source>
        <translation>명령 채점기에는 --command "프로그램 인자"가 필요합니다</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0</source>
        <translation>--timeout은 0보다 큰 초 단위 숫자여야 합니다</translation>
    </message>
    <message>
        <source>unknown scorer '%1' (lexicon, dictionary or command)</source>
        <translation>알 수 없는 채점기 '%1' (lexicon, dictionary, command 중 하나)</translation>
    </message>
    <message>
        <source>dataset '%1' has no column '%2'</source>
        <translation>데이터셋 '%1'에 '%2' 열이 없습니다</translation>
    </message>
    <message>
        <source>column '%1' holds %2 values; a scorer reads text</source>
        <translation>'%1' 열은 %2 값입니다. 채점기는 텍스트를 읽습니다</translation>
    </message>
    <message>
        <source>'%1' cannot name a column</source>
        <translation>'%1'은(는) 열 이름이 될 수 없습니다</translation>
    </message>
    <message>
        <source>column '%1' of '%2' already holds other values; choose another name with --into</source>
        <translation>'%2'의 '%1' 열에는 이미 다른 값이 있습니다. --into로 다른 이름을 정하세요</translation>
    </message>
    <message>
        <source>there is no dataset '%1' (trendlens datasets lists them)</source>
        <translation>'%1' 데이터셋이 없습니다 (trendlens datasets로 목록을 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>'%1' holds scores of %2 on '%3'; run with --rescore to replace them with scores of %4 on '%5'</source>
        <translation>'%1'에는 '%3'에 대한 %2의 점수가 있습니다. '%5'에 대한 %4의 점수로 바꾸려면 --rescore로 실행하세요</translation>
    </message>
    <message>
        <source>the scorer gives labels, but column '%1' of '%2' already holds other values</source>
        <translation>채점기가 레이블을 주지만 '%2'의 '%1' 열에는 이미 다른 값이 있습니다</translation>
    </message>
    <message>
        <source>cancelled: %1 rows scored, the other %2 wait for the next run</source>
        <translation>취소했습니다: %1행을 채점했고, 나머지 %2행은 다음 실행에서 채점합니다</translation>
    </message>
    <message>
        <source>the command '%1'</source>
        <translation>명령 '%1'</translation>
    </message>
    <message>
        <source>the %1 scorer %2 (%3)</source>
        <translation>%1 채점기 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tl::Secrets</name>
    <message>
        <source>%1 needs an API key: set %2 (or store it in the keychain from the fetch dialog)</source>
        <translation>%1에는 API 키가 필요합니다: %2를 설정하세요 (또는 가져오기 대화 상자에서 키체인에 저장)</translation>
    </message>
    <message>
        <source>the keychain did not answer; the key is used for this session only</source>
        <translation>키체인이 응답하지 않습니다. 키는 이번 세션에만 사용됩니다</translation>
    </message>
    <message>
        <source>the keychain refused the key (%1); it is used for this session only</source>
        <translation>키체인이 키를 거부했습니다 (%1). 키는 이번 세션에만 사용됩니다</translation>
    </message>
</context>
<context>
    <name>tl::ServerConnections</name>
    <message>
        <source>a connection named '%1' exists already (%2); remove it first</source>
        <translation>'%1'(이)라는 연결이 이미 있습니다 (%2). 먼저 삭제하세요</translation>
    </message>
    <message>
        <source>no connection named '%1'</source>
        <translation>'%1'(이)라는 연결이 없습니다</translation>
    </message>
    <message>
        <source>'%1' is not a connection name: letters, digits, '_' and '-', starting with a letter</source>
        <translation>'%1'은(는) 연결 이름이 될 수 없습니다: 글자로 시작하고 글자, 숫자, '_', '-'만 쓸 수 있습니다</translation>
    </message>
</context>
<context>
    <name>tl::ServerSetup</name>
    <message>
        <source>%1; nothing was added: without a keychain, the password goes in PGPASSWORD or ~/.pgpass (PostgreSQL) or CLICKHOUSE_PASSWORD (ClickHouse)</source>
        <translation>%1; 아무것도 추가하지 않았습니다: 키체인이 없으면 비밀번호는 PGPASSWORD나 ~/.pgpass(PostgreSQL), CLICKHOUSE_PASSWORD(ClickHouse)에 둡니다</translation>
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
    <message>
        <source>%1: the file holds no records: its %2 lines are blank</source>
        <translation>%1: 파일에 레코드가 없습니다: %2줄이 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>tl::SourceForm</name>
    <message>
        <source>one per line</source>
        <translation>한 줄에 하나씩</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>JSON (*.json);;All (*)</source>
        <translation>JSON (*.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>tl::SourceRun</name>
    <message>
        <source>the run has not begun</source>
        <translation>실행이 시작되지 않았습니다</translation>
    </message>
    <message>
        <source>dataset '%1' vanished during the run</source>
        <translation>실행 중에 데이터셋 '%1'이(가) 사라졌습니다</translation>
    </message>
</context>
<context>
    <name>tl::SpecFields</name>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>chart spec: "%1" is longer than %2 characters</source>
        <translation>차트 정의: "%1"이(가) %2자보다 깁니다</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be a whole number from %2 to %3 (not %4)</source>
        <translation>차트 정의: "%1"은(는) %2부터 %3까지의 정수여야 합니다 (%4 아님)</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be a number from %2 to %3 (not %4)</source>
        <translation>차트 정의: "%1"은(는) %2부터 %3까지의 수여야 합니다 (%4 아님)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be %2 (not %3)</source>
        <translation>차트 정의: "%1"은(는) %2여야 합니다 (%3 아님)</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be an object (not %2)</source>
        <translation>차트 정의: "%1"은(는) 객체여야 합니다 (%2 아님)</translation>
    </message>
    <message>
        <source>chart spec: "%1" needs a column or an expr</source>
        <translation>차트 정의: "%1"에 column 또는 expr이 필요합니다</translation>
    </message>
    <message>
        <source>chart spec: "%1.op": unknown filter operator '%2' (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, contains, isnull, notnull, between)</source>
        <translation>차트 정의: "%1.op": 알 수 없는 필터 연산자 '%2' (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, contains, isnull, notnull, between)</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be a list of two values, e.g. [1, 5]</source>
        <translation>차트 정의: "%1"은(는) 값 두 개의 목록이어야 합니다 (예: [1, 5])</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be a list of values</source>
        <translation>차트 정의: "%1"은(는) 값의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>chart spec: "%1" holds %2 values, more than %3</source>
        <translation>차트 정의: "%1"에 값이 %2개 있어 한도 %3개를 넘습니다</translation>
    </message>
    <message>
        <source>chart spec: "%1" must hold numbers or text (not %2)</source>
        <translation>차트 정의: "%1"에는 숫자나 텍스트만 올 수 있습니다 (%2 아님)</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be a number or text (not %2)</source>
        <translation>차트 정의: "%1"은(는) 숫자나 텍스트여야 합니다 (%2 아님)</translation>
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
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>tl::SqliteEngine</name>
    <message>
        <source>%1 is a workspace: datasets are published from it to a server</source>
        <translation>%1은(는) 작업 공간입니다: 데이터셋은 작업 공간에서 서버로 게시합니다</translation>
    </message>
</context>
<context>
    <name>tl::TaskRunner</name>
    <message>
        <source>cancelled</source>
        <translation>취소했습니다</translation>
    </message>
</context>
<context>
    <name>tl::TimeZoneMenu</name>
    <message>
        <source>Time &amp;zone</source>
        <translation>시간대(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>UTC(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Korea (KST, Asia/Seoul)</source>
        <translation>한국(KST, Asia/Seoul)(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation>다른 시간대…(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Automatic (%1, %2)</source>
        <translation>자동(%1, %2)(&amp;A)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>Show timestamps in (the workspace keeps them in UTC):</source>
        <translation>타임스탬프를 표시할 시간대 (워크스페이스에는 UTC로 저장됩니다):</translation>
    </message>
</context>
<context>
    <name>tl::UserQuery</name>
    <message>
        <source>the SQLite driver gave no handle</source>
        <translation>SQLite 드라이버가 핸들을 주지 않았습니다</translation>
    </message>
    <message>
        <source>not allowed in read-only SQL (ATTACH, DETACH, fts3_tokenizer and load_extension are refused)</source>
        <translation>읽기 전용 SQL에서는 허용되지 않습니다 (ATTACH, DETACH, fts3_tokenizer, load_extension은 거부됩니다)</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>쿼리가 비어 있습니다</translation>
    </message>
    <message>
        <source>give one statement at a time (text follows the first ';')</source>
        <translation>문장은 한 번에 하나만 주세요 (첫 ';' 뒤에 텍스트가 있습니다)</translation>
    </message>
    <message>
        <source>the workspace is read-only here: only statements that read (SELECT, WITH, EXPLAIN, read-only PRAGMAs) run</source>
        <translation>여기서 작업 공간은 읽기 전용입니다: 읽기만 하는 문장(SELECT, WITH, EXPLAIN, 읽기 전용 PRAGMA)만 실행됩니다</translation>
    </message>
    <message>
        <source>the query ran longer than its %1 s limit and was stopped</source>
        <translation>쿼리가 제한 시간 %1초를 넘겨 중단되었습니다</translation>
    </message>
    <message>
        <source>query cancelled</source>
        <translation>쿼리가 취소되었습니다</translation>
    </message>
</context>
<context>
    <name>tl::VectorProgram</name>
    <message>
        <source>column '%1' %2</source>
        <translation>열 '%1': %2</translation>
    </message>
    <message>
        <source>is not loaded</source>
        <translation>읽히지 않음</translation>
    </message>
    <message>
        <source>'-' on text</source>
        <translation>텍스트에 '-' 사용</translation>
    </message>
    <message>
        <source>arithmetic on text or dates</source>
        <translation>텍스트나 날짜의 산술 연산</translation>
    </message>
    <message>
        <source>%1() of a value that is not a date</source>
        <translation>날짜가 아닌 값의 %1()</translation>
    </message>
    <message>
        <source>%1() is answered by SQL</source>
        <translation>%1()은 SQL이 답함</translation>
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
        <source>%1: made by a newer Trendlens (schema %2; this one reads up to %3)</source>
        <translation>%1: 더 새로운 Trendlens로 만든 파일입니다 (스키마 %2, 이 버전은 %3까지 읽음)</translation>
    </message>
    <message>
        <source>%1: no such workspace (an import or a fetch creates one)</source>
        <translation>%1: 작업 공간이 없습니다 (가져오기나 수집이 만듭니다)</translation>
    </message>
    <message>
        <source>%1: the workspace is read-only (%2); nothing was written</source>
        <translation>%1: 작업 공간이 읽기 전용입니다 (%2). 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>%1: the workspace is read-only and made by an older Trendlens (schema %2); open it once where it can be written</source>
        <translation>%1: 작업 공간이 읽기 전용이고 이전 Trendlens로 만들어졌습니다 (스키마 %2). 쓸 수 있는 곳에서 한 번 열어 주세요</translation>
    </message>
    <message>
        <source>%1: cannot read the workspace (%2)</source>
        <translation>%1: 작업 공간을 읽을 수 없습니다 (%2)</translation>
    </message>
    <message>
        <source>%1: an empty file, not a Trendlens workspace</source>
        <translation>%1: 빈 파일이며 Trendlens 작업 공간이 아닙니다</translation>
    </message>
    <message>
        <source>%1: not a Trendlens workspace (not an SQLite file); nothing was changed</source>
        <translation>%1: Trendlens 작업 공간이 아닙니다 (SQLite 파일이 아님). 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>%1: the workspace is locked by another program (%2); try again when it is done</source>
        <translation>%1: 다른 프로그램이 작업 공간을 잠갔습니다 (%2). 그 작업이 끝나면 다시 시도하세요</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2); nothing was written</source>
        <translation>%1: 디스크가 가득 찼습니다 (%2). 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>%1: the workspace file is damaged (%2)</source>
        <translation>%1: 작업 공간 파일이 손상되었습니다 (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the workspace (%2)</source>
        <translation>%1: 작업 공간을 열 수 없습니다 (%2)</translation>
    </message>
    <message>
        <source>%1: a read or write failed (%2)</source>
        <translation>%1: 읽기나 쓰기에 실패했습니다 (%2)</translation>
    </message>
    <message>
        <source>%1: an empty database, not a Trendlens workspace</source>
        <translation>%1: 빈 데이터베이스이며 Trendlens 작업 공간이 아닙니다</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Trendlens workspace (it has no Trendlens catalog); nothing was changed</source>
        <translation>%1: SQLite 데이터베이스이지만 Trendlens 작업 공간이 아닙니다 (Trendlens 카탈로그가 없음). 아무것도 바꾸지 않았습니다</translation>
    </message>
</context>
<context>
    <name>tl::WorkspaceController</name>
    <message>
        <source>no workspace is open</source>
        <translation>열린 작업공간이 없습니다</translation>
    </message>
</context>
<context>
    <name>tl::XStreamSource</name>
    <message>
        <source>X (Twitter) live stream</source>
        <translation>X(트위터) 실시간 스트림</translation>
    </message>
    <message>
        <source>Stores tweets from the X v2 stream into x_tweets as they arrive. The token comes from TRENDLENS_X_BEARER.</source>
        <translation>X v2 스트림의 트윗을 도착하는 대로 x_tweets에 저장합니다. 토큰은 TRENDLENS_X_BEARER에서 읽습니다.</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>규칙:</translation>
    </message>
    <message>
        <source>A filtered-stream rule (repeatable; the account's rules are made these). Without it, the sampled stream.</source>
        <translation>필터 스트림 규칙 (반복 가능, 계정의 규칙이 이것들로 맞춰집니다). 없으면 샘플 스트림.</translation>
    </message>
    <message>
        <source>Stop after (tweets):</source>
        <translation>멈출 트윗 수:</translation>
    </message>
    <message>
        <source>Stop after N tweets (default: no limit).</source>
        <translation>트윗 N개 후 멈춤 (기본값: 제한 없음).</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Stop after (seconds):</source>
        <translation>멈출 시간(초):</translation>
    </message>
    <message>
        <source>Stop after N seconds (default: until stopped).</source>
        <translation>N초 후 멈춤 (기본값: 멈출 때까지).</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>멈출 때까지</translation>
    </message>
    <message>
        <source>x-stream: [--filter RULE]... [--max-tweets N] [--duration S]</source>
        <translation>x-stream: [--filter 규칙]... [--max-tweets N] [--duration 초]</translation>
    </message>
    <message>
        <source>the tweet limit</source>
        <translation>트윗 수 제한</translation>
    </message>
    <message>
        <source>the time limit</source>
        <translation>시간 제한</translation>
    </message>
    <message>
        <source>a stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>%1 tweets (%2 sent twice, not stored again) over %3 connections; %4 keep-alives; ended by %5</source>
        <translation>트윗 %1개 (두 번 받은 %2개는 다시 저장하지 않음), 연결 %3회, keep-alive %4회, 종료 사유: %5</translation>
    </message>
    <message>
        <source>rules synced (%1 added, %2 deleted)</source>
        <translation>규칙 동기화 (%1개 추가, %2개 삭제)</translation>
    </message>
    <message>
        <source>X rules: HTTP %1: %2</source>
        <translation>X 규칙: HTTP %1: %2</translation>
    </message>
    <message>
        <source>X rejected the rule "%1": %2</source>
        <translation>X가 규칙 "%1"을(를) 거부했습니다: %2</translation>
    </message>
    <message>
        <source>x-stream: --max-tweets and --duration must not be negative</source>
        <translation>x-stream: --max-tweets와 --duration은 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>%1 (the %2 tweets before it are stored)</source>
        <translation>%1 (그 전의 트윗 %2개는 저장됨)</translation>
    </message>
    <message>
        <source>X refused the bearer token (HTTP %1: %2); check TRENDLENS_X_BEARER</source>
        <translation>X가 베어러 토큰을 거부했습니다 (HTTP %1: %2). TRENDLENS_X_BEARER를 확인하세요</translation>
    </message>
    <message>
        <source>a stream line longer than 8 MB was dropped</source>
        <translation>8MB보다 긴 스트림 줄을 버렸습니다</translation>
    </message>
    <message>
        <source>a stream line that is not JSON was skipped: %1</source>
        <translation>JSON이 아닌 스트림 줄을 건너뛰었습니다: %1</translation>
    </message>
    <message>
        <source>HTTP 429: %1</source>
        <translation>HTTP 429: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>no data or keep-alive for %1 s; reconnecting</source>
        <translation>%1초 동안 데이터도 keep-alive도 없어 다시 연결합니다</translation>
    </message>
</context>
<context>
    <name>tl::cli</name>
    <message>
        <source>standard output: %1</source>
        <translation>표준 출력: %1</translation>
    </message>
</context>
<context>
    <name>tl::clickhouse::Client</name>
    <message>
        <source>expected clickhouse://USER@HOST:HTTP_PORT/DATABASE, got '%1'</source>
        <translation>clickhouse://사용자@호스트:HTTP_포트/데이터베이스 형식이어야 하는데 '%1'입니다</translation>
    </message>
    <message>
        <source>%1: a password does not go in the address; set CLICKHOUSE_PASSWORD or keep it in the keychain</source>
        <translation>%1: 비밀번호는 주소에 넣지 않습니다. CLICKHOUSE_PASSWORD를 설정하거나 키체인에 보관하세요</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소했습니다</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>%1초 동안 응답이 없습니다</translation>
    </message>
    <message>
        <source>not an HTTP answer</source>
        <translation>HTTP 응답이 아닙니다</translation>
    </message>
</context>
<context>
    <name>tl::text::CommandScorer</name>
    <message>
        <source>the scorer command is empty (--command)</source>
        <translation>채점기 명령이 비어 있습니다 (--command)</translation>
    </message>
    <message>
        <source>cannot run the scorer '%1': %2</source>
        <translation>채점기 '%1'을(를) 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the scorer stopped reading its input</source>
        <translation>채점기가 입력 읽기를 멈췄습니다</translation>
    </message>
    <message>
        <source>the scorer was silent for longer than %1 s (--timeout); texts waiting for a score: %2</source>
        <translation>채점기가 %1초(--timeout) 넘게 응답이 없습니다. 점수를 기다리는 텍스트: %2개</translation>
    </message>
    <message>
        <source>the scorer's output line %1 is not {"id": …, "score": …}: %2</source>
        <translation>채점기 출력 %1번째 줄이 {"id": …, "score": …} 형식이 아닙니다: %2</translation>
    </message>
    <message>
        <source>the scorer's output line %1 answers id %2, which it was not sent</source>
        <translation>채점기 출력 %1번째 줄이 보내지 않은 id %2에 답했습니다</translation>
    </message>
    <message>
        <source>the scorer's output line %1 answers id %2 a second time</source>
        <translation>채점기 출력 %1번째 줄이 id %2에 두 번째로 답했습니다</translation>
    </message>
    <message>
        <source>the scorer crashed</source>
        <translation>채점기가 비정상 종료했습니다</translation>
    </message>
    <message>
        <source>the scorer exited with code %1</source>
        <translation>채점기가 종료 코드 %1로 끝났습니다</translation>
    </message>
    <message>
        <source>%1 and %2 more (%3 in all)</source>
        <translation>%1 외 %2개 (모두 %3개)</translation>
    </message>
    <message>
        <source>the scorer ended leaving ids unscored: %1</source>
        <translation>채점기가 채점하지 않은 id를 남기고 끝났습니다: %1</translation>
    </message>
    <message>
        <source>the scorer ended before it read all the texts</source>
        <translation>채점기가 텍스트를 다 읽기 전에 끝났습니다</translation>
    </message>
    <message>
        <source>it wrote nothing on stderr</source>
        <translation>stderr에는 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>its last line on stderr: %1</source>
        <translation>stderr의 마지막 줄: %1</translation>
    </message>
    <message>
        <source>%1 (%2); %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
</context>
<context>
    <name>tl::text::DictionaryScorer</name>
    <message>
        <source>the dictionary scorer knows the languages ko, en and auto, not '%1'</source>
        <translation>사전 채점기의 언어는 ko, en, auto 중 하나입니다 ('%1' 아님)</translation>
    </message>
    <message>
        <source>no hunspell dictionary for '%1' in %2: install the package %3, or name its folder in DICPATH</source>
        <translation>%2에 '%1'용 hunspell 사전이 없습니다: %3 패키지를 설치하거나 DICPATH에 사전 폴더를 지정하세요</translation>
    </message>
</context>
<context>
    <name>tl::text::LexiconScorer</name>
    <message>
        <source>the lexicon scorer knows the languages ko, en and auto, not '%1'</source>
        <translation>감성 사전 채점기의 언어는 ko, en, auto 중 하나입니다 ('%1' 아님)</translation>
    </message>
    <message>
        <source>the %1 lexicon cannot be read</source>
        <translation>%1 감성 사전을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: '%2' has no valence</source>
        <translation>%1: '%2'에 감성 값이 없습니다</translation>
    </message>
    <message>
        <source>%1: unknown rule '%2'</source>
        <translation>%1: 알 수 없는 규칙 '%2'</translation>
    </message>
</context>
</TS>
