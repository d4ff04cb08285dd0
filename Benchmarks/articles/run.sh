#!/usr/bin/env bash
# Article parsing benchmark: our parser on the rendered text and on the HTML of ../shared/data/articles/pages-dev.jsonl,
# next to trafilatura 2.3 on the same HTML, all scored by ../shared/tools/article_score.py.
# Usage: bash Benchmarks/articles/run.sh [PAGES.jsonl]   (from the repository root; --no-peer skips trafilatura)
set -euo pipefail
cd "$(dirname "$0")/../.."
pages=${1:-../shared/data/articles/pages-dev.jsonl}
peer=1
[ "${1:-}" = "--no-peer" ] && { peer=0; pages=../shared/data/articles/pages-dev.jsonl; }
[ "${2:-}" = "--no-peer" ] && peer=0
score=../shared/tools/article_score.py
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

swift build -c release --product newsgraph >/dev/null
bin="$(swift build -c release --show-bin-path)/newsgraph"

measure() { # field format: runs the parser over one field, reports MB/s of that field's bytes
    local field=$1 flag=$2
    local bytes
    bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['$field'].encode()) for l in open(sys.argv[1])))" "$pages")
    local start end
    start=$(date +%s.%N)
    "$bin" extract --jsonl $flag <"$pages" >"$out/$field.jsonl"
    end=$(date +%s.%N)
    python3 -c "import sys; b,s,e=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]); print('newsgraph %s: %.2f MB in %.2f s = %.2f MB/s (one process, one core)' % (sys.argv[4], b/1e6, e-s, b/1e6/(e-s)))" "$bytes" "$start" "$end" "$field"
}
measure text ""
measure html "--html"

columns=("newsgraph text" "newsgraph html")
files=("$out/text.jsonl" "$out/html.jsonl")
if [ $peer = 1 ]; then
    venv=.build-bench-venv
    if [ ! -x $venv/bin/python ]; then
        python3 -m venv $venv
        $venv/bin/pip install -q "trafilatura==2.3.*" lxml_html_clean
    fi
    $venv/bin/python Benchmarks/articles/trafilatura_pages.py "$pages" "$out/trafilatura.jsonl"
    columns+=("trafilatura html")
    files+=("$out/trafilatura.jsonl")
fi

for i in "${!files[@]}"; do
    python3 "$score" "$pages" "${files[$i]}" --json >"$out/score$i.json" 2>/dev/null
done
python3 - "$out" "${columns[@]}" <<'PY'
import json, sys
out, names = sys.argv[1], sys.argv[2:]
scores = [json.load(open("%s/score%d.json" % (out, i)))["summary"] for i in range(len(names))]
def pick(s, *path):
    for p in path:
        if not isinstance(s, dict) or p not in s:
            return None
        s = s[p]
    return s
rows = [("body F1", ("f1",)), ("body precision", ("precision",)), ("body recall", ("recall",)),
        ("pages F1 < 0.5", ("pages_f1_lt_0_5",)), ("title exact", ("title_exact",)),
        ("authors F1", ("authors_f1_mean",)), ("date (day)", ("published_day_match",)), ("source", ("source_match",))]
print("%-20s" % "" + "".join("%18s" % n for n in names))
for label, path in rows:
    cells = []
    for s in scores:
        v = pick(s, *path)
        cells.append("%18s" % ("-" if v is None else ("%.3f" % v if isinstance(v, float) else v)))
    print("%-20s" % label + "".join(cells))
PY
