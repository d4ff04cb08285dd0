#!/usr/bin/env bash
# Retrain the shipped organization tagger and score it on the dev sets, checking that `newsgraph eval` agrees with
# ../shared/tools/ner_score.py to the 4th decimal.
#
# Usage: Benchmarks/ner/train-and-score.sh [NEWSGRAPH_BINARY]   (run from the repository root)
# Needs: Debian packages wamerican and wordnet-base (the word list and WordNet the model stores), python3.
# Environment: NER_DATA (default ../shared/data/ner), NER_TOOLS (default ../shared/tools), MODEL (default: a temp
# file; set MODEL=Sources/OrganizationModel/Resources/organization-tagger.bin to replace the shipped model).
set -euo pipefail
BIN=${1:-.build/release/newsgraph}
DATA=${NER_DATA:-../shared/data/ner}
TOOLS=${NER_TOOLS:-../shared/tools}
MODEL=${MODEL:-$(mktemp --suffix=.bin)}
OUT=$(mktemp -d)

nice "$BIN" train --data "$DATA/conll2003-train.jsonl" --output "$MODEL" \
    --lexicon /usr/share/dict/american-english --wordnet /usr/share/wordnet/data.noun
sha256sum "$MODEL"

status=0
for set in conll2003-dev web-news-dev; do
    echo "== $set"
    "$BIN" eval --gold "$DATA/$set.jsonl" --model "$MODEL" --predictions "$OUT/$set.pred.jsonl" --repeats 3 | tee "$OUT/$set.eval"
    python3 "$TOOLS/ner_score.py" "$DATA/$set.jsonl" "$OUT/$set.pred.jsonl" | tee "$OUT/$set.script"
    # the three score lines must be identical
    if ! diff <(grep -E '^mention|^doc-names' "$OUT/$set.eval") <(grep -E '^mention|^doc-names' "$OUT/$set.script"); then
        echo "MISMATCH between newsgraph eval and ner_score.py on $set" >&2
        status=1
    fi
done
exit $status
