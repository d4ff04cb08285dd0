#!/usr/bin/env python3
"""Organization finding as the server does it: annotated news set inside real page chrome.

Each document of an annotated set (../shared/data/ner/*.jsonl) replaces the article body of one of the rendered
pages in ../shared/data/articles/pages-dev.jsonl (menus, bylines, share bars, related links and footers kept), the
page goes through `newsgraph extract --jsonl` (parser, then the finder over the title and body it found), and the
mentions found inside the inserted document are scored with ../shared/tools/ner_score.py against its gold. So this
measures what `eval` does not: the finder reading only the regions the parser chose, next to page furniture, and
mentions lost when the parser cuts a paragraph out of the body.

Usage: in_pages.py BIN [SET.jsonl ...]   (default: conll2003-dev and web-news-dev)
"""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.normpath(os.path.join(here, "..", "..", "..", "shared"))


def body_span(page):
    """Scalar range of the page text from its gold body's first paragraph to its last, or None."""
    text = page["text"]
    paragraphs = [p.strip() for p in page["gold"]["articleBody"].split("\n") if p.strip()]
    if len(paragraphs) < 2:
        return None
    head, tail = paragraphs[0][:40], paragraphs[-1][-40:]
    start = text.find(head)
    end = text.find(tail, start + 1) if start >= 0 else -1
    if start < 0 or end < 0:
        return None
    return start, end + len(tail)


def main():
    binary = sys.argv[1]
    sets = sys.argv[2:] or [
        os.path.join(shared, "data/ner/conll2003-dev.jsonl"),
        os.path.join(shared, "data/ner/web-news-dev.jsonl"),
    ]
    pages = []
    with open(os.path.join(shared, "data/articles/pages-dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            page = json.loads(line)
            span = body_span(page)
            if span:
                pages.append((page["text"], span))
    for path in sets:
        docs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        with tempfile.TemporaryDirectory() as tmp:
            placed = {}
            with open(os.path.join(tmp, "in.jsonl"), "w", encoding="utf-8") as out:
                for n, doc in enumerate(docs):
                    text, (start, end) = pages[n % len(pages)]
                    placed[doc["id"]] = (start, len(doc["text"]))
                    page = text[:start] + doc["text"] + text[end:]
                    out.write(json.dumps({"id": doc["id"], "text": page}) + "\n")
            with open(os.path.join(tmp, "in.jsonl"), encoding="utf-8") as source:
                found = subprocess.run(
                    [binary, "extract", "--jsonl"], stdin=source, capture_output=True, text=True, check=True
                ).stdout
            with open(os.path.join(tmp, "pred.jsonl"), "w", encoding="utf-8") as out:
                for line in found.splitlines():
                    result = json.loads(line)
                    start, length = placed[result["id"]]
                    inside = [
                        {"start": e["start"] - start, "end": e["end"] - start, "label": e["label"]}
                        for e in result["entities"]
                        if e["start"] >= start and e["end"] <= start + length
                    ]
                    out.write(json.dumps({"id": result["id"], "entities": inside}) + "\n")
            score = subprocess.run(
                [sys.executable, os.path.join(shared, "tools/ner_score.py"), path,
                 os.path.join(tmp, "pred.jsonl"), "--json"],
                capture_output=True, text=True, check=True,
            ).stdout
            exact = json.loads(score)["mention-exact"]
            print(f"{os.path.basename(path)} in {len(pages)} pages' chrome: mention-exact ORG "
                  f"P {exact['precision']:.4f} R {exact['recall']:.4f} F1 {exact['f1']:.4f}")


if __name__ == "__main__":
    main()
