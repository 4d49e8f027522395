<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>TextInput</name>
    <message>
        <source>unknown encoding '%1'</source>
        <translation>unknown encoding '%1'</translation>
    </message>
    <message>
        <source>bytes that are not valid %1</source>
        <translation>bytes that are not valid %1</translation>
    </message>
</context>
<context>
    <name>tl</name>
    <message>
        <source>the column engine cannot answer this chart: terms are counted from the text</source>
        <translation>the column engine cannot answer this chart: terms are counted from the text</translation>
    </message>
    <message>
        <source>terms are counted from the rows' text</source>
        <translation>terms are counted from the rows' text</translation>
    </message>
</context>
<context>
    <name>tl::Catalog</name>
    <message>
        <source>a dataset name cannot be empty</source>
        <translation>a dataset name cannot be empty</translation>
    </message>
    <message>
        <source>dataset name '%1' starts or ends with spaces</source>
        <translation>dataset name '%1' starts or ends with spaces</translation>
    </message>
    <message>
        <source>dataset name '%1' is reserved</source>
        <translation>dataset name '%1' is reserved</translation>
    </message>
    <message>
        <source>dataset name '%1' is longer than 128 characters</source>
        <translation>dataset name '%1' is longer than 128 characters</translation>
    </message>
    <message>
        <source>no dataset named '%1'</source>
        <translation>no dataset named '%1'</translation>
    </message>
    <message>
        <source>a dataset named '%1' already exists (dataset names ignore case)</source>
        <translation>a dataset named '%1' already exists (dataset names ignore case)</translation>
    </message>
    <message>
        <source>%1: no column named '%2'</source>
        <translation>%1: no column named '%2'</translation>
    </message>
    <message>
        <source>the catalog cannot be read or written: %1</source>
        <translation>the catalog cannot be read or written: %1</translation>
    </message>
</context>
<context>
    <name>tl::CatalogModel</name>
    <message>
        <source>%1: %2 rows, %3 columns, from %4</source>
        <translation>%1: %2 rows, %3 columns, from %4</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>tl::ChartEditor</name>
    <message>
        <source>Share instead of count</source>
        <translation>Share instead of count</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Stacked bar</source>
        <translation>Stacked bar</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Scatter</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogram</translation>
    </message>
    <message>
        <source>Box plot</source>
        <translation>Box plot</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>(as is)</source>
        <translation>(as is)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>count distinct</source>
        <translation>count distinct</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>sum</translation>
    </message>
    <message>
        <source>average</source>
        <translation>average</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>none (raw points)</source>
        <translation>none (raw points)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Holt (trend smoothing)</source>
        <translation>Holt (trend smoothing)</translation>
    </message>
    <message>
        <source>linear fit</source>
        <translation>linear fit</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>e.g. rating &gt;= 8 and length(name) = 2</source>
        <translation>e.g. rating &gt;= 8 and length(name) = 2</translation>
    </message>
    <message>
        <source>(from the data)</source>
        <translation>(from the data)</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <source>Aggregate:</source>
        <translation>Aggregate:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <source>Top N series:</source>
        <translation>Top N series:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Bins:</translation>
    </message>
    <message>
        <source>Forecast:</source>
        <translation>Forecast:</translation>
    </message>
    <message>
        <source>Buckets ahead:</source>
        <translation>Buckets ahead:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Top terms</source>
        <translation>Top terms</translation>
    </message>
    <message>
        <source>Leave out stopwords</source>
        <translation>Leave out stopwords</translation>
    </message>
    <message>
        <source>Common words such as "the" and "그리고"; the lists are resources/text/stopwords_*.txt, or your own copy in the data folder</source>
        <translation>Common words such as "the" and "그리고"; the lists are resources/text/stopwords_*.txt, or your own copy in the data folder</translation>
    </message>
    <message>
        <source>Strip Korean particles</source>
        <translation>Strip Korean particles</translation>
    </message>
    <message>
        <source>Count 영화는 and 영화가 as 영화</source>
        <translation>Count 영화는 and 영화가 as 영화</translation>
    </message>
    <message>
        <source>Terms shown:</source>
        <translation>Terms shown:</translation>
    </message>
    <message>
        <source>Shortest term:</source>
        <translation>Shortest term:</translation>
    </message>
    <message>
        <source> character</source>
        <translation> character</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
</context>
<context>
    <name>tl::ChartExporter</name>
    <message>
        <source>%1: write .png, .svg or .pdf</source>
        <translation>%1: write .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>%1: the size must be positive</source>
        <translation>%1: the size must be positive</translation>
    </message>
    <message>
        <source>%1: the picture could not be encoded</source>
        <translation>%1: the picture could not be encoded</translation>
    </message>
</context>
<context>
    <name>tl::ChartPanel</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Show the chart's data as a table</source>
        <translation>Show the chart's data as a table</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Wheel zooms, drag zooms to a box, Ctrl+drag pans, double-click resets</source>
        <translation>Wheel zooms, drag zooms to a box, Ctrl+drag pans, double-click resets</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG image…</translation>
    </message>
    <message>
        <source>SVG (vector)…</source>
        <translation>SVG (vector)…</translation>
    </message>
    <message>
        <source>PDF (vector)…</source>
        <translation>PDF (vector)…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Data as CSV…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>PNG size</source>
        <translation>PNG size</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>column store</source>
        <translation>column store</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Answered from the column store</source>
        <translation>Answered from the column store</translation>
    </message>
    <message>
        <source>Answered by SQL</source>
        <translation>Answered by SQL</translation>
    </message>
    <message>
        <source>Answered by SQL: %1</source>
        <translation>Answered by SQL: %1</translation>
    </message>
    <message>
        <source>Building columns… %1 %</source>
        <translation>Building columns… %1 %</translation>
    </message>
    <message>
        <source>a table exports as CSV</source>
        <translation>a table exports as CSV</translation>
    </message>
</context>
<context>
    <name>tl::ChartRunner</name>
    <message>
        <source>no dataset named '%1'</source>
        <translation>no dataset named '%1'</translation>
    </message>
    <message>
        <source>SQL was asked for</source>
        <translation>SQL was asked for</translation>
    </message>
    <message>
        <source>the column store is local</source>
        <translation>the column store is local</translation>
    </message>
    <message>
        <source>the column engine cannot answer this chart: %1</source>
        <translation>the column engine cannot answer this chart: %1</translation>
    </message>
    <message>
        <source>chart query failed: %1</source>
        <translation>chart query failed: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>tl::ChartSpec</name>
    <message>
        <source>chart spec version %1 is newer than this Trendlens reads (%2)</source>
        <translation>chart spec version %1 is newer than this Trendlens reads (%2)</translation>
    </message>
    <message>
        <source>chart spec: "dataset" is missing</source>
        <translation>chart spec: "dataset" is missing</translation>
    </message>
    <message>
        <source>chart spec: unknown type '%1'</source>
        <translation>chart spec: unknown type '%1'</translation>
    </message>
    <message>
        <source>chart spec: unknown aggregate '%1' (count, count_distinct, sum, avg, min, max, median)</source>
        <translation>chart spec: unknown aggregate '%1' (count, count_distinct, sum, avg, min, max, median)</translation>
    </message>
    <message>
        <source>chart spec: "series" needs a column or an expr</source>
        <translation>chart spec: "series" needs a column or an expr</translation>
    </message>
    <message>
        <source>chart spec: unknown forecast method '%1' (holt, linear)</source>
        <translation>chart spec: unknown forecast method '%1' (holt, linear)</translation>
    </message>
    <message>
        <source>chart spec: unknown bucket '%1' (minute, hour, day, 10-day, week, month, quarter, year)</source>
        <translation>chart spec: unknown bucket '%1' (minute, hour, day, 10-day, week, month, quarter, year)</translation>
    </message>
    <message>
        <source>chart spec: "filters" holds %1 filters, more than %2</source>
        <translation>chart spec: "filters" holds %1 filters, more than %2</translation>
    </message>
</context>
<context>
    <name>tl::ChartTitles</name>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>10 days</source>
        <translation>10 days</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>count distinct</source>
        <translation>count distinct</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>sum</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>avg</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>share</source>
        <translation>share</translation>
    </message>
    <message>
        <source>term</source>
        <translation>term</translation>
    </message>
</context>
<context>
    <name>tl::ClickHouseEngine</name>
    <message>
        <source>no table named '%1' in %2</source>
        <translation>no table named '%1' in %2</translation>
    </message>
</context>
<context>
    <name>tl::ClickHousePublisher</name>
    <message>
        <source>ClickHouse has no transactions or unique keys to %1 by: publish to %2 with --mode create or append</source>
        <translation>ClickHouse has no transactions or unique keys to %1 by: publish to %2 with --mode create or append</translation>
    </message>
    <message>
        <source>%1 already exists on %2 (--mode append adds to it)</source>
        <translation>%1 already exists on %2 (--mode append adds to it)</translation>
    </message>
    <message>
        <source>the key %1 is not a column of %2</source>
        <translation>the key %1 is not a column of %2</translation>
    </message>
    <message>
        <source>no table %1 on %2 (--mode create makes one)</source>
        <translation>no table %1 on %2 (--mode create makes one)</translation>
    </message>
    <message>
        <source>%1 has no column %2: nothing was published</source>
        <translation>%1 has no column %2: nothing was published</translation>
    </message>
    <message numerus="yes">
        <source>%1: column %2 cannot be empty (it is not Nullable), and %n row(s) have no value there: %1 was not published</source>
        <translation>
            <numerusform>%1: column %2 cannot be empty (it is not Nullable), and %n row(s) have no value there: %1 was not published</numerusform>
            <numerusform>%1: column %2 cannot be empty (it is not Nullable), and %n row(s) have no value there: %1 was not published</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>tl::ColumnEngine</name>
    <message>
        <source>unknown column '%1'</source>
        <translation>unknown column '%1'</translation>
    </message>
    <message>
        <source>JSON column '%1' is read by SQL</source>
        <translation>JSON column '%1' is read by SQL</translation>
    </message>
    <message>
        <source>the chart has no x</source>
        <translation>the chart has no x</translation>
    </message>
    <message>
        <source>time buckets of a column that is not a date are answered by SQL</source>
        <translation>time buckets of a column that is not a date are answered by SQL</translation>
    </message>
    <message>
        <source>a histogram of a column that is not numeric is answered by SQL</source>
        <translation>a histogram of a column that is not numeric is answered by SQL</translation>
    </message>
    <message>
        <source>%1 of a column that is not numeric is answered by SQL</source>
        <translation>%1 of a column that is not numeric is answered by SQL</translation>
    </message>
    <message>
        <source>the chart has no y</source>
        <translation>the chart has no y</translation>
    </message>
    <message>
        <source>the histogram has no bins</source>
        <translation>the histogram has no bins</translation>
    </message>
    <message>
        <source>a histogram ranking series by a sum is answered by SQL</source>
        <translation>a histogram ranking series by a sum is answered by SQL</translation>
    </message>
    <message>
        <source>column '%1' %2</source>
        <translation>column '%1' %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the expression as %1 does not compile</source>
        <translation>the expression as %1 does not compile</translation>
    </message>
    <message>
        <source>an expression of no column is answered by SQL</source>
        <translation>an expression of no column is answered by SQL</translation>
    </message>
    <message>
        <source>time buckets of an expression that is not a date are answered by SQL</source>
        <translation>time buckets of an expression that is not a date are answered by SQL</translation>
    </message>
    <message>
        <source>a histogram of an expression that is not numeric is answered by SQL</source>
        <translation>a histogram of an expression that is not numeric is answered by SQL</translation>
    </message>
    <message>
        <source>%1 of an expression that is not numeric is answered by SQL</source>
        <translation>%1 of an expression that is not numeric is answered by SQL</translation>
    </message>
    <message>
        <source>the expression '%1' does not compile</source>
        <translation>the expression '%1' does not compile</translation>
    </message>
    <message>
        <source>an expression whose values are of more than one type is answered by SQL</source>
        <translation>an expression whose values are of more than one type is answered by SQL</translation>
    </message>
</context>
<context>
    <name>tl::ColumnLabels</name>
    <message>
        <source>integer</source>
        <translation>integer</translation>
    </message>
    <message>
        <source>real number</source>
        <translation>real number</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date and time</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identifier</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
</context>
<context>
    <name>tl::ColumnOrder</name>
    <message>
        <source>the column is not kept</source>
        <translation>the column is not kept</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>tl::ColumnStore</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the columns of '%1' are not built</source>
        <translation>the columns of '%1' are not built</translation>
    </message>
    <message>
        <source>a column chunk of '%1' is damaged</source>
        <translation>a column chunk of '%1' is damaged</translation>
    </message>
    <message>
        <source>the columns of '%1' are incomplete</source>
        <translation>the columns of '%1' are incomplete</translation>
    </message>
    <message>
        <source>not built</source>
        <translation>not built</translation>
    </message>
    <message>
        <source>JSON is read by SQL</source>
        <translation>JSON is read by SQL</translation>
    </message>
    <message>
        <source>damaged column chunk</source>
        <translation>damaged column chunk</translation>
    </message>
    <message>
        <source>holds values that are not integers</source>
        <translation>holds values that are not integers</translation>
    </message>
    <message>
        <source>holds values that are not numbers</source>
        <translation>holds values that are not numbers</translation>
    </message>
    <message>
        <source>holds values that are not dates</source>
        <translation>holds values that are not dates</translation>
    </message>
    <message>
        <source>holds a value that is not a date or time: '%1'</source>
        <translation>holds a value that is not a date or time: '%1'</translation>
    </message>
    <message>
        <source>holds values that are not text</source>
        <translation>holds values that are not text</translation>
    </message>
    <message>
        <source>has texts longer than %1 bytes</source>
        <translation>has texts longer than %1 bytes</translation>
    </message>
    <message>
        <source>has too many distinct values</source>
        <translation>has too many distinct values</translation>
    </message>
    <message>
        <source>has a different value in nearly every row (an identifier)</source>
        <translation>has a different value in nearly every row (an identifier)</translation>
    </message>
    <message>
        <source>not a workspace connection</source>
        <translation>not a workspace connection</translation>
    </message>
    <message>
        <source>the columns are built once the import or fetch writing to the workspace has finished</source>
        <translation>the columns are built once the import or fetch writing to the workspace has finished</translation>
    </message>
    <message>
        <source>the columns could not be built: %1</source>
        <translation>the columns could not be built: %1</translation>
    </message>
    <message>
        <source>the rows changed while the chart was read</source>
        <translation>the rows changed while the chart was read</translation>
    </message>
    <message>
        <source>the columns are damaged</source>
        <translation>the columns are damaged</translation>
    </message>
</context>
<context>
    <name>tl::ConnectionsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Double-click a table to chart it on its server</source>
        <translation>Double-click a table to chart it on its server</translation>
    </message>
    <message>
        <source>Server / table</source>
        <translation>Server / table</translation>
    </message>
    <message>
        <source>Rows (est.)</source>
        <translation>Rows (est.)</translation>
    </message>
    <message>
        <source>Connection %1 added</source>
        <translation>Connection %1 added</translation>
    </message>
    <message>
        <source>Add a team database</source>
        <translation>Add a team database</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>empty: PGPASSWORD or ~/.pgpass</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Password (kept in the keychain):</source>
        <translation>Password (kept in the keychain):</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Remove connection</translation>
    </message>
    <message>
        <source>Remove the connection %1? Charts on its tables stop working until it is added again.</source>
        <translation>Remove the connection %1? Charts on its tables stop working until it is added again.</translation>
    </message>
    <message>
        <source>Connection %1 removed</source>
        <translation>Connection %1 removed</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Columns: %1</translation>
    </message>
</context>
<context>
    <name>tl::CsvReader</name>
    <message>
        <source>a quoted field never closes (the quote opens on this line)</source>
        <translation>a quoted field never closes (the quote opens on this line)</translation>
    </message>
    <message>
        <source>NUL byte in the text</source>
        <translation>NUL byte in the text</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>expected %1 fields, found %2</translation>
    </message>
    <message>
        <source>the file holds no records: its %1 lines are all blank</source>
        <translation>the file holds no records: its %1 lines are all blank</translation>
    </message>
    <message>
        <source>a record is larger than %1 MB (a quote that never closes?)</source>
        <translation>a record is larger than %1 MB (a quote that never closes?)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1): the file is in another encoding; choose it</source>
        <translation>invalid UTF-8 (byte 0x%1): the file is in another encoding; choose it</translation>
    </message>
</context>
<context>
    <name>tl::DashboardStore</name>
    <message>
        <source>no dashboard named '%1'</source>
        <translation>no dashboard named '%1'</translation>
    </message>
    <message>
        <source>dashboard '%1': %2</source>
        <translation>dashboard '%1': %2</translation>
    </message>
    <message>
        <source>a dashboard needs a name</source>
        <translation>a dashboard needs a name</translation>
    </message>
    <message>
        <source>a dashboard named '%1' exists already</source>
        <translation>a dashboard named '%1' exists already</translation>
    </message>
</context>
<context>
    <name>tl::DashboardTabs</name>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>New &amp;chart of this dataset</source>
        <translation>New &amp;chart of this dataset</translation>
    </message>
    <message>
        <source>New &amp;dashboard…</source>
        <translation>New &amp;dashboard…</translation>
    </message>
    <message>
        <source>&amp;Save dashboard</source>
        <translation>&amp;Save dashboard</translation>
    </message>
    <message>
        <source>&amp;Export all charts…</source>
        <translation>&amp;Export all charts…</translation>
    </message>
    <message>
        <source>De&amp;lete dashboard…</source>
        <translation>De&amp;lete dashboard…</translation>
    </message>
    <message>
        <source>select a dataset to chart first</source>
        <translation>select a dataset to chart first</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation>Untitled %1</translation>
    </message>
    <message>
        <source>New dashboard</source>
        <translation>New dashboard</translation>
    </message>
    <message>
        <source>open a dashboard first</source>
        <translation>open a dashboard first</translation>
    </message>
    <message>
        <source>Export all charts to</source>
        <translation>Export all charts to</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n chart(s) to %1</source>
        <translation>
            <numerusform>Wrote %n chart(s) to %1</numerusform>
            <numerusform>Wrote %n chart(s) to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete dashboard</source>
        <translation>Delete dashboard</translation>
    </message>
    <message>
        <source>Delete the dashboard %1? Its data stays.</source>
        <translation>Delete the dashboard %1? Its data stays.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Deleted %1</translation>
    </message>
    <message>
        <source>Save dashboard &amp;as…</source>
        <translation>Save dashboard &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Rename dashboard…</source>
        <translation>&amp;Rename dashboard…</translation>
    </message>
    <message>
        <source>Dashboard name:</source>
        <translation>Dashboard name:</translation>
    </message>
    <message>
        <source>A dashboard named %1 exists already.</source>
        <translation>A dashboard named %1 exists already.</translation>
    </message>
    <message>
        <source>A dashboard named %1 exists already. Replace it?</source>
        <translation>A dashboard named %1 exists already. Replace it?</translation>
    </message>
    <message>
        <source>Save dashboard</source>
        <translation>Save dashboard</translation>
    </message>
    <message>
        <source>Save dashboard as</source>
        <translation>Save dashboard as</translation>
    </message>
    <message>
        <source>Rename dashboard</source>
        <translation>Rename dashboard</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Renamed to %1</translation>
    </message>
    <message>
        <source>Unsaved dashboard</source>
        <translation>Unsaved dashboard</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Save the changes to %1?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>tl::DashboardView</name>
    <message>
        <source>Edit chart</source>
        <translation>Edit chart</translation>
    </message>
    <message>
        <source>Remove chart</source>
        <translation>Remove chart</translation>
    </message>
    <message>
        <source>Add chart</source>
        <translation>Add chart</translation>
    </message>
</context>
<context>
    <name>tl::DatasetPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>Properties of %1</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameters:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>the command %1</source>
        <translation>the command %1</translation>
    </message>
    <message>
        <source>the %1 scorer, %2</source>
        <translation>the %1 scorer, %2</translation>
    </message>
    <message>
        <source>%1: scores of %2 by %3, language %4, last run %5 %6</source>
        <translation>%1: scores of %2 by %3, language %4, last run %5 %6</translation>
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
        <translation>Shown in %1; stored as %2 UTC.</translation>
    </message>
    <message>
        <source>%1: %2, %3, shown in %4</source>
        <translation>%1: %2, %3, shown in %4</translation>
    </message>
</context>
<context>
    <name>tl::DatasetTableView</name>
    <message>
        <source>Select a cell to read it whole</source>
        <translation>Select a cell to read it whole</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Row %1, %2</translation>
    </message>
    <message>
        <source>Filter rows (any column contains…)</source>
        <translation>Filter rows (any column contains…)</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>Show all rows</translation>
    </message>
    <message>
        <source>Rows behind the chart point %1: %2 rows</source>
        <translation>Rows behind the chart point %1: %2 rows</translation>
    </message>
</context>
<context>
    <name>tl::Engine</name>
    <message>
        <source>no connection named '%1' in %2 (trendlens connection list shows them)</source>
        <translation>no connection named '%1' in %2 (trendlens connection list shows them)</translation>
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
        <translation>CSV for Korean Excel, CP949 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Exported %1 rows of %2 to %3</source>
        <translation>Exported %1 rows of %2 to %3</translation>
    </message>
    <message>
        <source>(%1 characters had no form in that encoding)</source>
        <translation>(%1 characters had no form in that encoding)</translation>
    </message>
</context>
<context>
    <name>tl::ExportJob</name>
    <message>
        <source>no dataset named '%1'</source>
        <translation>no dataset named '%1'</translation>
    </message>
    <message>
        <source>unknown encoding '%1'</source>
        <translation>unknown encoding '%1'</translation>
    </message>
    <message>
        <source>export cancelled; nothing was written</source>
        <translation>export cancelled; nothing was written</translation>
    </message>
</context>
<context>
    <name>tl::ExpressionCompiler</name>
    <message numerus="yes">
        <source>%1() takes %n argument(s)</source>
        <translation>
            <numerusform>%1() takes %n argument(s)</numerusform>
            <numerusform>%1() takes %n argument(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>expression '%1': at %2: %3</source>
        <translation>expression '%1': at %2: %3</translation>
    </message>
    <message>
        <source>unknown column '%1'</source>
        <translation>unknown column '%1'</translation>
    </message>
    <message>
        <source>a `quoted column` never closes</source>
        <translation>a `quoted column` never closes</translation>
    </message>
    <message>
        <source>unexpected character '%1'</source>
        <translation>unexpected character '%1'</translation>
    </message>
    <message>
        <source>a text literal never closes</source>
        <translation>a text literal never closes</translation>
    </message>
    <message>
        <source>unexpected '%1'</source>
        <translation>unexpected '%1'</translation>
    </message>
    <message>
        <source>expected '%1'</source>
        <translation>expected '%1'</translation>
    </message>
    <message>
        <source>the expression nests too deeply</source>
        <translation>the expression nests too deeply</translation>
    </message>
    <message>
        <source>the expression ends early</source>
        <translation>the expression ends early</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1' is not a number</translation>
    </message>
    <message>
        <source>round() takes 1 or 2 arguments</source>
        <translation>round() takes 1 or 2 arguments</translation>
    </message>
    <message>
        <source>coalesce() takes 2 to 9 arguments</source>
        <translation>coalesce() takes 2 to 9 arguments</translation>
    </message>
    <message>
        <source>unknown function '%1'</source>
        <translation>unknown function '%1'</translation>
    </message>
    <message>
        <source>json() takes a column and a path in quotes, e.g. json(raw, "$.data.public_metrics.like_count")</source>
        <translation>json() takes a column and a path in quotes, e.g. json(raw, "$.data.public_metrics.like_count")</translation>
    </message>
    <message>
        <source>the expression has more than %1 terms</source>
        <translation>the expression has more than %1 terms</translation>
    </message>
</context>
<context>
    <name>tl::FetchController</name>
    <message>
        <source>enter an API key first (or set %1)</source>
        <translation>enter an API key first (or set %1)</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Fetching %1…</translation>
    </message>
    <message>
        <source>fetch cancelled; nothing was stored</source>
        <translation>fetch cancelled; nothing was stored</translation>
    </message>
</context>
<context>
    <name>tl::FetchDialog</name>
    <message>
        <source>Fetch from the web</source>
        <translation>Fetch from the web</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only.</source>
        <translation>The key is kept in memory for this session only.</translation>
    </message>
    <message>
        <source>Using the key in %1.</source>
        <translation>Using the key in %1.</translation>
    </message>
    <message>
        <source>This source needs no key.</source>
        <translation>This source needs no key.</translation>
    </message>
    <message>
        <source>Remember the key in the keychain</source>
        <translation>Remember the key in the keychain</translation>
    </message>
    <message>
        <source>the address given</source>
        <translation>the address given</translation>
    </message>
    <message>
        <source>The key goes into the OS keychain, never into a file.</source>
        <translation>The key goes into the OS keychain, never into a file.</translation>
    </message>
    <message>
        <source>Enter a key, or set %1 before starting Trendlens; a key kept in the keychain is used too.</source>
        <translation>Enter a key, or set %1 before starting Trendlens; a key kept in the keychain is used too.</translation>
    </message>
    <message>
        <source>This source needs an API key: type it here, or set %1.</source>
        <translation>This source needs an API key: type it here, or set %1.</translation>
    </message>
</context>
<context>
    <name>tl::FollowImport</name>
    <message>
        <source>following needs --dataset</source>
        <translation>following needs --dataset</translation>
    </message>
    <message>
        <source>following reads NDJSON (one object per line) or CSV, not a JSON array</source>
        <translation>following reads NDJSON (one object per line) or CSV, not a JSON array</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>cannot write a temporary file: %1</translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation>%1: record %2: %3</translation>
    </message>
    <message>
        <source>%1 (records %2 to %3 were not stored; earlier ones were)</source>
        <translation>%1 (records %2 to %3 were not stored; earlier ones were)</translation>
    </message>
</context>
<context>
    <name>tl::FollowImport::Reader</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
</context>
<context>
    <name>tl::GmarketBestSource</name>
    <message>
        <source>%1: byte %2: %3</source>
        <translation>%1: byte %2: %3</translation>
    </message>
    <message>
        <source>%1: a recipe needs "items" and "fields"</source>
        <translation>%1: a recipe needs "items" and "fields"</translation>
    </message>
    <message>
        <source>%1: Gmarket answered with a bot check or refusal (HTTP %2), not a best-seller page; try again later, more slowly</source>
        <translation>%1: Gmarket answered with a bot check or refusal (HTTP %2), not a best-seller page; try again later, more slowly</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1: no items found; the page layout may have changed (edit the recipe)</source>
        <translation>%1: no items found; the page layout may have changed (edit the recipe)</translation>
    </message>
    <message>
        <source>fetch cancelled; nothing was stored</source>
        <translation>fetch cancelled; nothing was stored</translation>
    </message>
    <message>
        <source>Gmarket best-100 (one snapshot)</source>
        <translation>Gmarket best-100 (one snapshot)</translation>
    </message>
    <message>
        <source>Stores one snapshot of the Gmarket best-100 pages into gmarket_best.</source>
        <translation>Stores one snapshot of the Gmarket best-100 pages into gmarket_best.</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <source>A category code (repeatable; default: every one in the recipe).</source>
        <translation>A category code (repeatable; default: every one in the recipe).</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Recipe:</translation>
    </message>
    <message>
        <source>A selector recipe (JSON) to use instead of the shipped one.</source>
        <translation>A selector recipe (JSON) to use instead of the shipped one.</translation>
    </message>
    <message>
        <source>%1 items from %2 pages</source>
        <translation>%1 items from %2 pages</translation>
    </message>
</context>
<context>
    <name>tl::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Trendlens</source>
        <translation>&amp;About Trendlens</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>About Trendlens</source>
        <translation>About Trendlens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trendlens %1&lt;/h3&gt;&lt;p&gt;Movie box office, reviews, tweets, game rankings and best-seller lists, collected into one workspace file and charted on your own machine.&lt;/p&gt;&lt;p&gt;Data comes from the sources you fetch: KOBIS (Korean Film Council) Open API, Nexon Open API (MapleStory), the X API, Gmarket best-seller pages, and the files you import. Their terms of use apply to what you collect.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trendlens %1&lt;/h3&gt;&lt;p&gt;Movie box office, reviews, tweets, game rankings and best-seller lists, collected into one workspace file and charted on your own machine.&lt;/p&gt;&lt;p&gt;Data comes from the sources you fetch: KOBIS (Korean Film Council) Open API, Nexon Open API (MapleStory), the X API, Gmarket best-seller pages, and the files you import. Their terms of use apply to what you collect.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>Trendlens user guide</source>
        <translation>Trendlens user guide</translation>
    </message>
</context>
<context>
    <name>tl::HttpClient</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1: the request quota (%2) is used up; try again tomorrow</source>
        <translation>%1: the request quota (%2) is used up; try again tomorrow</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2 (gave up after %3 tries)</source>
        <translation>%1: %2 (gave up after %3 tries)</translation>
    </message>
    <message>
        <source>the answer ended after %1 of %2 bytes</source>
        <translation>the answer ended after %1 of %2 bytes</translation>
    </message>
    <message>
        <source>%1: no such host '%2' (check the address and the network)</source>
        <translation>%1: no such host '%2' (check the address and the network)</translation>
    </message>
</context>
<context>
    <name>tl::ImageSize</name>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 1200x700</source>
        <translation>--size takes WIDTHxHEIGHT in pixels, e.g. 1200x700</translation>
    </message>
    <message>
        <source>--size %1 is out of range: each side from %2 to %3 pixels, at most %3x%3 pixels drawn</source>
        <translation>--size %1 is out of range: each side from %2 to %3 pixels, at most %3x%3 pixels drawn</translation>
    </message>
</context>
<context>
    <name>tl::ImportController</name>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
</context>
<context>
    <name>tl::ImportDialog</name>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <source>Append rows</source>
        <translation>Append rows</translation>
    </message>
    <message>
        <source>Replace the dataset</source>
        <translation>Replace the dataset</translation>
    </message>
    <message>
        <source>Skip records that cannot be read (and list them)</source>
        <translation>Skip records that cannot be read (and list them)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation>First row is the header</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>No header row</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>File as written (first lines)</source>
        <translation>File as written (first lines)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Preview (first %1 rows)</source>
        <translation>Preview (first %1 rows)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <source>(not CSV)</source>
        <translation>(not CSV)</translation>
    </message>
    <message>
        <source>Detected: first row is the header</source>
        <translation>Detected: first row is the header</translation>
    </message>
    <message>
        <source>Detected: no header row</source>
        <translation>Detected: no header row</translation>
    </message>
    <message>
        <source>%1 columns; showing %2 rows%3.</source>
        <translation>%1 columns; showing %2 rows%3.</translation>
    </message>
    <message>
        <source> of many</source>
        <translation> of many</translation>
    </message>
    <message>
        <source>Unreadable records: %1</source>
        <translation>Unreadable records: %1</translation>
    </message>
    <message>
        <source>Exists already:</source>
        <translation>Exists already:</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>The import failed and nothing was written: %1</translation>
    </message>
</context>
<context>
    <name>tl::ImportJob</name>
    <message>
        <source>no file to import</source>
        <translation>no file to import</translation>
    </message>
    <message>
        <source>dataset '%1' exists already: choose append or replace</source>
        <translation>dataset '%1' exists already: choose append or replace</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import cancelled</translation>
    </message>
    <message>
        <source>%1: no columns to import</source>
        <translation>%1: no columns to import</translation>
    </message>
    <message>
        <source>%1: the disk is full: this import needs about %2 MB and %3 MB are free; nothing was written</source>
        <translation>%1: the disk is full: this import needs about %2 MB and %3 MB are free; nothing was written</translation>
    </message>
    <message>
        <source>dataset '%1' differs only in case from the existing '%2': dataset names ignore case; choose another name, or '%2'</source>
        <translation>dataset '%1' differs only in case from the existing '%2': dataset names ignore case; choose another name, or '%2'</translation>
    </message>
</context>
<context>
    <name>tl::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop this work; nothing is written</source>
        <translation>Stop this work; nothing is written</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting for another import or fetch to finish…</source>
        <translation>%1 waiting for another import or fetch to finish…</translation>
    </message>
    <message>
        <source>no answer; trying again in %1 s (try %2 of %3)</source>
        <translation>no answer; trying again in %1 s (try %2 of %3)</translation>
    </message>
</context>
<context>
    <name>tl::JsonReader</name>
    <message>
        <source>expected a JSON array ('[')</source>
        <translation>expected a JSON array ('[')</translation>
    </message>
    <message>
        <source>expected ',' or ']' between records</source>
        <translation>expected ',' or ']' between records</translation>
    </message>
    <message>
        <source>unexpected text after the array's closing ']'</source>
        <translation>unexpected text after the array's closing ']'</translation>
    </message>
    <message>
        <source>the JSON ends inside a record (truncated file?)</source>
        <translation>the JSON ends inside a record (truncated file?)</translation>
    </message>
    <message>
        <source>the JSON array ends early (truncated file?)</source>
        <translation>the JSON array ends early (truncated file?)</translation>
    </message>
    <message>
        <source>unexpected '%1' between records</source>
        <translation>unexpected '%1' between records</translation>
    </message>
    <message>
        <source>too much text that is not JSON records</source>
        <translation>too much text that is not JSON records</translation>
    </message>
    <message>
        <source>a record is larger than %1 MB (a bracket or quote that never closes?)</source>
        <translation>a record is larger than %1 MB (a bracket or quote that never closes?)</translation>
    </message>
    <message>
        <source>the file holds no records: the JSON array is empty (line %1)</source>
        <translation>the file holds no records: the JSON array is empty (line %1)</translation>
    </message>
    <message>
        <source>the file holds no records: its %1 lines hold no JSON value</source>
        <translation>the file holds no records: its %1 lines hold no JSON value</translation>
    </message>
</context>
<context>
    <name>tl::KafkaSource</name>
    <message>
        <source>%1 messages from %2 into '%3': %4 rows, %5 rejected</source>
        <translation>%1 messages from %2 into '%3': %4 rows, %5 rejected</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Kafka topic</translation>
    </message>
    <message>
        <source>Stores the JSON messages of a Kafka topic as they arrive, each exactly once: the offsets are kept in the workspace with the rows.</source>
        <translation>Stores the JSON messages of a Kafka topic as they arrive, each exactly once: the offsets are kept in the workspace with the rows.</translation>
    </message>
    <message>
        <source>Brokers:</source>
        <translation>Brokers:</translation>
    </message>
    <message>
        <source>HOST:PORT[,…] of the cluster.</source>
        <translation>HOST:PORT[,…] of the cluster.</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>The topic to read.</source>
        <translation>The topic to read.</translation>
    </message>
    <message>
        <source>Consumer group:</source>
        <translation>Consumer group:</translation>
    </message>
    <message>
        <source>The consumer group (default: trendlens-DATASET).</source>
        <translation>The consumer group (default: trendlens-DATASET).</translation>
    </message>
    <message>
        <source>Start at:</source>
        <translation>Start at:</translation>
    </message>
    <message>
        <source>earliest or latest, for partitions never read into this dataset.</source>
        <translation>earliest or latest, for partitions never read into this dataset.</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <source>The dataset to store into (default: the topic's name).</source>
        <translation>The dataset to store into (default: the topic's name).</translation>
    </message>
    <message>
        <source>Stop after (messages):</source>
        <translation>Stop after (messages):</translation>
    </message>
    <message>
        <source>Stop after N messages.</source>
        <translation>Stop after N messages.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Stop after (seconds):</source>
        <translation>Stop after (seconds):</translation>
    </message>
    <message>
        <source>Stop after N seconds.</source>
        <translation>Stop after N seconds.</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>until stopped</translation>
    </message>
    <message>
        <source>Client settings:</source>
        <translation>Client settings:</translation>
    </message>
    <message>
        <source>key=value for librdkafka, repeatable: security.protocol, sasl.*, ssl.*.</source>
        <translation>key=value for librdkafka, repeatable: security.protocol, sasl.*, ssl.*.</translation>
    </message>
    <message>
        <source>Bad messages:</source>
        <translation>Bad messages:</translation>
    </message>
    <message>
        <source>skip: keep them in _tl_rejects and go on; abort: stop.</source>
        <translation>skip: keep them in _tl_rejects and go on; abort: stop.</translation>
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
        <translation>--kafka-config takes key=value, not '%1'</translation>
    </message>
    <message>
        <source>kafka: %1</source>
        <translation>kafka: %1</translation>
    </message>
    <message>
        <source>kafka: cannot subscribe to %1: %2</source>
        <translation>kafka: cannot subscribe to %1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>not JSON: %1 at byte %2</translation>
    </message>
    <message>
        <source>an array of something other than objects</source>
        <translation>an array of something other than objects</translation>
    </message>
    <message>
        <source>%1 partition %2 offset %3: %4</source>
        <translation>%1 partition %2 offset %3: %4</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>cannot write a temporary file: %1</translation>
    </message>
    <message>
        <source>kafka: %1 (retried)</source>
        <translation>kafka: %1 (retried)</translation>
    </message>
    <message>
        <source>partition %1: offsets %2–%3 were no longer in the topic (retention or compaction) when they were read</source>
        <translation>partition %1: offsets %2–%3 were no longer in the topic (retention or compaction) when they were read</translation>
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
        <translation>%1: not JSON (%2); the answer may be cut short</translation>
    </message>
    <message>
        <source>KOBIS refused %1: %2 (error %3)</source>
        <translation>KOBIS refused %1: %2 (error %3)</translation>
    </message>
    <message>
        <source>; check TRENDLENS_KOBIS_KEY</source>
        <translation>; check TRENDLENS_KOBIS_KEY</translation>
    </message>
    <message>
        <source>kobis-daily: --from and --to must be dates, from ≤ to</source>
        <translation>kobis-daily: --from and --to must be dates, from ≤ to</translation>
    </message>
    <message>
        <source>fetch cancelled; nothing was stored</source>
        <translation>fetch cancelled; nothing was stored</translation>
    </message>
    <message>
        <source>KOBIS daily box office</source>
        <translation>KOBIS daily box office</translation>
    </message>
    <message>
        <source>Fetches the KOBIS daily box office (and new movies' details) into the workspace. The key comes from TRENDLENS_KOBIS_KEY.</source>
        <translation>Fetches the KOBIS daily box office (and new movies' details) into the workspace. The key comes from TRENDLENS_KOBIS_KEY.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD or YYYYMMDD).</source>
        <translation>First day (YYYY-MM-DD or YYYYMMDD).</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Last day (default: --from).</source>
        <translation>Last day (default: --from).</translation>
    </message>
    <message>
        <source>Skip each new movie's details</source>
        <translation>Skip each new movie's details</translation>
    </message>
    <message>
        <source>Skip the movie details (one call per new movie).</source>
        <translation>Skip the movie details (one call per new movie).</translation>
    </message>
    <message>
        <source>kobis-daily: --from DATE [--to DATE], from ≤ to</source>
        <translation>kobis-daily: --from DATE [--to DATE], from ≤ to</translation>
    </message>
    <message>
        <source>%1 rows over %2 days, %3 new movies (%4 requests, %5 from the cache)</source>
        <translation>%1 rows over %2 days, %3 new movies (%4 requests, %5 from the cache)</translation>
    </message>
    <message>
        <source>not published yet: %1</source>
        <translation>not published yet: %1</translation>
    </message>
</context>
<context>
    <name>tl::MainWindow</name>
    <message>
        <source>Imported %1 rows into %2</source>
        <translation>Imported %1 rows into %2</translation>
    </message>
    <message>
        <source>(%1 records skipped: %2)</source>
        <translation>(%1 records skipped: %2)</translation>
    </message>
    <message>
        <source>%1 — Trendlens</source>
        <translation>%1 — Trendlens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>&amp;Dataset</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import CSV, TSV, JSON or NDJSON files (or drop them here)</source>
        <translation>Import CSV, TSV, JSON or NDJSON files (or drop them here)</translation>
    </message>
    <message>
        <source>&amp;Export dataset…</source>
        <translation>&amp;Export dataset…</translation>
    </message>
    <message>
        <source>&amp;SQL console…</source>
        <translation>&amp;SQL console…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Properties</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source>%1: %2 rows × %3 columns</source>
        <translation>%1: %2 rows × %3 columns</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Trendlens workspaces (*.trendlens)</source>
        <translation>Trendlens workspaces (*.trendlens)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Data files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Rename dataset</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Delete dataset</translation>
    </message>
    <message>
        <source>Delete the dataset %1 and its %2 rows? This cannot be undone.</source>
        <translation>Delete the dataset %1 and its %2 rows? This cannot be undone.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Deleted %1</translation>
    </message>
    <message>
        <source>Trendlens</source>
        <translation>Trendlens</translation>
    </message>
    <message>
        <source>Work is running</source>
        <translation>Work is running</translation>
    </message>
    <message>
        <source>An import or export is still running. Cancel it and quit? Nothing of it will be written.</source>
        <translation>An import or export is still running. Cancel it and quit? Nothing of it will be written.</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Chart</translation>
    </message>
    <message>
        <source>&amp;Fetch from the web…</source>
        <translation>&amp;Fetch from the web…</translation>
    </message>
    <message>
        <source>KOBIS box office, MapleStory ranking</source>
        <translation>KOBIS box office, MapleStory ranking</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Run log</translation>
    </message>
    <message>
        <source>the workspace stays open</source>
        <translation>the workspace stays open</translation>
    </message>
    <message>
        <source>%1: counting the rows that match…</source>
        <translation>%1: counting the rows that match…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows × %4 columns</source>
        <translation>%1: %2 of %3 rows × %4 columns</translation>
    </message>
    <message>
        <source>Add &amp;score column…</source>
        <translation>Add &amp;score column…</translation>
    </message>
    <message>
        <source>Score a text column: sentiment, dictionary words or your own model</source>
        <translation>Score a text column: sentiment, dictionary words or your own model</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Schedules</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A scheduled run failed: %1</source>
        <translation>A scheduled run failed: %1</translation>
    </message>
    <message>
        <source>A scheduled run failed</source>
        <translation>A scheduled run failed</translation>
    </message>
    <message>
        <source>&amp;Publish to a team database…</source>
        <translation>&amp;Publish to a team database…</translation>
    </message>
    <message>
        <source>Team databases</source>
        <translation>Team databases</translation>
    </message>
</context>
<context>
    <name>tl::MapleRankingSource</name>
    <message>
        <source>maple-ranking: --date must be a date</source>
        <translation>maple-ranking: --date must be a date</translation>
    </message>
    <message>
        <source>Nexon refused %1: %2 (%3)</source>
        <translation>Nexon refused %1: %2 (%3)</translation>
    </message>
    <message>
        <source>; check TRENDLENS_NEXON_KEY</source>
        <translation>; check TRENDLENS_NEXON_KEY</translation>
    </message>
    <message>
        <source>fetch cancelled; nothing was stored</source>
        <translation>fetch cancelled; nothing was stored</translation>
    </message>
    <message>
        <source>MapleStory overall ranking (Nexon)</source>
        <translation>MapleStory overall ranking (Nexon)</translation>
    </message>
    <message>
        <source>Fetches the MapleStory overall ranking of a day into maple_ranking. The key comes from TRENDLENS_NEXON_KEY.</source>
        <translation>Fetches the MapleStory overall ranking of a day into maple_ranking. The key comes from TRENDLENS_NEXON_KEY.</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>The ranking's day (YYYY-MM-DD).</source>
        <translation>The ranking's day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <source>At most N pages (default: all).</source>
        <translation>At most N pages (default: all).</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>World:</source>
        <translation>World:</translation>
    </message>
    <message>
        <source>One world only (default: every world).</source>
        <translation>One world only (default: every world).</translation>
    </message>
    <message>
        <source>maple-ranking: --date DATE [--pages N] [--world NAME]</source>
        <translation>maple-ranking: --date DATE [--pages N] [--world NAME]</translation>
    </message>
    <message>
        <source>%1 rows from %2 pages</source>
        <translation>%1 rows from %2 pages</translation>
    </message>
</context>
<context>
    <name>tl::OutputFile</name>
    <message>
        <source>%1: cannot write (%2); nothing was written</source>
        <translation>%1: cannot write (%2); nothing was written</translation>
    </message>
    <message>
        <source>%1: refusing to write over %2, which this command reads</source>
        <translation>%1: refusing to write over %2, which this command reads</translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation>%1: is a directory</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>not open</translation>
    </message>
</context>
<context>
    <name>tl::PartitionScheme</name>
    <message>
        <source>--partition-by takes COLUMN:hour|day|10-day|month|year, not '%1'</source>
        <translation>--partition-by takes COLUMN:hour|day|10-day|month|year, not '%1'</translation>
    </message>
    <message>
        <source>--partition-by: '%1' is not hour, day, 10-day, month or year</source>
        <translation>--partition-by: '%1' is not hour, day, 10-day, month or year</translation>
    </message>
</context>
<context>
    <name>tl::PartitionedExportJob</name>
    <message>
        <source>no dataset named '%1'</source>
        <translation>no dataset named '%1'</translation>
    </message>
    <message>
        <source>'%1' has no column '%2'</source>
        <translation>'%1' has no column '%2'</translation>
    </message>
    <message>
        <source>--partition-by needs a date or timestamp column; '%1' is %2</source>
        <translation>--partition-by needs a date or timestamp column; '%1' is %2</translation>
    </message>
    <message>
        <source>unknown time zone '%1'</source>
        <translation>unknown time zone '%1'</translation>
    </message>
    <message>
        <source>'%1' is a file; --out names a folder</source>
        <translation>'%1' is a file; --out names a folder</translation>
    </message>
    <message>
        <source>'%1' is not empty and not a Trendlens export; nothing was written (choose a new or empty folder)</source>
        <translation>'%1' is not empty and not a Trendlens export; nothing was written (choose a new or empty folder)</translation>
    </message>
    <message>
        <source>--since takes a time such as 2024-01-05 or 2024-01-05T13:00, or 'last'; not '%1'</source>
        <translation>--since takes a time such as 2024-01-05 or 2024-01-05T13:00, or 'last'; not '%1'</translation>
    </message>
    <message>
        <source>'%1' holds another export (dataset, partitioning or format); export it whole without --since to replace it</source>
        <translation>'%1' holds another export (dataset, partitioning or format); export it whole without --since to replace it</translation>
    </message>
    <message>
        <source>cannot make the folder '%1'</source>
        <translation>cannot make the folder '%1'</translation>
    </message>
    <message>
        <source>cannot write beside '%1': %2</source>
        <translation>cannot write beside '%1': %2</translation>
    </message>
    <message>
        <source>export cancelled; '%1' is as it was</source>
        <translation>export cancelled; '%1' is as it was</translation>
    </message>
    <message>
        <source>cannot write the manifest beside '%1'</source>
        <translation>cannot write the manifest beside '%1'</translation>
    </message>
    <message>
        <source>cannot replace the empty folder '%1'</source>
        <translation>cannot replace the empty folder '%1'</translation>
    </message>
    <message>
        <source>cannot move the export into '%1'</source>
        <translation>cannot move the export into '%1'</translation>
    </message>
    <message>
        <source>cannot move the partition '%1' into '%2'</source>
        <translation>cannot move the partition '%1' into '%2'</translation>
    </message>
    <message>
        <source>cannot replace '%1'</source>
        <translation>cannot replace '%1'</translation>
    </message>
    <message>
        <source>cannot write '%1'</source>
        <translation>cannot write '%1'</translation>
    </message>
</context>
<context>
    <name>tl::PostgresEngine</name>
    <message>
        <source>expected postgresql://USER@HOST:PORT/DATABASE, got '%1'</source>
        <translation>expected postgresql://USER@HOST:PORT/DATABASE, got '%1'</translation>
    </message>
    <message>
        <source>%1: a password does not go in the address; set PGPASSWORD or put it in ~/.pgpass</source>
        <translation>%1: a password does not go in the address; set PGPASSWORD or put it in ~/.pgpass</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>cannot reach %1: %2</translation>
    </message>
    <message>
        <source>no table named '%1' in %2</source>
        <translation>no table named '%1' in %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>tl::PostgresPublisher</name>
    <message>
        <source>publish cancelled; nothing was published</source>
        <translation>publish cancelled; nothing was published</translation>
    </message>
    <message>
        <source>%1: %2; nothing was published</source>
        <translation>%1: %2; nothing was published</translation>
    </message>
    <message>
        <source>the key '%1' is not a column of the published rows</source>
        <translation>the key '%1' is not a column of the published rows</translation>
    </message>
    <message>
        <source>an upsert needs the key columns (--key)</source>
        <translation>an upsert needs the key columns (--key)</translation>
    </message>
    <message>
        <source>%1 already exists; publish with --mode append, replace or upsert</source>
        <translation>%1 already exists; publish with --mode append, replace or upsert</translation>
    </message>
    <message>
        <source>%1 has no column '%2' (it has %3)</source>
        <translation>%1 has no column '%2' (it has %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n published row(s) have no value in the key (%1); nothing was published</source>
        <translation>
            <numerusform>%n published row(s) have no value in the key (%1); nothing was published</numerusform>
            <numerusform>%n published row(s) have no value in the key (%1); nothing was published</numerusform>
        </translation>
    </message>
    <message>
        <source>the key (%1) = (%2) comes %3 times in the published rows; an upsert key names one row; nothing was published</source>
        <translation>the key (%1) = (%2) comes %3 times in the published rows; an upsert key names one row; nothing was published</translation>
    </message>
</context>
<context>
    <name>tl::PublishController</name>
    <message>
        <source>Add a team database first (View ▸ Team databases)</source>
        <translation>Add a team database first (View ▸ Team databases)</translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation>Publish %1</translation>
    </message>
    <message>
        <source>Create a new table</source>
        <translation>Create a new table</translation>
    </message>
    <message>
        <source>Append to the table</source>
        <translation>Append to the table</translation>
    </message>
    <message>
        <source>Replace the table's rows</source>
        <translation>Replace the table's rows</translation>
    </message>
    <message>
        <source>Upsert by key</source>
        <translation>Upsert by key</translation>
    </message>
    <message>
        <source>Only rows of runs not yet published</source>
        <translation>Only rows of runs not yet published</translation>
    </message>
    <message>
        <source>Team database:</source>
        <translation>Team database:</translation>
    </message>
    <message>
        <source>Table (schema.name):</source>
        <translation>Table (schema.name):</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <source>Key columns:</source>
        <translation>Key columns:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Publishing %1…</source>
        <translation>Publishing %1…</translation>
    </message>
    <message>
        <source>Published %1 rows of %2 to %3</source>
        <translation>Published %1 rows of %2 to %3</translation>
    </message>
</context>
<context>
    <name>tl::PublishJob</name>
    <message>
        <source>no dataset named '%1'</source>
        <translation>no dataset named '%1'</translation>
    </message>
    <message>
        <source>publish cancelled; nothing was published</source>
        <translation>publish cancelled; nothing was published</translation>
    </message>
    <message>
        <source>published to %1, but the workspace could not record it (%2); a --since-run publish will send these rows again</source>
        <translation>published to %1, but the workspace could not record it (%2); a --since-run publish will send these rows again</translation>
    </message>
</context>
<context>
    <name>tl::QtChartsCanvas</name>
    <message>
        <source>%1 forecast range</source>
        <translation>%1 forecast range</translation>
    </message>
    <message>
        <source>%1 forecast</source>
        <translation>%1 forecast</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>others (%1%)</source>
        <translation>others (%1%)</translation>
    </message>
    <message>
        <source>%1: min %2 · Q1 %3 · median %4 · Q3 %5 · max %6 (%7 rows)</source>
        <translation>%1: min %2 · Q1 %3 · median %4 · Q3 %5 · max %6 (%7 rows)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more (Data lists all)</source>
        <translation>
            <numerusform>+ %n more (Data lists all)</numerusform>
            <numerusform>+ %n more (Data lists all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::QueryBuilder</name>
    <message>
        <source>filter 'in' needs a list of values</source>
        <translation>filter 'in' needs a list of values</translation>
    </message>
    <message>
        <source>filter 'between' needs two values, e.g. [1, 5]</source>
        <translation>filter 'between' needs two values, e.g. [1, 5]</translation>
    </message>
    <message>
        <source>unknown filter operator '%1'</source>
        <translation>unknown filter operator '%1'</translation>
    </message>
    <message>
        <source>a %1 chart needs an x column</source>
        <translation>a %1 chart needs an x column</translation>
    </message>
    <message>
        <source>%1 needs a y column</source>
        <translation>%1 needs a y column</translation>
    </message>
    <message>
        <source>a histogram needs an x column to bin</source>
        <translation>a histogram needs an x column to bin</translation>
    </message>
    <message>
        <source>a histogram needs "bins" or "bin_width"</source>
        <translation>a histogram needs "bins" or "bin_width"</translation>
    </message>
    <message>
        <source>a terms chart needs a text column as x</source>
        <translation>a terms chart needs a text column as x</translation>
    </message>
</context>
<context>
    <name>tl::RecordProducer</name>
    <message>
        <source>%1: %2 columns, more than the %3 a dataset can have</source>
        <translation>%1: %2 columns, more than the %3 a dataset can have</translation>
    </message>
    <message>
        <source>%1: column %2's name is %3 characters long, more than %4 (is the first line really a header? read it as data)</source>
        <translation>%1: column %2's name is %3 characters long, more than %4 (is the first line really a header? read it as data)</translation>
    </message>
</context>
<context>
    <name>tl::RestSource</name>
    <message>
        <source>rest: a header is "Name: value", not '%1'</source>
        <translation>rest: a header is "Name: value", not '%1'</translation>
    </message>
    <message>
        <source>cannot create a temporary file</source>
        <translation>cannot create a temporary file</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1: byte %2: not JSON (%3)</source>
        <translation>%1: byte %2: not JSON (%3)</translation>
    </message>
    <message>
        <source>%1: no array at '%2'</source>
        <translation>%1: no array at '%2'</translation>
    </message>
    <message>
        <source>%1: the API returned no records</source>
        <translation>%1: the API returned no records</translation>
    </message>
    <message>
        <source>rest: set %1 (a header refers to it)</source>
        <translation>rest: set %1 (a header refers to it)</translation>
    </message>
    <message>
        <source>%1: byte %2: %3</source>
        <translation>%1: byte %2: %3</translation>
    </message>
    <message>
        <source>%1: a recipe needs "url" and "dataset"</source>
        <translation>%1: a recipe needs "url" and "dataset"</translation>
    </message>
    <message>
        <source>%1: column "%2": unknown type "%3" (integer, real, boolean, date, timestamp, text or json)</source>
        <translation>%1: column "%2": unknown type "%3" (integer, real, boolean, date, timestamp, text or json)</translation>
    </message>
    <message>
        <source>Any JSON API (REST)</source>
        <translation>Any JSON API (REST)</translation>
    </message>
    <message>
        <source>Adds the records of any JSON API to a dataset, flattened like a JSON import.</source>
        <translation>Adds the records of any JSON API to a dataset, flattened like a JSON import.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>The JSON API address.</source>
        <translation>The JSON API address.</translation>
    </message>
    <message>
        <source>Records at:</source>
        <translation>Records at:</translation>
    </message>
    <message>
        <source>Where the records are: results, data.items (default: the top-level array).</source>
        <translation>Where the records are: results, data.items (default: the top-level array).</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <source>The dataset to add the records to.</source>
        <translation>The dataset to add the records to.</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Headers:</translation>
    </message>
    <message>
        <source>A request header, "Name: value"; ${VAR} takes a value from the environment (repeatable).</source>
        <translation>A request header, "Name: value"; ${VAR} takes a value from the environment (repeatable).</translation>
    </message>
    <message>
        <source>Page parameter:</source>
        <translation>Page parameter:</translation>
    </message>
    <message>
        <source>The query parameter that pages.</source>
        <translation>The query parameter that pages.</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <source>Pages to fetch (stops at an empty one).</source>
        <translation>Pages to fetch (stops at an empty one).</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Recipe:</translation>
    </message>
    <message>
        <source>All of the above from a JSON recipe.</source>
        <translation>All of the above from a JSON recipe.</translation>
    </message>
    <message>
        <source>rest: --url URL --dataset NAME [--records PATH], or --recipe FILE</source>
        <translation>rest: --url URL --dataset NAME [--records PATH], or --recipe FILE</translation>
    </message>
    <message>
        <source>%1 records from %2 pages into %3</source>
        <translation>%1 records from %2 pages into %3</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: cannot write (%2)</translation>
    </message>
</context>
<context>
    <name>tl::RowLoader</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>tl::RunLog</name>
    <message>
        <source>the process ended before the run did (a crash or a kill); the rows it had committed are kept</source>
        <translation>the process ended before the run did (a crash or a kill); the rows it had committed are kept</translation>
    </message>
</context>
<context>
    <name>tl::RunLogModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Took</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
</context>
<context>
    <name>tl::Schedule</name>
    <message>
        <source>a schedule's name is 1 to 100 letters, digits, '_', '.' or '-': '%1'</source>
        <translation>a schedule's name is 1 to 100 letters, digits, '_', '.' or '-': '%1'</translation>
    </message>
    <message>
        <source>a schedule needs a command after --</source>
        <translation>a schedule needs a command after --</translation>
    </message>
</context>
<context>
    <name>tl::ScheduleHistoryView</name>
    <message>
        <source>no runs yet</source>
        <translation>no runs yet</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3</source>
        <translation>%1: %2 rows, %3</translation>
    </message>
</context>
<context>
    <name>tl::ScheduleListModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>never ran</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>done %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>failed %1 (%2 in a row)</source>
        <translation>failed %1 (%2 in a row)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Next run</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
</context>
<context>
    <name>tl::ScheduleRunner</name>
    <message>
        <source>no schedule named '%1'</source>
        <translation>no schedule named '%1'</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>still running after %1 s; stopped</source>
        <translation>still running after %1 s; stopped</translation>
    </message>
    <message>
        <source>the command crashed</source>
        <translation>the command crashed</translation>
    </message>
    <message>
        <source>the command ended with exit code %1</source>
        <translation>the command ended with exit code %1</translation>
    </message>
</context>
<context>
    <name>tl::ScheduleStore</name>
    <message>
        <source>there is already a schedule named '%1'</source>
        <translation>there is already a schedule named '%1'</translation>
    </message>
    <message>
        <source>no schedule named '%1'</source>
        <translation>no schedule named '%1'</translation>
    </message>
</context>
<context>
    <name>tl::SchedulesPanel</name>
    <message>
        <source>running %1…</source>
        <translation>running %1…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Run a fetch (or import, export, score) every so often</source>
        <translation>Run a fetch (or import, export, score) every so often</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Run now</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Edit schedule</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>New schedule</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>A trendlens command line without 'trendlens' and -w: fetch, import, export, score or chart</source>
        <translation>A trendlens command line without 'trendlens' and -w: fetch, import, export, score or chart</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Every:</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>Time of day:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Command:</translation>
    </message>
    <message>
        <source>Every takes a number and m, h or d: 30m, 1h, 1d.</source>
        <translation>Every takes a number and m, h or d: 30m, 1h, 1d.</translation>
    </message>
    <message>
        <source>The command starts with fetch, import, export, score or chart.</source>
        <translation>The command starts with fetch, import, export, score or chart.</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Remove schedule</translation>
    </message>
    <message>
        <source>Remove the schedule '%1'? Its runs stay in the run log.</source>
        <translation>Remove the schedule '%1'? Its runs stay in the run log.</translation>
    </message>
</context>
<context>
    <name>tl::ScoreColumns</name>
    <message>
        <source>the score columns cannot be read or written: %1</source>
        <translation>the score columns cannot be read or written: %1</translation>
    </message>
</context>
<context>
    <name>tl::ScoreController</name>
    <message>
        <source>Scoring %1 of %2…</source>
        <translation>Scoring %1 of %2…</translation>
    </message>
    <message>
        <source>Scored %1 rows of %2 into %3</source>
        <translation>Scored %1 rows of %2 into %3</translation>
    </message>
    <message>
        <source>(labels in %1)</source>
        <translation>(labels in %1)</translation>
    </message>
</context>
<context>
    <name>tl::ScoreDialog</name>
    <message>
        <source>Score every row again (replaces the scores)</source>
        <translation>Score every row again (replaces the scores)</translation>
    </message>
    <message>
        <source>Add score column to %1</source>
        <translation>Add score column to %1</translation>
    </message>
    <message>
        <source>Sentiment lexicon (−1 to 1)</source>
        <translation>Sentiment lexicon (−1 to 1)</translation>
    </message>
    <message>
        <source>Dictionary word (1 or 0)</source>
        <translation>Dictionary word (1 or 0)</translation>
    </message>
    <message>
        <source>My own model (a command)</source>
        <translation>My own model (a command)</translation>
    </message>
    <message>
        <source>Automatic (by script)</source>
        <translation>Automatic (by script)</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Text column:</source>
        <translation>Text column:</translation>
    </message>
    <message>
        <source>Score column:</source>
        <translation>Score column:</translation>
    </message>
    <message>
        <source>Scorer:</source>
        <translation>Scorer:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Command:</translation>
    </message>
    <message>
        <source>Silence allowed:</source>
        <translation>Silence allowed:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 has no text column to score.</source>
        <translation>%1 has no text column to score.</translation>
    </message>
    <message>
        <source>Scores each text's sentiment from the Korean and English polarity lexicons, with negation ("not good", "좋지 않다") and degree words.</source>
        <translation>Scores each text's sentiment from the Korean and English polarity lexicons, with negation ("not good", "좋지 않다") and degree words.</translation>
    </message>
    <message>
        <source>1 when the text is one word of the hunspell dictionary ("사랑"), 0 for anything else ("뷸뫄").</source>
        <translation>1 when the text is one word of the hunspell dictionary ("사랑"), 0 for anything else ("뷸뫄").</translation>
    </message>
    <message>
        <source>Runs your model as a program: it reads {"id", "text"} lines on its input and writes {"id", "score", "label"} lines. See tools/scorers.</source>
        <translation>Runs your model as a program: it reads {"id", "text"} lines on its input and writes {"id", "score", "label"} lines. See tools/scorers.</translation>
    </message>
</context>
<context>
    <name>tl::ScoreJob</name>
    <message>
        <source>the command scorer needs --command "PROGRAM ARGS"</source>
        <translation>the command scorer needs --command "PROGRAM ARGS"</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0</source>
        <translation>--timeout must be a number of seconds above 0</translation>
    </message>
    <message>
        <source>unknown scorer '%1' (lexicon, dictionary or command)</source>
        <translation>unknown scorer '%1' (lexicon, dictionary or command)</translation>
    </message>
    <message>
        <source>dataset '%1' has no column '%2'</source>
        <translation>dataset '%1' has no column '%2'</translation>
    </message>
    <message>
        <source>column '%1' holds %2 values; a scorer reads text</source>
        <translation>column '%1' holds %2 values; a scorer reads text</translation>
    </message>
    <message>
        <source>'%1' cannot name a column</source>
        <translation>'%1' cannot name a column</translation>
    </message>
    <message>
        <source>column '%1' of '%2' already holds other values; choose another name with --into</source>
        <translation>column '%1' of '%2' already holds other values; choose another name with --into</translation>
    </message>
    <message>
        <source>there is no dataset '%1' (trendlens datasets lists them)</source>
        <translation>there is no dataset '%1' (trendlens datasets lists them)</translation>
    </message>
    <message>
        <source>'%1' holds scores of %2 on '%3'; run with --rescore to replace them with scores of %4 on '%5'</source>
        <translation>'%1' holds scores of %2 on '%3'; run with --rescore to replace them with scores of %4 on '%5'</translation>
    </message>
    <message>
        <source>the scorer gives labels, but column '%1' of '%2' already holds other values</source>
        <translation>the scorer gives labels, but column '%1' of '%2' already holds other values</translation>
    </message>
    <message>
        <source>cancelled: %1 rows scored, the other %2 wait for the next run</source>
        <translation>cancelled: %1 rows scored, the other %2 wait for the next run</translation>
    </message>
    <message>
        <source>the command '%1'</source>
        <translation>the command '%1'</translation>
    </message>
    <message>
        <source>the %1 scorer %2 (%3)</source>
        <translation>the %1 scorer %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tl::Secrets</name>
    <message>
        <source>%1 needs an API key: set %2 (or store it in the keychain from the fetch dialog)</source>
        <translation>%1 needs an API key: set %2 (or store it in the keychain from the fetch dialog)</translation>
    </message>
    <message>
        <source>the keychain did not answer; the key is used for this session only</source>
        <translation>the keychain did not answer; the key is used for this session only</translation>
    </message>
    <message>
        <source>the keychain refused the key (%1); it is used for this session only</source>
        <translation>the keychain refused the key (%1); it is used for this session only</translation>
    </message>
</context>
<context>
    <name>tl::ServerConnections</name>
    <message>
        <source>a connection named '%1' exists already (%2); remove it first</source>
        <translation>a connection named '%1' exists already (%2); remove it first</translation>
    </message>
    <message>
        <source>no connection named '%1'</source>
        <translation>no connection named '%1'</translation>
    </message>
    <message>
        <source>'%1' is not a connection name: letters, digits, '_' and '-', starting with a letter</source>
        <translation>'%1' is not a connection name: letters, digits, '_' and '-', starting with a letter</translation>
    </message>
</context>
<context>
    <name>tl::ServerSetup</name>
    <message>
        <source>%1; nothing was added: without a keychain, the password goes in PGPASSWORD or ~/.pgpass (PostgreSQL) or CLICKHOUSE_PASSWORD (ClickHouse)</source>
        <translation>%1; nothing was added: without a keychain, the password goes in PGPASSWORD or ~/.pgpass (PostgreSQL) or CLICKHOUSE_PASSWORD (ClickHouse)</translation>
    </message>
</context>
<context>
    <name>tl::Sniffer</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: unknown encoding '%2'</source>
        <translation>%1: unknown encoding '%2'</translation>
    </message>
    <message>
        <source>%1: byte %2: not a text file (binary data)</source>
        <translation>%1: byte %2: not a text file (binary data)</translation>
    </message>
    <message>
        <source>%1: line 1: expected JSON, found HTML or XML (starts with '%2')</source>
        <translation>%1: line 1: expected JSON, found HTML or XML (starts with '%2')</translation>
    </message>
    <message>
        <source>%1: line 1: expected JSON ('[' or '{'), found '%2'</source>
        <translation>%1: line 1: expected JSON ('[' or '{'), found '%2'</translation>
    </message>
    <message>
        <source>%1: the file holds no records: its %2 lines are blank</source>
        <translation>%1: the file holds no records: its %2 lines are blank</translation>
    </message>
</context>
<context>
    <name>tl::SourceForm</name>
    <message>
        <source>one per line</source>
        <translation>one per line</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>JSON (*.json);;All (*)</source>
        <translation>JSON (*.json);;All (*)</translation>
    </message>
</context>
<context>
    <name>tl::SourceRun</name>
    <message>
        <source>the run has not begun</source>
        <translation>the run has not begun</translation>
    </message>
    <message>
        <source>dataset '%1' vanished during the run</source>
        <translation>dataset '%1' vanished during the run</translation>
    </message>
</context>
<context>
    <name>tl::SpecFields</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>chart spec: "%1" is longer than %2 characters</source>
        <translation>chart spec: "%1" is longer than %2 characters</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be a whole number from %2 to %3 (not %4)</source>
        <translation>chart spec: "%1" must be a whole number from %2 to %3 (not %4)</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be a number from %2 to %3 (not %4)</source>
        <translation>chart spec: "%1" must be a number from %2 to %3 (not %4)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be %2 (not %3)</source>
        <translation>chart spec: "%1" must be %2 (not %3)</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be an object (not %2)</source>
        <translation>chart spec: "%1" must be an object (not %2)</translation>
    </message>
    <message>
        <source>chart spec: "%1" needs a column or an expr</source>
        <translation>chart spec: "%1" needs a column or an expr</translation>
    </message>
    <message>
        <source>chart spec: "%1.op": unknown filter operator '%2' (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, contains, isnull, notnull, between)</source>
        <translation>chart spec: "%1.op": unknown filter operator '%2' (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, contains, isnull, notnull, between)</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be a list of two values, e.g. [1, 5]</source>
        <translation>chart spec: "%1" must be a list of two values, e.g. [1, 5]</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be a list of values</source>
        <translation>chart spec: "%1" must be a list of values</translation>
    </message>
    <message>
        <source>chart spec: "%1" holds %2 values, more than %3</source>
        <translation>chart spec: "%1" holds %2 values, more than %3</translation>
    </message>
    <message>
        <source>chart spec: "%1" must hold numbers or text (not %2)</source>
        <translation>chart spec: "%1" must hold numbers or text (not %2)</translation>
    </message>
    <message>
        <source>chart spec: "%1" must be a number or text (not %2)</source>
        <translation>chart spec: "%1" must be a number or text (not %2)</translation>
    </message>
</context>
<context>
    <name>tl::SqlConsole</name>
    <message>
        <source>SQL console (read-only)</source>
        <translation>SQL console (read-only)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter)</source>
        <translation>Run (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>SELECT * FROM dataset LIMIT 100</source>
        <translation>SELECT * FROM dataset LIMIT 100</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>First %1 rows shown (more exist); %2 ms</source>
        <translation>First %1 rows shown (more exist); %2 ms</translation>
    </message>
    <message>
        <source>%1 rows; %2 ms</source>
        <translation>%1 rows; %2 ms</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tl::SqliteEngine</name>
    <message>
        <source>%1 is a workspace: datasets are published from it to a server</source>
        <translation>%1 is a workspace: datasets are published from it to a server</translation>
    </message>
</context>
<context>
    <name>tl::TaskRunner</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>tl::TimeZoneMenu</name>
    <message>
        <source>Time &amp;zone</source>
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Korea (KST, Asia/Seoul)</source>
        <translation>&amp;Korea (KST, Asia/Seoul)</translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation>&amp;Other…</translation>
    </message>
    <message>
        <source>&amp;Automatic (%1, %2)</source>
        <translation>&amp;Automatic (%1, %2)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Show timestamps in (the workspace keeps them in UTC):</source>
        <translation>Show timestamps in (the workspace keeps them in UTC):</translation>
    </message>
</context>
<context>
    <name>tl::UserQuery</name>
    <message>
        <source>the SQLite driver gave no handle</source>
        <translation>the SQLite driver gave no handle</translation>
    </message>
    <message>
        <source>not allowed in read-only SQL (ATTACH, DETACH, fts3_tokenizer and load_extension are refused)</source>
        <translation>not allowed in read-only SQL (ATTACH, DETACH, fts3_tokenizer and load_extension are refused)</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>the query is empty</translation>
    </message>
    <message>
        <source>give one statement at a time (text follows the first ';')</source>
        <translation>give one statement at a time (text follows the first ';')</translation>
    </message>
    <message>
        <source>the workspace is read-only here: only statements that read (SELECT, WITH, EXPLAIN, read-only PRAGMAs) run</source>
        <translation>the workspace is read-only here: only statements that read (SELECT, WITH, EXPLAIN, read-only PRAGMAs) run</translation>
    </message>
    <message>
        <source>the query ran longer than its %1 s limit and was stopped</source>
        <translation>the query ran longer than its %1 s limit and was stopped</translation>
    </message>
    <message>
        <source>query cancelled</source>
        <translation>query cancelled</translation>
    </message>
</context>
<context>
    <name>tl::VectorProgram</name>
    <message>
        <source>column '%1' %2</source>
        <translation>column '%1' %2</translation>
    </message>
    <message>
        <source>is not loaded</source>
        <translation>is not loaded</translation>
    </message>
    <message>
        <source>'-' on text</source>
        <translation>'-' on text</translation>
    </message>
    <message>
        <source>arithmetic on text or dates</source>
        <translation>arithmetic on text or dates</translation>
    </message>
    <message>
        <source>%1() of a value that is not a date</source>
        <translation>%1() of a value that is not a date</translation>
    </message>
    <message>
        <source>%1() is answered by SQL</source>
        <translation>%1() is answered by SQL</translation>
    </message>
</context>
<context>
    <name>tl::Workspace</name>
    <message>
        <source>%1: is a directory, not a workspace file</source>
        <translation>%1: is a directory, not a workspace file</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>%1: made by a newer Trendlens (schema %2; this one reads up to %3)</source>
        <translation>%1: made by a newer Trendlens (schema %2; this one reads up to %3)</translation>
    </message>
    <message>
        <source>%1: no such workspace (an import or a fetch creates one)</source>
        <translation>%1: no such workspace (an import or a fetch creates one)</translation>
    </message>
    <message>
        <source>%1: the workspace is read-only (%2); nothing was written</source>
        <translation>%1: the workspace is read-only (%2); nothing was written</translation>
    </message>
    <message>
        <source>%1: the workspace is read-only and made by an older Trendlens (schema %2); open it once where it can be written</source>
        <translation>%1: the workspace is read-only and made by an older Trendlens (schema %2); open it once where it can be written</translation>
    </message>
    <message>
        <source>%1: cannot read the workspace (%2)</source>
        <translation>%1: cannot read the workspace (%2)</translation>
    </message>
    <message>
        <source>%1: an empty file, not a Trendlens workspace</source>
        <translation>%1: an empty file, not a Trendlens workspace</translation>
    </message>
    <message>
        <source>%1: not a Trendlens workspace (not an SQLite file); nothing was changed</source>
        <translation>%1: not a Trendlens workspace (not an SQLite file); nothing was changed</translation>
    </message>
    <message>
        <source>%1: the workspace is locked by another program (%2); try again when it is done</source>
        <translation>%1: the workspace is locked by another program (%2); try again when it is done</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2); nothing was written</source>
        <translation>%1: the disk is full (%2); nothing was written</translation>
    </message>
    <message>
        <source>%1: the workspace file is damaged (%2)</source>
        <translation>%1: the workspace file is damaged (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open the workspace (%2)</source>
        <translation>%1: cannot open the workspace (%2)</translation>
    </message>
    <message>
        <source>%1: a read or write failed (%2)</source>
        <translation>%1: a read or write failed (%2)</translation>
    </message>
    <message>
        <source>%1: an empty database, not a Trendlens workspace</source>
        <translation>%1: an empty database, not a Trendlens workspace</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Trendlens workspace (it has no Trendlens catalog); nothing was changed</source>
        <translation>%1: an SQLite database, but not a Trendlens workspace (it has no Trendlens catalog); nothing was changed</translation>
    </message>
</context>
<context>
    <name>tl::WorkspaceController</name>
    <message>
        <source>no workspace is open</source>
        <translation>no workspace is open</translation>
    </message>
</context>
<context>
    <name>tl::XStreamSource</name>
    <message>
        <source>X (Twitter) live stream</source>
        <translation>X (Twitter) live stream</translation>
    </message>
    <message>
        <source>Stores tweets from the X v2 stream into x_tweets as they arrive. The token comes from TRENDLENS_X_BEARER.</source>
        <translation>Stores tweets from the X v2 stream into x_tweets as they arrive. The token comes from TRENDLENS_X_BEARER.</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Rules:</translation>
    </message>
    <message>
        <source>A filtered-stream rule (repeatable; the account's rules are made these). Without it, the sampled stream.</source>
        <translation>A filtered-stream rule (repeatable; the account's rules are made these). Without it, the sampled stream.</translation>
    </message>
    <message>
        <source>Stop after (tweets):</source>
        <translation>Stop after (tweets):</translation>
    </message>
    <message>
        <source>Stop after N tweets (default: no limit).</source>
        <translation>Stop after N tweets (default: no limit).</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Stop after (seconds):</source>
        <translation>Stop after (seconds):</translation>
    </message>
    <message>
        <source>Stop after N seconds (default: until stopped).</source>
        <translation>Stop after N seconds (default: until stopped).</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>until stopped</translation>
    </message>
    <message>
        <source>x-stream: [--filter RULE]... [--max-tweets N] [--duration S]</source>
        <translation>x-stream: [--filter RULE]... [--max-tweets N] [--duration S]</translation>
    </message>
    <message>
        <source>the tweet limit</source>
        <translation>the tweet limit</translation>
    </message>
    <message>
        <source>the time limit</source>
        <translation>the time limit</translation>
    </message>
    <message>
        <source>a stop</source>
        <translation>a stop</translation>
    </message>
    <message>
        <source>%1 tweets (%2 sent twice, not stored again) over %3 connections; %4 keep-alives; ended by %5</source>
        <translation>%1 tweets (%2 sent twice, not stored again) over %3 connections; %4 keep-alives; ended by %5</translation>
    </message>
    <message>
        <source>rules synced (%1 added, %2 deleted)</source>
        <translation>rules synced (%1 added, %2 deleted)</translation>
    </message>
    <message>
        <source>X rules: HTTP %1: %2</source>
        <translation>X rules: HTTP %1: %2</translation>
    </message>
    <message>
        <source>X rejected the rule "%1": %2</source>
        <translation>X rejected the rule "%1": %2</translation>
    </message>
    <message>
        <source>x-stream: --max-tweets and --duration must not be negative</source>
        <translation>x-stream: --max-tweets and --duration must not be negative</translation>
    </message>
    <message>
        <source>%1 (the %2 tweets before it are stored)</source>
        <translation>%1 (the %2 tweets before it are stored)</translation>
    </message>
    <message>
        <source>X refused the bearer token (HTTP %1: %2); check TRENDLENS_X_BEARER</source>
        <translation>X refused the bearer token (HTTP %1: %2); check TRENDLENS_X_BEARER</translation>
    </message>
    <message>
        <source>a stream line longer than 8 MB was dropped</source>
        <translation>a stream line longer than 8 MB was dropped</translation>
    </message>
    <message>
        <source>a stream line that is not JSON was skipped: %1</source>
        <translation>a stream line that is not JSON was skipped: %1</translation>
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
        <translation>no data or keep-alive for %1 s; reconnecting</translation>
    </message>
</context>
<context>
    <name>tl::cli</name>
    <message>
        <source>standard output: %1</source>
        <translation>standard output: %1</translation>
    </message>
</context>
<context>
    <name>tl::clickhouse::Client</name>
    <message>
        <source>expected clickhouse://USER@HOST:HTTP_PORT/DATABASE, got '%1'</source>
        <translation>expected clickhouse://USER@HOST:HTTP_PORT/DATABASE, got '%1'</translation>
    </message>
    <message>
        <source>%1: a password does not go in the address; set CLICKHOUSE_PASSWORD or keep it in the keychain</source>
        <translation>%1: a password does not go in the address; set CLICKHOUSE_PASSWORD or keep it in the keychain</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>cannot reach %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>no answer in %1 s</translation>
    </message>
    <message>
        <source>not an HTTP answer</source>
        <translation>not an HTTP answer</translation>
    </message>
</context>
<context>
    <name>tl::text::CommandScorer</name>
    <message>
        <source>the scorer command is empty (--command)</source>
        <translation>the scorer command is empty (--command)</translation>
    </message>
    <message>
        <source>cannot run the scorer '%1': %2</source>
        <translation>cannot run the scorer '%1': %2</translation>
    </message>
    <message>
        <source>the scorer stopped reading its input</source>
        <translation>the scorer stopped reading its input</translation>
    </message>
    <message>
        <source>the scorer was silent for longer than %1 s (--timeout); texts waiting for a score: %2</source>
        <translation>the scorer was silent for longer than %1 s (--timeout); texts waiting for a score: %2</translation>
    </message>
    <message>
        <source>the scorer's output line %1 is not {"id": …, "score": …}: %2</source>
        <translation>the scorer's output line %1 is not {"id": …, "score": …}: %2</translation>
    </message>
    <message>
        <source>the scorer's output line %1 answers id %2, which it was not sent</source>
        <translation>the scorer's output line %1 answers id %2, which it was not sent</translation>
    </message>
    <message>
        <source>the scorer's output line %1 answers id %2 a second time</source>
        <translation>the scorer's output line %1 answers id %2 a second time</translation>
    </message>
    <message>
        <source>the scorer crashed</source>
        <translation>the scorer crashed</translation>
    </message>
    <message>
        <source>the scorer exited with code %1</source>
        <translation>the scorer exited with code %1</translation>
    </message>
    <message>
        <source>%1 and %2 more (%3 in all)</source>
        <translation>%1 and %2 more (%3 in all)</translation>
    </message>
    <message>
        <source>the scorer ended leaving ids unscored: %1</source>
        <translation>the scorer ended leaving ids unscored: %1</translation>
    </message>
    <message>
        <source>the scorer ended before it read all the texts</source>
        <translation>the scorer ended before it read all the texts</translation>
    </message>
    <message>
        <source>it wrote nothing on stderr</source>
        <translation>it wrote nothing on stderr</translation>
    </message>
    <message>
        <source>its last line on stderr: %1</source>
        <translation>its last line on stderr: %1</translation>
    </message>
    <message>
        <source>%1 (%2); %3</source>
        <translation>%1 (%2); %3</translation>
    </message>
</context>
<context>
    <name>tl::text::DictionaryScorer</name>
    <message>
        <source>the dictionary scorer knows the languages ko, en and auto, not '%1'</source>
        <translation>the dictionary scorer knows the languages ko, en and auto, not '%1'</translation>
    </message>
    <message>
        <source>no hunspell dictionary for '%1' in %2: install the package %3, or name its folder in DICPATH</source>
        <translation>no hunspell dictionary for '%1' in %2: install the package %3, or name its folder in DICPATH</translation>
    </message>
</context>
<context>
    <name>tl::text::LexiconScorer</name>
    <message>
        <source>the lexicon scorer knows the languages ko, en and auto, not '%1'</source>
        <translation>the lexicon scorer knows the languages ko, en and auto, not '%1'</translation>
    </message>
    <message>
        <source>the %1 lexicon cannot be read</source>
        <translation>the %1 lexicon cannot be read</translation>
    </message>
    <message>
        <source>%1: '%2' has no valence</source>
        <translation>%1: '%2' has no valence</translation>
    </message>
    <message>
        <source>%1: unknown rule '%2'</source>
        <translation>%1: unknown rule '%2'</translation>
    </message>
</context>
</TS>
