#!/usr/bin/env python3
"""Scores texts with a Hugging Face sentiment model: a Trendlens command scorer.

    pip install transformers torch          # once, where the model will run
    trendlens score maple_ranking --column character_name --into name_sentiment \
        --scorer command --timeout 600 \
        --command "python3 tools/scorers/hf_sentiment.py matthewburke/korean_sentiment"

MODEL is any text-classification model of the Hugging Face hub, or a folder holding one
(the nickname study used a Korean sentiment model). It is downloaded once into the usual
Hugging Face cache; with HF_HUB_OFFLINE=1 only a cached or local model is used.

Reads {"id": 17, "text": "사랑"} per line on stdin, scores in batches, and writes
{"id": 17, "score": 0.93, "label": "positive"} per line on stdout. The score is the model's
probability of the positive class in [0, 1] when the model's labels say which class is
positive (POSITIVE/NEGATIVE, LABEL_1/LABEL_0, positive/negative, 긍정/부정), else the top
class's probability; the label is the top class. Loading a large model can take minutes:
give --timeout (seconds of silence Trendlens allows) room for that.

Not runnable without the model's weights; Trendlens' tests use hangul_share.py instead.
"""
import argparse
import json
import sys

POSITIVE = {"positive", "pos", "label_1", "1", "긍정"}
NEGATIVE = {"negative", "neg", "label_0", "0", "부정"}


def positive_probability(scores):
    """The positive class's probability from a list of {"label", "score"}, or None."""
    for item in scores:
        if item["label"].lower() in POSITIVE:
            return item["score"]
    for item in scores:
        if item["label"].lower() in NEGATIVE and len(scores) == 2:
            return 1.0 - item["score"]
    return None


def flush(classifier, batch, out):
    texts = [request["text"] for request in batch]
    results = classifier(texts, top_k=None, truncation=True)
    for request, scores in zip(batch, results):
        top = max(scores, key=lambda item: item["score"])
        value = positive_probability(scores)
        out.write(json.dumps({"id": request["id"],
                              "score": top["score"] if value is None else value,
                              "label": top["label"]}, ensure_ascii=False) + "\n")
    out.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", help="a Hugging Face model id or a local folder")
    parser.add_argument("--batch", type=int, default=64, help="texts per forward pass")
    parser.add_argument("--device", default=None, help="e.g. cuda:0; default: CPU")
    args = parser.parse_args()
    try:
        from transformers import pipeline
    except ImportError:
        print("hf_sentiment: the Python package 'transformers' is missing "
              "(pip install transformers torch)", file=sys.stderr)
        return 3
    print(f"hf_sentiment: loading {args.model}", file=sys.stderr, flush=True)
    classifier = pipeline("text-classification", model=args.model, device=args.device)
    batch = []
    for line in sys.stdin:
        if not line.strip():
            continue
        batch.append(json.loads(line))
        if len(batch) >= args.batch:
            flush(classifier, batch, sys.stdout)
            batch = []
    if batch:
        flush(classifier, batch, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
