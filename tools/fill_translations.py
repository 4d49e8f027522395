#!/usr/bin/env python3
"""Fills translation .ts files from a reviewed phrase book and reports what is left.

usage: tools/fill_translations.py translations/trendlens_ko.ts translations/ko_phrases.json
       tools/fill_translations.py translations/trendlens_en.ts --source

The phrase book maps an English source text to its translation, so a string that moves to
another class keeps its translation. `--source` marks every entry as translated by its own
source text (the English file). Entries with no phrase stay unfinished and are listed.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    ts_path = sys.argv[1]
    phrases = None if sys.argv[2] == "--source" else json.load(open(sys.argv[2], encoding="utf-8"))
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            text = source if phrases is None else phrases.get(source)
            if text is None:
                missing.append("%s: %s" % (context.find("name").text, source))
                continue
            forms = translation.findall("numerusform")
            if forms:  # a %n message: one form per plural form of the language
                for form in forms:
                    form.text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, "r+", encoding="utf-8") as f:
        body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(body + ("" if body.endswith("\n") else "\n"))
        f.truncate()
    for m in missing:
        print("untranslated: " + m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
