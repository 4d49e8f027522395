#!/usr/bin/env python3
"""Writes deterministic IMDb-review-shaped rows (~1 KB each) as CSV and NDJSON.

The same rows in both files: quoted commas, doubled quotes, embedded newlines and
Korean text in the CSV; the IMDb dataset's own shapes in the NDJSON (rating as a
string, "D Month YYYY" dates, helpful as ["yes", "total"] strings).

usage: gen_reviews.py ROWS OUT.csv OUT.ndjson
"""
import json
import random
import sys

WORDS_EN = ("the plot was amazing and the actor carried it , but the ending felt rushed "
            "popcorn ticket cinema trailer sequel boring awful \"great\" score soundtrack "
            "director camera pacing, dialogue").split(" ")
WORDS_KO = ("영화 배우 연기 최고 감동 지루한 결말 반전 스토리 음악 감독 연출 "
            "극장 팝콘 예고편 속편 재미 눈물 웃음 명작").split(" ")
MONTHS = ("January February March April May June July August September October November "
          "December").split(" ")
TITLES = ["Midnight Ledger", "기생충", "Ocean's Echo", "서울의 봄", "The Quiet Hour",
          "Paper Moon, Again", "범죄도시", "\"Blue\" Harbour", "Winter Road", "택시운전사"]


def paragraph(rng, words, n):
    return " ".join(rng.choice(words) for _ in range(n))


def csv_field(value):
    text = str(value)
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def main():
    rows = int(sys.argv[1])
    rng = random.Random(20241122)
    # A pool of review bodies keeps generation fast; rows pick from it at random.
    bodies = []
    for i in range(4096):
        parts = [paragraph(rng, WORDS_EN, 60 + rng.randrange(40))]
        if i % 3 == 0:
            parts.append(paragraph(rng, WORDS_KO, 30 + rng.randrange(30)))
        if i % 4 == 0:
            parts.append(paragraph(rng, WORDS_EN, 20))
        bodies.append("\n".join(parts))
    summaries = [paragraph(rng, WORDS_EN + WORDS_KO, 4 + rng.randrange(6)) for _ in range(1024)]

    header = ["review_id", "reviewer", "movie", "rating", "review_summary", "review_date",
              "spoiler_tag", "review_detail", "helpful_yes", "helpful_total"]
    with open(sys.argv[2], "w", encoding="utf-8", newline="") as csv_out, \
            open(sys.argv[3], "w", encoding="utf-8", newline="") as json_out:
        csv_out.write(",".join(header) + "\r\n")
        csv_lines, json_lines = [], []
        for i in range(rows):
            total = rng.randrange(2000)
            yes = rng.randrange(total + 1)
            record = {
                "review_id": "rw%07d" % (1000000 + i),
                "reviewer": "reviewer_%d" % rng.randrange(200000),
                "movie": "%s (%d)" % (TITLES[rng.randrange(len(TITLES))], 1990 + rng.randrange(35)),
                "rating": str(1 + rng.randrange(10)),
                "review_summary": summaries[rng.randrange(len(summaries))],
                "review_date": "%d %s %d" % (1 + rng.randrange(28), MONTHS[rng.randrange(12)],
                                             2000 + rng.randrange(25)),
                "spoiler_tag": rng.randrange(2),
                "review_detail": bodies[rng.randrange(len(bodies))],
                "helpful": [str(yes), str(total)],
            }
            values = list(record.values())[:-1] + record["helpful"]
            csv_lines.append(",".join(csv_field(v) for v in values))
            json_lines.append(json.dumps(record, ensure_ascii=False))
            if len(csv_lines) == 10000:
                csv_out.write("\r\n".join(csv_lines) + "\r\n")
                json_out.write("\n".join(json_lines) + "\n")
                csv_lines, json_lines = [], []
        if csv_lines:
            csv_out.write("\r\n".join(csv_lines) + "\r\n")
            json_out.write("\n".join(json_lines) + "\n")


if __name__ == "__main__":
    main()
