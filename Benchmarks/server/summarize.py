#!/usr/bin/env python3
"""Summarize Benchmarks/server/run.sh raw results (key=value lines) as Markdown: medians, ratios, targets.

    python3 Benchmarks/server/summarize.py RAW.txt
"""
import statistics
import sys
from collections import defaultdict

PEER_ORDER = ["newsgraph", "nginx", "hummingbird", "vapor", "flyingfox-nodelay", "flyingfox"]


def parse(path):
    rows = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            d = {}
            for tok in line.split():
                if "=" in tok:
                    k, v = tok.split("=", 1)
                    d[k] = v
            rows.append(d)
    return rows


def med(rows, key):
    vals = []
    for r in rows:
        try:
            vals.append(float(r[key]))
        except (KeyError, ValueError):
            pass
    return statistics.median(vals) if vals else None


def fmt(v, nd=0):
    return "-" if v is None else f"{v:,.{nd}f}"


def ratio(a, b):
    return None if a is None or not b else a / b


def main():
    rows = parse(sys.argv[1])
    out = []
    checks = []

    http = defaultdict(list)
    mem = defaultdict(list)
    for r in rows:
        if r.get("section") == "http" and "peer" in r:
            (mem if r.get("scenario") == "memory" else http)[(r["peer"], r["scenario"])].append(r)
    if http:
        peers = sorted({p for p, _ in http}, key=lambda p: PEER_ORDER.index(p) if p in PEER_ORDER else 99)
        seed = next((r for r in rows if r.get("section") == "http" and "article_id" in r), {})
        out.append("## HTTP: medians over rounds (server pinned to CPU 0, wrk on CPU 1, keep-alive)\n")
        out.append(f"Our GET /articles/{{id}} serves article {seed.get('article_id', '?')} "
                   f"({seed.get('organizations', '?')} organizations, {seed.get('json_bytes', '?')} bytes of JSON); "
                   "the peers serve their fixed ~2 KB /articles/1.\n")
        for scenario in ["healthz_c50", "article_c50", "healthz_c1", "article_c1"]:
            ours = http.get(("newsgraph", scenario), [])
            our_rps, our_p99 = med(ours, "rps"), med(ours, "p99_ms")
            out.append(f"### {scenario.replace('_c', ', ')} connection(s)\n")
            out.append("| server | req/s | p50 ms | p99 ms | CPU µs/req | bytes/resp | others on server core % | "
                       "newsgraph req/s ÷ this | runs | errors |")
            out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
            for p in peers:
                g = http.get((p, scenario), [])
                if not g:
                    continue
                errors = sum(int(x.get("non2xx", 0) or 0) + int(x.get("sock_errors", 0) or 0) for x in g)
                rps = med(g, "rps")
                out.append(f"| {p} | {fmt(rps)} | {fmt(med(g, 'p50_ms'), 3)} | {fmt(med(g, 'p99_ms'), 3)} | "
                           f"{fmt(med(g, 'cpu_us_per_req'), 1)} | {fmt(med(g, 'bytes_per_req'))} | "
                           f"{fmt(med(g, 'srv_core_other_pct'))} | {fmt(ratio(our_rps, rps), 2)}× | {len(g)} | {errors} |")
            out.append("")
            if scenario == "article_c50" and ("hummingbird", scenario) in http:
                hb = http[("hummingbird", scenario)]
                r = ratio(our_rps, med(hb, "rps"))
                checks.append(("GET /articles/{id}, 50 conns: ≥ 2× Hummingbird req/s", f"{fmt(r, 2)}×", r is not None and r >= 2))
                hp = med(hb, "p99_ms")
                checks.append(("GET /articles/{id}, 50 conns: p99 ≤ Hummingbird's",
                               f"{fmt(our_p99, 3)} vs {fmt(hp, 3)} ms", our_p99 is not None and hp is not None and our_p99 <= hp))
            if scenario == "healthz_c50" and ("nginx", scenario) in http:
                r = ratio(our_rps, med(http[("nginx", scenario)], "rps"))
                checks.append(("GET /healthz, 50 conns: ≥ ½ nginx req/s", f"{fmt(r, 2)}×", r is not None and r >= 0.5))
        out.append("### Resident memory (kB), idle and after the HTTP runs\n")
        out.append("| server | idle | after |")
        out.append("|---|---:|---:|")
        for p in peers:
            g = mem.get((p, "memory"), [])
            out.append(f"| {p} | {fmt(med(g, 'rss_idle_kb'))} | {fmt(med(g, 'rss_after_kb'))} |")
        out.append("")

    ingest = defaultdict(list)
    for r in rows:
        if r.get("section") == "ingest":
            # Runs recorded before the in-memory variant existed carry no store: they were on disk.
            ingest[(r.get("store", "disk"), r.get("scenario"))].append(r)
    if ingest:
        out.append("## Ingest (server on both cores)\n")
        out.append("| store | load | articles/s | p50 ms | p99 ms | CPU µs/article | server CPU % (200 = both cores) | runs | errors |")
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
        labels = {"disk": "disk, WAL", "memory": "in memory"}
        for store in ["disk", "memory"]:
            for s, what in [("post_c8", "POST /articles, 8 connections"), ("post_c50", "POST /articles, 50 connections"),
                            ("extract_c8", "POST /extract (analysis only, nothing stored), 8 connections")]:
                g = ingest.get((store, s), [])
                if g:
                    errors = sum(int(x.get("non2xx", 0) or 0) + int(x.get("sock_errors", 0) or 0) for x in g)
                    out.append(f"| {labels[store]} | {what} | {fmt(med(g, 'rps'))} | {fmt(med(g, 'p50_ms'), 1)} | "
                               f"{fmt(med(g, 'p99_ms'), 1)} | {fmt(med(g, 'cpu_us_per_req'))} | {fmt(med(g, 'cpu_pct'))} | {len(g)} | {errors} |")
            g = ingest.get((store, "bulk"), [])
            if g:
                out.append(f"| {labels[store]} | POST /articles/batch, {g[0].get('batch')} per batch, {g[0].get('connections')} connections | "
                           f"{fmt(med(g, 'rate'))} | {fmt(med(g, 'batch_p50_ms'))} (batch) | {fmt(med(g, 'batch_p99_ms'))} (batch) | "
                           f"{fmt(med(g, 'cpu_us_per_article'))} | {fmt(med(g, 'cpu_pct'))} | {len(g)} | {sum(int(x.get('failures', 0)) for x in g)} |")
        post = med(ingest.get(("disk", "post_c8"), []), "cpu_us_per_req")
        analysis = med(ingest.get(("disk", "extract_c8"), []), "cpu_us_per_req")
        if post and analysis:
            out.append(f"\nCPU per article at 8 connections, on disk: POST /articles {fmt(post)} µs, of which analysis as "
                       f"POST /extract does it (HTTP, parsing, organization finding, fingerprint, analysis JSON) "
                       f"{fmt(analysis)} µs ({100 * analysis / post:.0f} %); storing it and answering with the stored "
                       f"article costs the remaining {fmt(post - analysis)} µs ({100 * (post - analysis) / post:.0f} %).")
        m = ingest.get(("disk", "memory"), [])
        if m:
            out.append(f"\nResident set after ingest: {fmt(med(m, 'rss_kb'))} kB with {m[0].get('articles')} articles stored.")
        out.append("")
        c8 = med(ingest.get(("disk", "post_c8"), []), "rps")
        checks.append(("single POST /articles, 8 conns, disk: ≥ 1,000 articles/s", fmt(c8), c8 is not None and c8 >= 1000))
        g = ingest.get(("disk", "bulk"), [])
        bulk = med(g, "rate") if g else None
        checks.append(("bulk ingest, disk: ≥ 5,000 articles/s", fmt(bulk), bulk is not None and bulk >= 5000))

    queries = defaultdict(list)
    for r in rows:
        if r.get("section") == "queries":
            queries[r.get("scenario")].append(r)
    if queries:
        load = queries.get("load", [{}])[0]
        size = queries.get("size", [{}])[0]
        out.append(f"## Queries at {size.get('articles', load.get('articles', '?'))} generated articles\n")
        out.append(f"Loaded through POST /articles/batch at {load.get('rate', '?')} articles/s "
                   f"({load.get('seconds', '?')} s); resident set after the load {fmt(med([load], 'rss_kb'))} kB; "
                   f"database {fmt(med([size], 'db_bytes'))} bytes = {size.get('bytes_per_article', '?')} bytes per article"
                   + (" (load figures from the earlier run that built this database, reused here)" if load.get("reused") else "")
                   + ". GET /articles/{id} here runs with the article cache off: every request reads and renders.\n")
        out.append("| query | connections | req/s | p50 ms | p99 ms | errors |")
        out.append("|---|---:|---:|---:|---:|---:|")
        names = {"organizations_q": "GET /organizations?q=", "organization_articles": "GET /organizations/{id}/articles",
                 "articles": "GET /articles/{id}"}
        for q, label in names.items():
            for c in (1, 8):
                g = queries.get(f"{q}_c{c}", [])
                if not g:
                    continue
                errors = sum(int(x.get("non2xx", 0) or 0) + int(x.get("sock_errors", 0) or 0) for x in g)
                out.append(f"| {label} | {c} | {fmt(med(g, 'rps'))} | {fmt(med(g, 'p50_ms'), 3)} | {fmt(med(g, 'p99_ms'), 3)} | {errors} |")
                p99 = med(g, "p99_ms")
                checks.append((f"{label}, {c} conn(s), at scale: p99 < 10 ms", f"{fmt(p99, 2)} ms", p99 is not None and p99 < 10))
        out.append("")

    idle = defaultdict(list)
    for r in rows:
        if r.get("section") == "memory":
            # Runs recorded before the control and the repeated runs existed carry neither peer nor round.
            idle[(r.get("peer", "newsgraph"), r.get("scenario"))].append(r)
    if idle:
        out.append("## 10,000 idle keep-alive connections\n")
        out.append("| server | | resident set kB | server CPU while no request arrives, µs/s | GET /articles/1, 1 conn: req/s | "
                   "p50 ms | p99 ms (median) | p99 ms of each run | others on server core % |")
        out.append("|---|---|---:|---:|---:|---:|---:|---|---:|")
        servers = sorted({p for p, _ in idle}, key=lambda p: PEER_ORDER.index(p) if p in PEER_ORDER else 99)
        for p in servers:
            b, d = idle.get((p, "before"), []), idle.get((p, "idle10k"), [])
            still = d[0].get("still_open", "?") if d else "?"
            for label, g in [("before", b), (f"with 10,000 idle ({still} still open at the end)", d)]:
                runs = ", ".join(fmt(float(r["p99_ms"]), 3) for r in g if "p99_ms" in r)
                out.append(f"| {p} | {label} | {fmt(med(g, 'rss_kb'))} | {fmt(med(g, 'idle_cpu_us_per_s'))} | "
                           f"{fmt(med(g, 'rps'))} | {fmt(med(g, 'p50_ms'), 3)} | {fmt(med(g, 'p99_ms'), 3)} | {runs} | "
                           f"{fmt(med(g, 'srv_core_other_pct'))} |")
        out.append("\nThe CPU column is measured over 5 s with nothing sent (schedstat, nanosecond resolution), so it does not "
                   "depend on what else runs; the p99 does, through the last column. nginx is the control: what opening "
                   "10,000 connections does to a new request on this machine whatever the server.\n")
        b, d = idle.get(("newsgraph", "before"), []), idle.get(("newsgraph", "idle10k"), [])
        delta = med(d, "delta_kb")
        checks.append(("10,000 idle connections: < 100 MB", f"{fmt(delta / 1024 if delta is not None else None, 1)} MB",
                       delta is not None and delta < 100 * 1024))
        c_b, c_d = med(b, "idle_cpu_us_per_s"), med(d, "idle_cpu_us_per_s")
        if c_b is not None and c_d is not None:
            checks.append(("10,000 idle connections: no work while idle (server CPU within +500 µs/s)",
                           f"{fmt(c_d)} vs {fmt(c_b)} µs/s", c_d <= c_b + 500))
        p_b, p_d = med(b, "p99_ms"), med(d, "p99_ms")
        n_b, n_d = med(idle.get(("nginx", "before"), []), "p99_ms"), med(idle.get(("nginx", "idle10k"), []), "p99_ms")
        control = f" (nginx {fmt(n_d, 3)} vs {fmt(n_b, 3)} ms)" if n_b is not None and n_d is not None else ""
        checks.append(("10,000 idle connections: a new request no slower (median p99 within 1.5× + 0.1 ms)",
                       f"{fmt(p_d, 3)} vs {fmt(p_b, 3)} ms{control}",
                       p_b is not None and p_d is not None and p_d <= p_b * 1.5 + 0.1))

    if checks:
        out.append("## Targets\n")
        out.append("| target | measured | holds |")
        out.append("|---|---:|---|")
        for name, value, ok in checks:
            out.append(f"| {name} | {value} | {'yes' if ok else '**no**'} |")
        out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
