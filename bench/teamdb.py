"""What the team-database benchmarks (bench/postgres, bench/clickhouse) share: the box-office
rows they load, the charts they ask, and timing by the best of several runs."""
import subprocess
import time

MOVIES = ["서울의 봄", "노량: 죽음의 바다", "외계+인 2부", "Wonka", "Aquaman", "괴물", "Elemental",
          "범죄도시3", "Oppenheimer", "파묘", "Dune", "베테랑2", "Inside Out 2", "핸섬가이즈"]

# Each chart's name and spec; each benchmark pairs them with the SQL an analyst would type.
CHARTS = [
    ("count by movie", {"type": "bar", "x": {"column": "movie"}}),
    ("month sum",
     {"x": {"column": "day", "bucket": "month"}, "y": {"agg": "sum", "column": "audience"}}),
    ("week median",
     {"x": {"column": "day", "bucket": "week"}, "y": {"agg": "median", "column": "audience"}}),
    ("month count distinct",
     {"x": {"column": "day", "bucket": "month"}, "y": {"agg": "count_distinct", "column": "movie"}}),
    ("month top 3 + other",
     {"x": {"column": "day", "bucket": "month"}, "series": {"column": "movie", "top": 3},
      "y": {"agg": "sum", "column": "audience"}}),
    ("histogram", {"type": "histogram", "x": {"column": "rating"}, "bins": 20}),
    ("box by movie", {"type": "box", "x": {"column": "movie"}, "y": {"column": "audience"}}),
]


def write_sales_csv(path, rows):
    """N box-office rows over two years: day, movie (Korean titles), audience, rating (some
    empty)."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("day,movie,audience,rating\n")
        for i in range(rows):
            day = time.strftime("%Y-%m-%d", time.gmtime(1672531200 + (i % 730) * 86400))
            rating = "" if i % 17 == 0 else "%.1f" % (1 + (i * 37) % 90 / 10.0)
            f.write("%s,%s,%d,%s\n" % (day, MOVIES[(i * 7 + i // 13) % len(MOVIES)],
                                       1000 + (i * 7919) % 50000, rating))


def best_of(times, command, env=None, stdin=None):
    """The shortest wall time of `times` runs, and that run's output."""
    best = None
    for _ in range(times):
        start = time.monotonic()
        if stdin:
            with open(stdin, "rb") as f:
                output = subprocess.run(command, check=True, capture_output=True, env=env, stdin=f)
        else:
            output = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
        took = time.monotonic() - start
        if best is None or took < best[0]:
            best = (took, output)
    return best
