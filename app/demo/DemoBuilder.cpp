#include "DemoBuilder.h"

#include "ingest/ImportJob.h"
#include "store/DashboardStore.h"
#include "store/Workspace.h"
#include "text/ScoreJob.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace tl {

namespace {

// splitmix64: the same numbers on every platform, unlike std:: distributions.
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    double unit() { return double(next() >> 11) / double(1ull << 53); }
    template<typename T, std::size_t N> const T &pick(const std::array<T, N> &items) {
        return items[std::size_t(below(int(N)))];
    }

private:
    std::uint64_t m_state;
};

const std::array<const char *, 16> kMovies{"서울의 봄",
                                           "노량: 죽음의 바다",
                                           "외계+인 2부",
                                           "위시",
                                           "괴물",
                                           "시민덕희",
                                           "소풍",
                                           "파묘",
                                           "Midnight Ledger",
                                           "Salt & Silver",
                                           "Winter Glass",
                                           "Paper Orbit",
                                           "웡카",
                                           "아쿠아맨",
                                           "도그데이즈",
                                           "범죄도시4"};
const std::array<const char *, 8> kWords{"great",  "boring", "twist",   "actor",
                                         "ending", "plot",   "popcorn", "sequel"};
const std::array<const char *, 12> kMonths{"January",   "February", "March",    "April",
                                           "May",       "June",     "July",     "August",
                                           "September", "October",  "November", "December"};
const std::array<const char *, 20> kSyllables{"하", "늘", "별", "바", "람", "꽃", "달",
                                              "빛", "검", "신", "용", "사", "도", "윤",
                                              "서", "준", "민", "지", "아", "린"};
// Nicknames that are words of the dictionary (hunspell-ko knows each).
const std::array<const char *, 30> kDictionaryNames{
    "사랑", "행복", "하늘", "바다", "별빛", "구름", "노을", "나무", "꽃잎", "햇살",
    "희망", "천사", "보물", "미소", "용기", "기쁨", "여름", "겨울", "봄날", "달빛",
    "바람", "소원", "우정", "영웅", "전설", "새벽", "은하", "태양", "선물", "기적"};
const std::array<const char *, 6> kWorlds{"스카니아", "베라",   "루나",
                                          "엘리시움", "크로아", "오로라"};
const std::array<const char *, 6> kClasses{"전사", "마법사", "궁수", "도적", "해적", "나이트워커"};
const std::array<const char *, 5> kLangs{"en", "ko", "es", "ja", "und"};
const std::array<std::pair<const char *, const char *>, 5> kCategories{
    {{"100000000", "전체"},
     {"100000006", "신선식품"},
     {"100000005", "가공식품"},
     {"100001007", "디지털/가전"},
     {"100000003", "뷰티"}}};

class NdjsonFile {
public:
    explicit NdjsonFile(const QString &path)
        : m_file(path) {
        m_file.open(QIODevice::WriteOnly);
    }
    // Fields in the order given (QJsonObject would sort them), so the demo datasets' columns
    // read as the real sources' do: ids and dates first.
    void write(const std::vector<std::pair<QString, QJsonValue>> &fields) {
        QByteArray line = "{";
        for (const auto &[key, value] : fields) {
            if (line.size() > 1)
                line += ',';
            line += scalar(key) + ':' + scalar(value);
        }
        m_file.write(line + "}\n");
    }
    bool ok() const { return m_file.error() == QFile::NoError; }

private:
    static QByteArray scalar(const QJsonValue &value) {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    }

    QFile m_file;
};

QString s(const char *utf8) {
    return QString::fromUtf8(utf8);
}

void writeBoxOffice(const QString &path) {
    Random random(1);
    NdjsonFile out(path);
    std::array<qint64, kMovies.size()> accumulated{};
    const QDate start(2024, 1, 1);
    for (int day = 0; day < 60; ++day) {
        // Each movie's popularity rises after release and fades; the top 10 are reported.
        std::array<std::pair<double, int>, kMovies.size()> scores;
        for (int m = 0; m < int(kMovies.size()); ++m) {
            const int age = day - (m * 4 - 10);
            const double base = age < 0 ? 0.02 : std::exp(-age / 18.0) * (1.0 + (m % 5) * 0.35);
            scores[m] = {base * (0.85 + 0.3 * random.unit()), m};
        }
        std::sort(scores.begin(), scores.end(), [](auto a, auto b) { return a.first > b.first; });
        const QDate date = start.addDays(day);
        const bool weekend = date.dayOfWeek() >= 6;
        for (int rank = 1; rank <= 10; ++rank) {
            const int m = scores[rank - 1].second;
            const qint64 audience =
                qint64(scores[rank - 1].first * (weekend ? 260000 : 120000)) + 50;
            accumulated[m] += audience;
            out.write({
                {QStringLiteral("target_date"), date.toString(QStringLiteral("yyyyMMdd"))},
                {QStringLiteral("rank"), QString::number(rank)},
                {QStringLiteral("movie_cd"), QString::number(20230001 + m)},
                {QStringLiteral("movie_nm"), s(kMovies[m])},
                {QStringLiteral("open_dt"), start.addDays(m * 4 - 10).toString(Qt::ISODate)},
                {QStringLiteral("sales_amt"), QString::number(audience * 12000)},
                {QStringLiteral("audi_cnt"), QString::number(audience)},
                {QStringLiteral("audi_acc"), QString::number(accumulated[m])},
                {QStringLiteral("scrn_cnt"), QString::number(300 + audience / 400)},
                {QStringLiteral("show_cnt"), QString::number(900 + audience / 90)},
                {QStringLiteral("rank_old_and_new"), day == 0 || m * 4 - 10 == day ? "NEW" : "OLD"},
            });
        }
    }
}

void writeReviews(const QString &path) {
    Random random(2);
    NdjsonFile out(path);
    for (int i = 0; i < 6000; ++i) {
        const int movie = random.below(int(kMovies.size()));
        const int year = 2015 + random.below(9);
        const int rating = std::clamp(int(4 + (movie % 6) + random.below(5) - 2), 1, 10);
        QStringList summary;
        for (int w = 0; w < 3 + random.below(4); ++w)
            summary.append(s(random.pick(kWords)));
        const int helpfulTotal = random.below(200);
        out.write({
            {QStringLiteral("review_id"), QStringLiteral("rw%1").arg(1000000 + i * 7)},
            {QStringLiteral("reviewer"), QStringLiteral("reviewer_%1").arg(random.below(3000))},
            {QStringLiteral("movie"),
             QStringLiteral("%1 (%2)").arg(s(kMovies[movie])).arg(2010 + movie % 12)},
            {QStringLiteral("rating"), QString::number(rating)},
            {QStringLiteral("review_summary"), summary.join(u' ')},
            {QStringLiteral("review_date"), QStringLiteral("%1 %2 %3")
                                                .arg(1 + random.below(28))
                                                .arg(s(random.pick(kMonths)))
                                                .arg(year)},
            {QStringLiteral("spoiler_tag"), random.below(10) == 0 ? 1 : 0},
            {QStringLiteral("helpful"), QJsonArray{QString::number(random.below(helpfulTotal + 1)),
                                                   QString::number(helpfulTotal)}},
        });
    }
}

void writeRanking(const QString &path) {
    Random random(3);
    Random words(31);
    NdjsonFile out(path);
    for (int i = 1; i <= 2000; ++i) {
        QString name;
        const int syllables = 2 + random.below(3);
        for (int k = 0; k < syllables; ++k)
            name += s(random.pick(kSyllables));
        const int level = std::max(1, 290 - int(std::sqrt(double(i)) * 6.2) - random.below(4));
        // Real words, which players who came early took more often than later ones (the
        // nickname study's point); drawn apart, so the other columns stay as they were.
        if (words.below(level > 61 ? 3 : 6) == 0)
            name = s(words.pick(kDictionaryNames));
        const std::vector<std::pair<QString, QJsonValue>> row{
            {QStringLiteral("date"), QStringLiteral("2024-01-01")},
            {QStringLiteral("ranking"), i},
            {QStringLiteral("character_name"), name},
            {QStringLiteral("world_name"), s(random.pick(kWorlds))},
            {QStringLiteral("class_name"), s(random.pick(kClasses))},
            {QStringLiteral("sub_class_name"),
             random.below(4) == 0 ? QString() : s(random.pick(kClasses))},
            {QStringLiteral("character_level"), level},
            {QStringLiteral("character_exp"),
             qint64(level) * 98765432101LL + random.below(1000000)},
            {QStringLiteral("character_popularity"), random.below(500)},
            {QStringLiteral("character_guildname"),
             random.below(3) == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(name + s("길드"))},
        };
        out.write(row);
    }
}

void writeTweets(const QString &path) {
    Random random(4);
    NdjsonFile out(path);
    const QDateTime start(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    const std::array<const char *, 5> texts{"새 영화 개봉 기대된다 #movie", "What a match tonight!",
                                            "¡Qué buen día!", "今日はいい天気", "lol"};
    for (int i = 0; i < 3000; ++i) {
        const int lang = random.below(20) < 9 ? 0 : random.below(int(kLangs.size()));
        const QDateTime at = start.addMSecs(qint64(i) * 1200 + random.below(1000));
        out.write({
            {QStringLiteral("id"), QString::number(1742000000000000000LL + i)},
            {QStringLiteral("text"), s(texts[std::size_t(lang)])},
            {QStringLiteral("author_id"), QString::number(100000 + random.below(800))},
            {QStringLiteral("created_at"), at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("lang"), s(kLangs[std::size_t(lang)])},
            // Flat, as `fetch x-stream` stores them: a live stream can add to this dataset.
            {QStringLiteral("retweet_count"), random.below(50)},
            {QStringLiteral("reply_count"), random.below(20)},
            {QStringLiteral("like_count"), random.below(400)},
            {QStringLiteral("quote_count"), random.below(5)},
        });
    }
}

void writeBestSellers(const QString &path) {
    Random random(5);
    NdjsonFile out(path);
    for (int hour = 10; hour <= 11; ++hour) {
        for (const auto &[code, category] : kCategories) {
            for (int rank = 1; rank <= 100; ++rank) {
                const int item = (rank + random.below(3) + (hour - 10) * 2) % 140;
                const qint64 price = 1000 * (5 + (item * 37) % 300);
                const bool discounted = item % 3 == 0;
                const std::vector<std::pair<QString, QJsonValue>> row{
                    {QStringLiteral("collected_at"),
                     QStringLiteral("2024-01-01T%1:00:00+09:00").arg(hour)},
                    {QStringLiteral("category_code"), s(code)},
                    {QStringLiteral("category_name"), s(category)},
                    {QStringLiteral("rank"), rank},
                    {QStringLiteral("goodscode"),
                     QString::number(2000000000LL + item * 101 +
                                     QString::fromUtf8(code).right(2).toInt())},
                    {QStringLiteral("title"),
                     QStringLiteral("%1 상품 %2 &amp; 세트").arg(s(category)).arg(item)},
                    {QStringLiteral("price"), QString::number(price)},
                    {QStringLiteral("original_price"),
                     discounted ? QJsonValue(QString::number(price * 100 / 85))
                                : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("discount_rate"),
                     discounted ? QJsonValue(15) : QJsonValue(QJsonValue::Null)},
                };
                out.write(row);
            }
        }
    }
}

} // namespace

Status DemoBuilder::importFile(const QString &file, const QString &dataset, const QString &shape) {
    ImportOptions options;
    options.files = {file};
    options.dataset = dataset;
    options.mode = ImportMode::Replace;
    options.sourceKind = QStringLiteral("demo");
    options.sourceParams =
        QJsonObject{{QStringLiteral("synthetic"), true}, {QStringLiteral("shape"), shape}};
    ImportJob job(m_path, options);
    ImportResult result;
    if (Status status = job.run(result); !status)
        return status;
    m_datasets.append(dataset);
    return Status::success();
}

Status DemoBuilder::build() {
    QTemporaryDir dir;
    if (!dir.isValid())
        return Status::internal(QStringLiteral("cannot create a temporary folder"));
    struct Part {
        const char *dataset;
        const char *shape;
        void (*write)(const QString &);
    };
    const std::array<Part, 5> parts{{
        {"kobis_boxoffice_daily", "kobis-daily", writeBoxOffice},
        {"imdb_reviews", "imdb-reviews", writeReviews},
        {"maple_ranking", "maple-ranking", writeRanking},
        {"x_tweets", "x-stream", writeTweets},
        {"gmarket_best", "gmarket-best", writeBestSellers},
    }};
    for (const Part &part : parts) {
        const QString file =
            dir.filePath(QString::fromLatin1(part.dataset) + QStringLiteral(".ndjson"));
        part.write(file);
        if (Status s = importFile(file, QString::fromLatin1(part.dataset),
                                  QString::fromLatin1(part.shape));
            !s)
            return s;
    }
    if (Status s = scoreNames(); !s)
        return s;
    return saveDashboards();
}

Status DemoBuilder::scoreNames() {
    // The nickname study's scores: 1 for a nickname that is a word of the Korean dictionary;
    // on a machine without hunspell-ko, the sentiment lexicon's.
    ScoreOptions options;
    options.dataset = QStringLiteral("maple_ranking");
    options.column = QStringLiteral("character_name");
    options.into = QStringLiteral("name_score");
    options.scorer = QStringLiteral("dictionary");
    options.language = QStringLiteral("ko");
    options.rescore = true;
    ScoreResult result;
    Status status = ScoreJob(m_path, options).run(result);
    if (status.kind() == ErrorKind::BadInput) {
        options.scorer = QStringLiteral("lexicon");
        status = ScoreJob(m_path, options).run(result);
    }
    return status;
}

Status DemoBuilder::saveDashboards() {
    QFile file(QStringLiteral(":/demo/dashboards.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Status::internal(QStringLiteral("the demo dashboards are missing from the build"));
    std::unique_ptr<Workspace> workspace;
    if (Status s = Workspace::open(m_path, workspace); !s)
        return s;
    DashboardStore store(workspace->database());
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject json = value.toObject();
        Dashboard dashboard{json.value(QStringLiteral("name")).toString(),
                            json.value(QStringLiteral("columns")).toInt(2),
                            {}};
        for (const QJsonValue &chartValue : json.value(QStringLiteral("charts")).toArray()) {
            const QJsonObject chart = chartValue.toObject();
            DashboardChart placed;
            if (Status s = ChartSpec::fromJson(chart.value(QStringLiteral("spec")).toObject(),
                                               placed.spec);
                !s)
                return Status::internal(
                    QStringLiteral("demo dashboard '%1': %2").arg(dashboard.name, s.message()));
            placed.row = chart.value(QStringLiteral("row")).toInt();
            placed.column = chart.value(QStringLiteral("column")).toInt();
            placed.rowSpan = chart.value(QStringLiteral("row_span")).toInt(1);
            placed.columnSpan = chart.value(QStringLiteral("column_span")).toInt(1);
            dashboard.charts.append(placed);
        }
        if (Status s = store.save(dashboard); !s)
            return s;
        m_dashboards.append(dashboard.name);
    }
    return Status::success();
}

} // namespace tl
