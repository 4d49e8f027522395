#!/usr/bin/env python3
"""A command scorer that fails on purpose, one way per MODE, for tst_scoring.

Each mode says on stderr what went wrong last, as a real model would, so the test can check
that Trendlens' message ends with it.
"""
import json
import sys
import time

mode = sys.argv[1]
requests = [json.loads(line) for line in sys.stdin if line.strip()]


def answer(request, **extra):
    out = {"id": request["id"], "score": 0.5}
    out.update(extra)
    print(json.dumps(out), flush=True)


if mode == "exit3":
    answer(requests[0])
    print("loading weights", file=sys.stderr)
    print("RuntimeError: CUDA out of memory", file=sys.stderr, flush=True)
    sys.exit(3)
if mode == "garbage":
    answer(requests[0])
    print("Traceback: bad token", file=sys.stderr, flush=True)
    print("0.5 0.7", flush=True)
if mode == "string-score":
    print(json.dumps({"id": requests[0]["id"], "score": "high"}), flush=True)
if mode == "unknown":
    answer({"id": 999999})
if mode == "repeat":
    answer(requests[0])
    answer(requests[1])
    answer(requests[0])
if mode == "missing":
    for request in requests[:-7]:
        answer(request)
    print("skipped 7 texts", file=sys.stderr, flush=True)
if mode == "silent":
    print("thinking", file=sys.stderr, flush=True)
    time.sleep(60)
if mode == "late-garbage":
    # Half the answers, a pause long enough for Trendlens to commit them, then garbage.
    half = len(requests) // 2
    for request in requests[:half]:
        answer(request, label="ok")
    time.sleep(1.6)
    print("model diverged", file=sys.stderr, flush=True)
    print("{\"id\": oops}", flush=True)
sys.exit(0)
