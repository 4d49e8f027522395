#!/usr/bin/env python3
"""The python3 peer of `trendlens import` on NDJSON: json.loads per line, helpful flattened to
two columns, executemany in batches of 10,000 inside one transaction.

usage: py_ndjson_import.py IN.ndjson OUT.db
"""
import json
import sqlite3
import sys

COLUMNS = ["review_id", "reviewer", "movie", "rating", "review_summary", "review_date",
           "spoiler_tag", "review_detail", "helpful_1", "helpful_2"]


def rows(path):
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            helpful = r.get("helpful") or [None, None]
            yield (r["review_id"], r["reviewer"], r["movie"], int(r["rating"]), r["review_summary"],
                   r["review_date"], r["spoiler_tag"], r["review_detail"], int(helpful[0]),
                   int(helpful[1]))


def main():
    db = sqlite3.connect(sys.argv[2])
    db.execute("CREATE TABLE reviews (%s)" % ", ".join(COLUMNS))
    insert = "INSERT INTO reviews VALUES (%s)" % ", ".join("?" * len(COLUMNS))
    batch = []
    with db:
        for row in rows(sys.argv[1]):
            batch.append(row)
            if len(batch) == 10000:
                db.executemany(insert, batch)
                batch.clear()
        db.executemany(insert, batch)
    db.close()


if __name__ == "__main__":
    main()
