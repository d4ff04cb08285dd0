#!/usr/bin/env python3
"""Checks the stored seed article (../shared/data/seed-article.txt) against what issue 2 requires."""
import json
import sys

article = json.load(open(sys.argv[1]))
problems = []


def expect(cond, what):
    if not cond:
        problems.append(what)


expect(article.get("title") == "Californian companies enthusiastic about cooperation with China",
       "title %r" % article.get("title"))
expect(article.get("authors") == ["Zheng Qian"], "authors %r" % article.get("authors"))
expect(article.get("source") == "english.eastday.com", "source %r" % article.get("source"))
expect((article.get("published_at") or "").startswith("2020-11-12T10:30"),
       "published_at %r" % article.get("published_at"))
body = article.get("body") or ""
for junk in ("Welcome to", "Follow us @", "Contribute to us!", "Home >> Latest >> Article", "By:Zheng Qian"):
    expect(junk not in body, "body still holds %r" % junk)

text = article["text"]
orgs = article.get("organizations") or []
names = {o["name"] for o in orgs}
for org in orgs:
    for m in org["mentions"]:
        expect(text[m["start"]:m["end"]] == m["text"], "mention offsets wrong: %r" % m)
for required in ("Bay Area Council", "China International Import Expo", "MEBO Group",
                 "Sacramento Minority Business Development Agency Export Center", "Port of Oakland Authority",
                 "California Office of Business and Economic Development"):
    expect(required in names, "missing organization %r" % required)
ciie = [o for o in orgs if o["name"] == "China International Import Expo"]
expect(ciie and "CIIE" in ciie[0]["aliases"], "CIIE is not an alias of China International Import Expo")
all_mentions = {m["text"] for o in orgs for m in o["mentions"]} | names
for person_or_place in ("Jennifer Zou", "Max Oltersdorg", "Libby Schaaf", "Zheng Qian", "California", "China",
                        "Oakland", "San Francisco", "Shanghai"):
    expect(person_or_place not in all_mentions, "%r found as an organization" % person_or_place)

print("seed article: title=%r authors=%r source=%r published_at=%r organizations=%s"
      % (article.get("title"), article.get("authors"), article.get("source"), article.get("published_at"),
         sorted(names)))
if problems:
    print("seed article check FAILED:\n  " + "\n  ".join(problems))
    sys.exit(1)
print("seed article check passed")
