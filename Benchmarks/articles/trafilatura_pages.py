#!/usr/bin/env python3
"""Runs trafilatura on every page's HTML and writes scorer-ready predictions (the peer in Benchmarks/articles)."""
import json
import sys
import time

import trafilatura

pages, out = sys.argv[1], sys.argv[2]
started = time.perf_counter()
size = 0
with open(pages) as source, open(out, "w") as sink:
    for line in source:
        page = json.loads(line)
        size += len(page["html"].encode())
        result = trafilatura.bare_extraction(page["html"], url=page.get("url"), with_metadata=True)
        doc = result.as_dict() if result is not None else {}
        authors = doc.get("author") or ""
        sink.write(json.dumps({
            "id": page["id"], "body": doc.get("text") or "", "title": doc.get("title"),
            "authors": [a.strip() for a in authors.split(";") if a.strip()],
            "published_at": doc.get("date"), "source": doc.get("sitename"),
        }) + "\n")
elapsed = time.perf_counter() - started
print("trafilatura: %.2f MB of HTML in %.2f s = %.2f MB/s" % (size / 1e6, elapsed, size / 1e6 / elapsed), file=sys.stderr)
