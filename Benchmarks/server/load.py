#!/usr/bin/env python3
"""Load generators and helpers for Benchmarks/server/run.sh (standard library only).

    load.py texts PAGES OUT                 article texts of PAGES (jsonl "text" fields), 0x1E-separated, for ingest.lua
    load.py seed BASE PAGES                 POST every text of PAGES; print the id of an article with about 12 organizations
    load.py bulk BASE (--pages PAGES | --synthetic) --count N [--batch B] [--connections C] [--nonce X]
                                            POST /articles/batch (NDJSON), print articles/s and batch latency
    load.py paths BASE OUTDIR               write the query path lists for paths.lua from the loaded database
    load.py idle HOST PORT N                open N keep-alive connections (one GET /healthz each), print "ready",
                                            hold them until stdin closes

The texts of PAGES belong to their publishers: they are read at run time and never written into the repository.
"""
import http.client
import json
import random
import resource
import socket
import statistics
import sys
import threading
import time


def read_texts(pages):
    texts = []
    with open(pages, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            if text.strip():
                texts.append(text.replace("\x1e", " "))
    return texts


def cmd_texts(pages, out):
    with open(out, "w", encoding="utf-8") as f:
        f.write("\x1e".join(read_texts(pages)))


def request(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    return response.status, response.read()


def cmd_seed(base, pages):
    host, port = base.split("//", 1)[1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    best = None
    for text in read_texts(pages):
        status, body = request(conn, "POST", "/articles", text.encode(), {"Content-Type": "text/plain"})
        if status not in (200, 201):
            continue
        article = json.loads(body)
        count = len(article["organizations"])
        # Closest to a dozen organizations, preferring at least twelve.
        key = (abs(count - 12) + (0 if count >= 12 else 0.5), article["id"])
        if best is None or key < best[0]:
            best = (key, article["id"], count, len(body))
    _, article_id, count, size = best
    print(f"article_id={article_id} organizations={count} json_bytes={size}")


# Synthetic articles for the scale test: organizations drawn from a fixed pool with a skewed (Zipf-like)
# popularity, so that some organizations have thousands of articles and most have a few.
FIRST = ["North", "Blue", "Silver", "Iron", "Cedar", "Harbor", "Summit", "Granite", "Maple", "Falcon", "Crescent",
         "Pioneer", "Atlas", "Beacon", "Copper", "Delta", "Evergreen", "Frontier", "Golden", "Highland", "Lakeside",
         "Meridian", "Oak", "Pacific", "Quarry", "Redwood", "Sterling", "Tidewater", "Union", "Vantage", "Westfield",
         "Yellowstone", "Brightwater", "Clearview", "Dunmore", "Eastgate", "Fairhaven", "Glenwood", "Hollis"]
SECOND = ["wind", "stone", "field", "bridge", "crest", "point", "ridge", "brook", "gate", "haven", "port", "view",
          "wood", "vale", "mont", "ford", "line", "mark", "light", "star"]
KIND = ["Capital Partners", "Logistics Inc.", "Systems Corp.", "Energy Group", "Holdings Ltd.", "Bank",
        "Pharmaceuticals Inc.", "Media Group", "Airlines", "Motors Corp.", "Insurance Company", "Foods Inc.",
        "Semiconductor Corp.", "Retail Group", "Telecom", "Analytics Inc.", "Shipping Company", "Mining Corp."]
CITIES = ["Chicago", "Houston", "Denver", "Seattle", "Boston", "Atlanta", "Phoenix", "Portland", "Austin", "Miami"]
VERBS = ["announced a partnership with", "agreed to acquire a stake in", "filed a lawsuit against",
         "signed a supply contract with", "reported stronger results than", "hired executives from",
         "won a bid over", "settled a dispute with", "expanded its alliance with", "lost market share to"]
FILLER = ["Analysts said the move reflects a broader shift in the industry.",
          "The companies did not disclose the financial terms of the agreement.",
          "Shares rose in early trading before settling later in the session.",
          "Regulators are expected to review the arrangement over the coming months.",
          "Executives told investors that demand remained strong across the region.",
          "The announcement follows months of negotiations between the two sides.",
          "Employees were informed of the decision at a meeting on Tuesday.",
          "Critics argued the plan would raise prices for consumers."]

POOL = [f"{a}{b} {k}" for a in FIRST for b in SECOND for k in KIND]  # 14,040 names
random.Random(7).shuffle(POOL)


def organization(rng):
    # Pareto-distributed rank: a long tail over the pool.
    rank = int(rng.paretovariate(1.1)) - 1
    return POOL[rank % len(POOL)]


def synthetic(i, nonce=""):
    rng = random.Random(i * 7919 + 17)
    orgs = [organization(rng) for _ in range(rng.randint(3, 9))]
    city = rng.choice(CITIES)
    title = f"{orgs[0]} {rng.choice(VERBS)} {orgs[1]}"
    lines = [title, "", f"By Staff Reporter {i % 97}", f"March {1 + i % 28}, 2025", ""]
    for p in range(rng.randint(4, 8)):
        a, b = rng.choice(orgs), rng.choice(orgs)
        sentences = [f"{city.upper() if p == 0 else city} — {a} {rng.choice(VERBS)} {b} on {['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][(i + p) % 5]}."
                     if p == 0 else f"{a} {rng.choice(VERBS)} {b}, according to people familiar with the matter."]
        sentences += rng.sample(FILLER, 3)
        lines.append(" ".join(sentences))
        lines.append("")
    lines.append(f"Story {nonce}{i}.")
    return "\n".join(lines)


def cmd_bulk(base, args):
    host, port = base.split("//", 1)[1].split(":")
    count = int(args.get("--count", "10000"))
    batch = int(args.get("--batch", "500"))
    connections = int(args.get("--connections", "2"))
    nonce = args.get("--nonce", str(time.time_ns()))
    pages = args.get("--pages")
    texts = read_texts(pages) if pages else None

    def body_of(start, n):
        lines = []
        for i in range(start, start + n):
            if texts:
                text = texts[i % len(texts)] + f"\n\nBulletin reference {nonce}-{i}.\n"
            else:
                text = synthetic(i, nonce)
            lines.append(json.dumps({"text": text, "source": "bench.example"}))
        return ("\n".join(lines) + "\n").encode()

    starts = list(range(0, count, batch))
    lock = threading.Lock()
    latencies, created, failures = [], [0], []

    def worker():
        conn = http.client.HTTPConnection(host, int(port), timeout=600)
        while True:
            with lock:
                if not starts:
                    return
                start = starts.pop(0)
            body = body_of(start, min(batch, count - start))
            t0 = time.perf_counter()
            status, answer = request(conn, "POST", "/articles/batch", body, {"Content-Type": "application/x-ndjson"})
            elapsed = time.perf_counter() - t0
            with lock:
                latencies.append(elapsed)
                if status == 200:
                    created[0] += json.loads(answer)["created"]
                else:
                    failures.append((status, answer[:200]))

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - t0
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"articles={count} created={created[0]} seconds={seconds:.2f} rate={count / seconds:.0f} "
          f"batch={batch} connections={connections} batch_p50_ms={statistics.median(latencies) * 1000:.0f} "
          f"batch_p99_ms={p99 * 1000:.0f} failures={len(failures)}")
    if failures:
        print("first failure:", failures[0], file=sys.stderr)
        sys.exit(1)


def cmd_paths(base, outdir):
    host, port = base.split("//", 1)[1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    orgs, cursor = [], None
    while len(orgs) < 2000:
        path = "/organizations?limit=100" + (f"&cursor={cursor}" if cursor else "")
        status, body = request(conn, "GET", path)
        page = json.loads(body)
        orgs += page["organizations"]
        cursor = page["next_cursor"]
        if not cursor:
            break
    _, body = request(conn, "GET", "/articles?limit=1")
    newest = json.loads(body)["articles"][0]["id"]
    rng = random.Random(3)
    # Prefixes of one or two words (the search box case), from popular and rare organizations alike.
    with open(f"{outdir}/organizations_q.txt", "w") as f:
        for org in rng.sample(orgs, min(500, len(orgs))):
            words = org["name"].split()
            q = words[0][: rng.randint(3, max(3, len(words[0])))]
            if len(words) > 1 and rng.random() < 0.5:
                q = words[0] + " " + words[1][:3]
            f.write("/organizations?q=" + q.replace(" ", "+") + "\n")
    with open(f"{outdir}/organization_articles.txt", "w") as f:
        for org in rng.sample(orgs, min(500, len(orgs))):
            f.write(f"/organizations/{org['id']}/articles\n")
    with open(f"{outdir}/articles.txt", "w") as f:
        for _ in range(1000):
            f.write(f"/articles/{rng.randint(1, newest)}\n")
    top = orgs[0]
    print(f"organizations_sampled={len(orgs)} top_organization={top['id']} top_article_count={top['article_count']} "
          f"newest_article={newest}")


def cmd_idle(host, port, n):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    request_bytes = f"GET /healthz HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode()
    sockets = []
    for _ in range(n):
        s = socket.create_connection((host, port))
        s.sendall(request_bytes)
        sockets.append(s)
    for s in sockets:
        data = b""
        while b"\r\n\r\n" not in data or not data.endswith(b"}"):
            chunk = s.recv(4096)
            if not chunk:
                raise SystemExit("connection closed early")
            data += chunk
    print("ready", flush=True)
    sys.stdin.read()
    open_count = 0
    for s in sockets:
        s.setblocking(False)
        try:
            open_count += 1 if s.recv(1) != b"" else 0
        except BlockingIOError:
            open_count += 1
        s.close()
    print(f"still_open={open_count}", flush=True)


def main():
    argv = sys.argv[1:]
    if not argv:
        print(__doc__)
        sys.exit(2)
    cmd, rest = argv[0], argv[1:]
    if cmd == "texts":
        cmd_texts(*rest)
    elif cmd == "seed":
        cmd_seed(*rest)
    elif cmd == "bulk":
        base = rest[0]
        opts = {}
        i = 1
        while i < len(rest):
            if rest[i] == "--synthetic":
                i += 1
                continue
            opts[rest[i]] = rest[i + 1]
            i += 2
        cmd_bulk(base, opts)
    elif cmd == "paths":
        cmd_paths(*rest)
    elif cmd == "idle":
        cmd_idle(rest[0], int(rest[1]), int(rest[2]))
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
