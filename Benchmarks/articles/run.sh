#!/usr/bin/env bash
# Article parsing benchmark: our parser on the rendered text and on the HTML of ../shared/data/articles/pages-dev.jsonl,
# next to trafilatura 2.3 on the same HTML, all scored by ../shared/tools/article_score.py.
# Usage: bash Benchmarks/articles/run.sh [PAGES.jsonl]   (from the repository root; --no-peer skips trafilatura)
#        NEWSGRAPH_BIN=/path/to/newsgraph bash Benchmarks/articles/run.sh --no-peer   (another build, e.g. main's)
set -euo pipefail
cd "$(dirname "$0")/../.."
pages=${1:-../shared/data/articles/pages-dev.jsonl}
peer=1
[ "${1:-}" = "--no-peer" ] && { peer=0; pages=../shared/data/articles/pages-dev.jsonl; }
[ "${2:-}" = "--no-peer" ] && peer=0
score=../shared/tools/article_score.py
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if [ -n "${NEWSGRAPH_BIN:-}" ]; then
    bin=$NEWSGRAPH_BIN
else
    swift build -c release --product newsgraph >/dev/null
    bin="$(swift build -c release --show-bin-path)/newsgraph"
fi

# Speed, by CPU time on one core: newsgraph extract --cpu-time adds up the process CPU time of the analysis calls
# alone (no JSON reading or writing, no model loading). "parse" is the article parser (--parse-only: body, title,
# authors, date, source, dateline, language); "analysis" adds organization finding, as POST /articles does. Each
# figure is the median of 3 runs, each over the pages repeated enough to take at least 2 s (2.5 s by a first run).
cpu_seconds() { sed -n 's/^cpu-time: .* bytes in \([0-9.]*\) s .*/\1/p' "$1"; }
measure() { # field flag: the quality run, then parse and analysis speed on that field
    local field=$1 flag=$2
    python3 -c "
import json, sys
with open(sys.argv[2], 'w') as out:
    for line in open(sys.argv[1]):
        page = json.loads(line)
        out.write(json.dumps({'id': page['id'], 'url': page.get('url'), sys.argv[3]: page[sys.argv[3]]}) + '\\n')
" "$pages" "$out/$field-pages.jsonl" "$field"
    local bytes
    bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['$field'].encode()) for l in open(sys.argv[1])))" "$pages")
    "$bin" extract --jsonl $flag --cpu-time <"$out/$field-pages.jsonl" >"$out/$field.jsonl" 2>"$out/$field.cpu"
    for mode in parse analysis; do
        local extra="" once
        [ $mode = parse ] && extra=--parse-only
        if [ $mode = parse ]; then
            "$bin" extract --jsonl $flag $extra --cpu-time <"$out/$field-pages.jsonl" >/dev/null 2>"$out/once.cpu"
            once=$(cpu_seconds "$out/once.cpu")
        else
            once=$(cpu_seconds "$out/$field.cpu")
        fi
        local copies
        copies=$(python3 -c "import math,sys; print(max(1, math.ceil(2.5 / max(float(sys.argv[1]), 1e-3))))" "$once")
        for _ in $(seq "$copies"); do cat "$out/$field-pages.jsonl"; done >"$out/repeated.jsonl"
        local runs=()
        for _ in 1 2 3; do
            "$bin" extract --jsonl $flag $extra --cpu-time <"$out/repeated.jsonl" >/dev/null 2>"$out/run.cpu"
            runs+=("$(cpu_seconds "$out/run.cpu")")
        done
        python3 -c "
import statistics, sys
field, mode, bytes, copies = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
runs = sorted(float(x) for x in sys.argv[5:])
mb = bytes * copies / 1e6
print('newsgraph %-4s %-8s %6.2f MB/s  (%.2f MB, CPU s of 3 runs: %s; median, one core)'
      % (field, mode, mb / statistics.median(runs), mb, ' '.join('%.2f' % r for r in runs)))
" "$field" "$mode" "$bytes" "$copies" "${runs[@]}"
    done
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
