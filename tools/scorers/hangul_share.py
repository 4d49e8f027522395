#!/usr/bin/env python3
"""A small, runnable example of a Trendlens command scorer (and the one its tests use).

    trendlens score maple_ranking --column character_name --into hangul \
        --scorer command --command "python3 tools/scorers/hangul_share.py"

Protocol: one JSON object per line on stdin, {"id": 17, "text": "사랑"}, until stdin closes;
one JSON object per line on stdout, {"id": 17, "score": 1.0, "label": "korean"}, in any
order, each id exactly once. Exit 0 when done; anything on stderr is shown when it fails.

The score is the share of the text's letters that are Hangul syllables, so names of real
Korean words and gibberish in other scripts are told apart; the label is "korean" when more
than half are. Replace score() with your model: see hf_sentiment.py for a Hugging Face one.

Options: --delay S waits S seconds before each answer (to watch progress and Cancel).
"""
import argparse
import json
import sys
import time


def score(text):
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    hangul = sum(1 for c in letters if "\uac00" <= c <= "\ud7a3")
    return hangul / len(letters)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        value = score(request["text"])
        if args.delay:
            time.sleep(args.delay)
        answer = {"id": request["id"], "score": value,
                  "label": "korean" if value > 0.5 else "other"}
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
