#!/usr/bin/env bash
# Server benchmark suite: HTTP next to peer servers, ingest (single POSTs and bulk), queries at scale, memory.
#
#   bash Benchmarks/server/run.sh [-r ROUNDS] [-n ARTICLES] [-s "SECTIONS"] [-p "PEERS"] [-o OUTDIR]
#
#   -r N         HTTP rounds, peers alternating round by round (default 3)
#   -n N         generated articles loaded for the query section (default 100000)
#   -s LIST      sections, in order (default "http ingest queries memory")
#   -p LIST      peers from ../shared/bench (default "hummingbird flyingfox-nodelay nginx"; vapor works too)
#   -o DIR       where raw.txt, summary.md, logs and databases go (default: a new temp dir)
#   -R PRIO      memory section: servers, wrk and the idle-connection holder under SCHED_FIFO PRIO (chrt -f;
#                root), so that other processes on a shared machine cannot delay their wake-ups
#                (../shared/bench/README.md, "Scheduling"). Only there: its runs are one connection, ping-pong;
#                a run that keeps a core busy would meet the kernel's RT throttling (50 ms a second).
#   DURATION / WARMUP (seconds, default 8 / 2) apply to every wrk run.
#   NEWSGRAPH_BIN=PATH measures that newsgraph binary instead of building this checkout (before/after runs).
#
# Run from anywhere; needs wrk, nginx, curl, python3 (apt-get install wrk nginx curl). The peers are copied from
# ../shared/bench into .build-peers/ (gitignored) and built there once; later runs reuse the binaries.
# Our server and each peer run pinned to CPU 0 (../shared/bench/run_pinned.sh), wrk on CPU 1.
# Prints summary.md at the end; docs/benchmarks.md explains each figure.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$repo/Benchmarks/server"
shared="$(cd "$repo/../shared" && pwd)"
rounds=3; articles=100000; sections="http ingest queries memory"; peers="hummingbird flyingfox-nodelay nginx"; outdir=""
rtprio=""; rt=""
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 2; }
while getopts "r:n:s:p:o:R:h" opt; do
    case "$opt" in
        r) rounds="$OPTARG" ;; n) articles="$OPTARG" ;; s) sections="$OPTARG" ;; p) peers="$OPTARG" ;;
        o) outdir="$OPTARG" ;; R) rtprio="$OPTARG" ;; *) usage ;;
    esac
done
outdir="${outdir:-$(mktemp -d -t newsgraph-bench.XXXXXX)}"
mkdir -p "$outdir"
raw="$outdir/raw.txt"
export DURATION="${DURATION:-8}" WARMUP="${WARMUP:-2}"
for tool in wrk curl python3 taskset; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool not found (apt-get install wrk curl)" >&2; exit 2; }
done
pages="$shared/data/articles/pages-dev.jsonl"

# --- builds ---------------------------------------------------------------------------------------------------
if [ -n "${NEWSGRAPH_BIN:-}" ]; then
    # Another build of ours (e.g. main's, for before/after figures in one sitting): used as given, not rebuilt.
    bin="$NEWSGRAPH_BIN"
else
    echo "building newsgraph (release)" >&2
    (cd "$repo" && swift build -c release --product newsgraph 2>&1 | tail -n 1) >&2
    bin="$(cd "$repo" && swift build -c release --show-bin-path)/newsgraph"
fi
bench="$repo/.build-peers/bench"
# The peers' sources come from ../shared/bench; their .build folders stay between runs.
if [ ! -d "$bench" ] || ! diff -rq -x .build "$shared/bench" "$bench" >/dev/null 2>&1; then
    mkdir -p "$bench"
    (cd "$shared/bench" && tar --exclude=.build -cf - .) | (cd "$bench" && tar -xf -)
    chmod -R u+w "$bench"
fi
peer_port() { case "$1" in hummingbird) echo 8081 ;; flyingfox) echo 8082 ;; vapor) echo 8083 ;; nginx) echo 8084 ;; flyingfox-nodelay) echo 8085 ;; newsgraph) echo 8090 ;; esac; }
peer_cmd() {
    case "$1" in
        hummingbird) echo "$bench/peers/hummingbird/HummingbirdPeer/.build/release/HummingbirdPeer" ;;
        flyingfox) echo "$bench/peers/flyingfox/FlyingFoxPeer/.build/release/FlyingFoxPeer" ;;
        flyingfox-nodelay) echo "$bench/peers/flyingfox/FlyingFoxPeer/.build/release/FlyingFoxPeer --nodelay" ;;
        vapor) echo "$bench/peers/vapor/VaporPeer/.build/release/VaporPeer" ;;
        nginx) echo "$bench/peers/nginx/run.sh" ;;
    esac
}
if [[ " $sections " == *" http "* ]]; then
    for p in $peers; do
        cmd=$(peer_cmd "$p"); cmd=${cmd%% *}
        if [ "$p" = nginx ]; then
            command -v nginx >/dev/null || { echo "nginx not installed (apt-get install nginx)" >&2; exit 2; }
        elif [ ! -x "$cmd" ]; then
            pkg=$(dirname "$(dirname "$(dirname "$cmd")")")
            echo "building peer $p in $pkg (release; Hummingbird takes ~8 min the first time)" >&2
            (cd "$pkg" && swift build -c release 2>&1 | tail -n 1) >&2
        fi
    done
fi

# --- helpers --------------------------------------------------------------------------------------------------
server_pid=""
stop_server() {
    [ -n "$server_pid" ] || return 0
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}
idle_pid=""
cleanup() { [ -z "$idle_pid" ] || kill "$idle_pid" 2>/dev/null || true; stop_server; }
trap cleanup EXIT INT TERM

wait_up() { # PORT
    for _ in $(seq 300); do
        curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/healthz" && return 0
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "server on port $1 did not start" >&2; exit 1
}
# The server's processes: the started PID and its descendants, less shell wrappers (nginx runs under run.sh).
server_pids() {
    local all="$1" frontier="$1" next p
    while [ -n "$frontier" ]; do
        next=""
        for p in $frontier; do next="$next $(ps -o pid= --ppid "$p" | tr '\n' ' ')"; done
        frontier=$(echo $next); all="$all $frontier"
    done
    for p in $all; do
        case "$(ps -o comm= -p "$p" 2>/dev/null)" in bash|sh|taskset|"") ;; *) printf '%s ' "$p" ;; esac
    done
}
rss_kb() { local t=0 v p; for p in $(server_pids "$server_pid"); do v=$(awk '$1 == "VmRSS:" { print $2 }' "/proc/$p/status" 2>/dev/null || true); t=$((t + ${v:-0})); done; echo "$t"; }
# newsgraph serve pinned to CPU 0 (CPUS=0,1 for both cores) on DB; log level warning: the access log is
# one stderr line per request, which no peer writes (docs/benchmarks.md).
start_newsgraph() { # DB [extra args]
    local db="$1"; shift
    ${rt:+chrt -f "$rt"} taskset -c "${CPUS:-0}" "$bin" serve --host 127.0.0.1 --port "$(peer_port newsgraph)" --database "$db" \
        --log-level warning "$@" >>"$outdir/newsgraph.log" 2>&1 &
    server_pid=$!
    wait_up "$(peer_port newsgraph)"
}
# A peer pinned to CPU 0 on PORT, its output in LOG.
start_peer() { # LOG PORT COMMAND [ARGS]
    local log="$1" port="$2"; shift 2
    SERVER_RTPRIO="$rt" "$bench/run_pinned.sh" "$@" --port "$port" >"$log" 2>&1 &
    server_pid=$!
    wait_up "$port"
}
cpu_ticks() { local t=0 p v; for p in $1; do v=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat" 2>/dev/null || echo 0); t=$((t + v)); done; echo "$t"; }
# One wrk run with one of our scripts, printing key=value figures like bench_http.sh.
wrk_script() { # LABEL SCRIPT CONNS URL
    local label="$1" script="$2" conns="$3" url="$4" pids t0 t1 out res
    pids=$(server_pids "$server_pid")
    [ "$WARMUP" = 0 ] || taskset -c 1 wrk -t1 -c"$conns" -d"${WARMUP}s" --timeout 10s -s "$script" "$url" >/dev/null 2>&1 || true
    t0=$(cpu_ticks "$pids")
    out=$(taskset -c 1 wrk -t1 -c"$conns" -d"${DURATION}s" --timeout 10s -s "$script" "$url" 2>&1) || true
    t1=$(cpu_ticks "$pids")
    res=$(printf '%s\n' "$out" | grep '^WRKRESULT' | tail -1)
    [ -n "$res" ] || { echo "wrk gave no result: $out" >&2; return 1; }
    printf '%s\n' "$res" | awk -v label="$label" -v dt=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" '{
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        secs = v["duration_us"] / 1e6; n = v["requests"]
        printf "label=%s rps=%.0f p50_ms=%.3f p99_ms=%.3f non2xx=%d sock_errors=%d cpu_pct=%.0f cpu_us_per_req=%.1f\n",
            label, (secs > 0 ? n / secs : 0), v["p50_us"] / 1000, v["p99_us"] / 1000, v["status"],
            v["connect"] + v["read"] + v["write"] + v["timeout"], 100 * dt / hz / secs, (n > 0 ? dt / hz * 1e6 / n : 0)
    }'
}
record() { echo "$*" >> "$raw"; echo "$*" >&2; }
# CPU the server's threads use per second of wall time while no request arrives, in µs (schedstat: nanoseconds,
# unlike the 10 ms ticks of /proc/PID/stat); what idle connections cost whatever else runs on the machine.
idle_cpu_us_per_s() { # PIDS SECONDS
    local ns0 ns1
    ns0=$(cat $(for p in $1; do echo /proc/$p/task/*/schedstat; done) 2>/dev/null | awk '{ t += $1 } END { printf "%.0f", t }')
    sleep "$2"
    ns1=$(cat $(for p in $1; do echo /proc/$p/task/*/schedstat; done) 2>/dev/null | awk '{ t += $1 } END { printf "%.0f", t }')
    echo $(( (ns1 - ns0) / 1000 / $2 ))
}
load1() { cut -d' ' -f1 /proc/loadavg; }

echo "# $(date -u +%FT%TZ) rounds=$rounds articles=$articles sections=$sections peers=$peers duration=$DURATION warmup=$WARMUP commit=$(git -C "$repo" rev-parse --short HEAD) bin=${NEWSGRAPH_BIN:-built} rtprio=${rtprio:-none} load1=$(load1)" >> "$raw"

# --- HTTP: ours next to the peers, alternating --------------------------------------------------------------
if [[ " $sections " == *" http "* ]]; then
    db="$outdir/http.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    start_newsgraph "$db"
    seed=$(python3 "$here/load.py" seed "http://127.0.0.1:$(peer_port newsgraph)" "$pages")
    stop_server
    article_id=$(echo "$seed" | sed 's/.*article_id=\([0-9]*\).*/\1/')
    record "section=http seed $seed"
    servers=(newsgraph $peers)
    n=${#servers[@]}
    for r in $(seq 1 "$rounds"); do
        for i in $(seq 0 $((n - 1))); do
            p=${servers[$(( (i + r - 1) % n ))]}
            port=$(peer_port "$p")
            if [ "$p" = newsgraph ]; then
                start_newsgraph "$db"
                article_path="/articles/$article_id"
            else
                read -r -a argv <<< "$(peer_cmd "$p")"
                start_peer "$outdir/$p.r$r.log" "$port" "${argv[@]}"
                article_path="/articles/1"
            fi
            pids=$(server_pids "$server_pid")
            rss_idle=$(rss_kb)
            for s in healthz_c50 article_c50 healthz_c1 article_c1; do
                case "$s" in healthz_*) path=/healthz ;; article_*) path=$article_path ;; esac
                line=$(CONNS=${s##*_c} SERVER_PIDS="$pids" LOADGEN_RTPRIO="$rt" "$bench/bench_http.sh" "http://127.0.0.1:$port$path" \
                    "$p/$s/r$r" 2>>"$outdir/bench_http.err" || true)
                record "section=http round=$r peer=$p scenario=$s load1=$(load1) $line"
                sleep 0.5
            done
            record "section=http round=$r peer=$p scenario=memory rss_idle_kb=$rss_idle rss_after_kb=$(rss_kb)"
            stop_server
            sleep 1
        done
    done
fi

# --- Ingest: single POSTs at 8 and 50 connections, then bulk NDJSON batches --------------------------------------
# Once on disk (WAL, as in production) and once in memory (what the disk costs). On the disk server also
# POST /extract with the same texts: analysis alone, nothing stored, so that CPU per article splits into extraction
# and the rest (docs/benchmarks.md).
if [[ " $sections " == *" ingest "* ]]; then
    rt=""
    python3 "$here/load.py" texts "$pages" "$outdir/texts.bin"
    for store in disk memory; do
        if [ "$store" = disk ]; then
            db="$outdir/ingest.sqlite"
            rm -f "$db" "$db-wal" "$db-shm"
        else
            db=":memory:"
        fi
        # Extraction is CPU-bound and runs on handler threads: the ingest server gets both cores, like production.
        CPUS=0,1 start_newsgraph "$db"
        for r in $(seq 1 "$rounds"); do
            for c in 8 50; do
                line=$(ARTICLES_FILE="$outdir/texts.bin" INGEST_NONCE="r$r-c$c-$store-$$" \
                    wrk_script "ingest/$store/c$c/r$r" "$here/ingest.lua" "$c" "http://127.0.0.1:$(peer_port newsgraph)")
                record "section=ingest store=$store round=$r scenario=post_c$c load1=$(load1) $line"
            done
            if [ "$store" = disk ]; then
                line=$(ARTICLES_FILE="$outdir/texts.bin" INGEST_NONCE="r$r-x-$$" INGEST_PATH=/extract \
                    wrk_script "ingest/extract/c8/r$r" "$here/ingest.lua" 8 "http://127.0.0.1:$(peer_port newsgraph)")
                record "section=ingest store=$store round=$r scenario=extract_c8 load1=$(load1) $line"
            fi
            pids=$(server_pids "$server_pid")
            t0=$(cpu_ticks "$pids")
            line=$(python3 "$here/load.py" bulk "http://127.0.0.1:$(peer_port newsgraph)" --pages "$pages" \
                --count "${BULK_ARTICLES:-1000}" --batch 100 --connections 2 --nonce "bulk-r$r-$store-$$")
            t1=$(cpu_ticks "$pids")
            cpu=$(echo "$line" | awk -v dt=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" '{
                for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
                printf "cpu_us_per_article=%.1f cpu_pct=%.0f", (v["articles"] > 0 ? dt / hz * 1e6 / v["articles"] : 0),
                    (v["seconds"] > 0 ? 100 * dt / hz / v["seconds"] : 0) }')
            record "section=ingest store=$store round=$r scenario=bulk load1=$(load1) $line $cpu"
        done
        if [ "$store" = disk ]; then
            stored=$(curl -s "http://127.0.0.1:$(peer_port newsgraph)/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"][0]["id"])')
            record "section=ingest store=$store scenario=memory rss_kb=$(rss_kb) articles=$stored"
        fi
        stop_server
    done
fi

# --- Queries at scale -----------------------------------------------------------------------------------------
qdb="$outdir/queries.sqlite"
if [[ " $sections " == *" queries "* ]]; then
    rt=""
    # Loading takes minutes (extraction dominates): a database loaded by an earlier run into the same -o folder
    # with the same -n is reused, with the figures of its load.
    if [ -f "$qdb.loaded" ] && grep -q " articles=$articles " "$qdb.loaded"; then
        record "$(cat "$qdb.loaded") reused=1"
    else
        rm -f "$qdb" "$qdb-wal" "$qdb-shm" "$qdb.loaded"
        CPUS=0,1 start_newsgraph "$qdb"
        line=$(python3 "$here/load.py" bulk "http://127.0.0.1:$(peer_port newsgraph)" --synthetic --count "$articles" \
            --batch 500 --connections 2 --nonce "scale-$$")
        loaded="section=queries scenario=load load1=$(load1) $line rss_kb=$(rss_kb)"
        record "$loaded"
        stop_server  # a clean close checkpoints the WAL into the database file
        echo "$loaded" > "$qdb.loaded"
    fi
    bytes=$(stat -c %s "$qdb")
    record "section=queries scenario=size articles=$articles db_bytes=$bytes bytes_per_article=$((bytes / articles))"
    # Cache of rendered articles off: GET /articles/{id} at scale reads and renders every time (the HTTP section
    # measures the cached path).
    start_newsgraph "$qdb" --article-cache-mb 0
    record "section=queries scenario=paths $(python3 "$here/load.py" paths "http://127.0.0.1:$(peer_port newsgraph)" "$outdir")"
    for q in organizations_q organization_articles articles; do
        for c in 1 8; do
            line=$(PATHS_FILE="$outdir/$q.txt" wrk_script "$q/c$c" "$here/paths.lua" "$c" "http://127.0.0.1:$(peer_port newsgraph)")
            record "section=queries scenario=${q}_c$c load1=$(load1) $line"
        done
    done
    record "section=queries scenario=memory rss_kb=$(rss_kb)"
    stop_server
fi

# --- Memory: 10,000 idle keep-alive connections ----------------------------------------------------------------
# Ours, then nginx as the control (when nginx is installed): the kernel's own work after 10,000 connections open
# slows the first requests on any server (docs/benchmarks.md), so each server gets ROUNDS one-connection runs
# before and ROUNDS with the connections open, and the summary takes medians, as the HTTP section does.
if [[ " $sections " == *" memory "* ]]; then
    rt="$rtprio"
    db="$qdb"
    [ -f "$db" ] || db="$outdir/http.sqlite"
    idle_servers="newsgraph"
    command -v nginx >/dev/null && idle_servers="newsgraph nginx"
    for p in $idle_servers; do
        port=$(peer_port "$p")
        if [ "$p" = newsgraph ]; then
            start_newsgraph "$db"
        else
            # The peer's configuration allows 4,096 connections per worker: a copy allows the 10,000.
            mkdir -p "$outdir/idle-peer/nginx"
            cp "$bench/peers/article.json" "$outdir/idle-peer/"
            cp "$bench/peers/nginx/run.sh" "$outdir/idle-peer/nginx/"
            sed 's/worker_connections [0-9]*;/worker_connections 20000;/' "$bench/peers/nginx/nginx.conf" \
                >"$outdir/idle-peer/nginx/nginx.conf"
            start_peer "$outdir/$p.idle.log" "$port" "$outdir/idle-peer/nginx/run.sh"
        fi
        url="http://127.0.0.1:$port/articles/1"
        pids=$(server_pids "$server_pid")
        rss0=$(rss_kb)
        idle_cpu0=$(idle_cpu_us_per_s "$pids" 5)
        for r in $(seq 1 "$rounds"); do
            line=$(WARMUP=1 CONNS=1 SERVER_PIDS="$pids" LOADGEN_RTPRIO="$rt" "$bench/bench_http.sh" "$url" "$p/idle/before/r$r" 2>/dev/null || true)
            record "section=memory peer=$p round=$r scenario=before rss_kb=$rss0 idle_cpu_us_per_s=$idle_cpu0 $line"
        done
        fifo="$outdir/idle.fifo"; rm -f "$fifo" "$outdir/idle.out"; mkfifo "$fifo"
        ${rt:+chrt -f "$rt"} taskset -c 1 python3 "$here/load.py" idle 127.0.0.1 "$port" 10000 <"$fifo" >"$outdir/idle.out" &
        idle_pid=$!
        exec 7>"$fifo"
        for _ in $(seq 600); do grep -q ready "$outdir/idle.out" 2>/dev/null && break; sleep 0.1; done
        sleep 1
        rss1=$(rss_kb)
        idle_cpu1=$(idle_cpu_us_per_s "$pids" 5)
        during=()
        for r in $(seq 1 "$rounds"); do
            during+=("$(WARMUP=1 CONNS=1 SERVER_PIDS="$pids" LOADGEN_RTPRIO="$rt" "$bench/bench_http.sh" "$url" "$p/idle/during/r$r" 2>/dev/null || true)")
        done
        exec 7>&-
        wait "$idle_pid" || true
        idle_pid=""
        for r in $(seq 1 "$rounds"); do
            record "section=memory peer=$p round=$r scenario=idle10k rss_kb=$rss1 delta_kb=$((rss1 - rss0)) idle_cpu_us_per_s=$idle_cpu1 $(grep still_open "$outdir/idle.out" || true) ${during[$((r - 1))]}"
        done
        stop_server
        sleep 1
    done
fi

python3 "$here/summarize.py" "$raw" > "$outdir/summary.md"
cat "$outdir/summary.md"
echo "raw results: $raw" >&2
