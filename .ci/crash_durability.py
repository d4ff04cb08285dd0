#!/usr/bin/env python3
"""Crash durability: every article acknowledged with 201 (or in a 200 batch answer) survives a kill -9.

    python3 .ci/crash_durability.py BIN [--cycles 3] [--seconds 2]

Each cycle starts `BIN serve` on the same database file, has 8 clients POST distinct articles (single POSTs and
NDJSON batches) as fast as the server answers, sends SIGKILL while requests are still in flight, restarts the
server and checks that every id acknowledged before the kill answers with exactly the text that was posted.
Asserts correctness only, never timing. Exit status 0 when nothing was lost.
"""
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(binary, db, port, log):
    proc = subprocess.Popen([binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--database", db,
                             "--log-level", "warning"], stdout=log, stderr=log)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("server did not start")


def article_text(cycle, client, n):
    marker = f"durability-{cycle}-{client}-{n}"
    return (f"Harbor Freight Logistics Inc. signs deal with Bluestone Capital Group\n\n"
            f"CHICAGO — Harbor Freight Logistics Inc. said on Monday it agreed to a supply contract with Bluestone "
            f"Capital Group, according to people familiar with the matter. Record {marker}.\n\n"
            f"Analysts said the move reflects a broader shift in the industry.\n"), marker


def client_loop(port, cycle, client, stop, acked, errors):
    n = 0
    conn = None
    while not stop.is_set():
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            if client % 4 == 3:  # a batch of five
                texts = [article_text(cycle, client, n + i) for i in range(5)]
                n += 5
                body = "\n".join(json.dumps({"text": t}) for t, _ in texts).encode()
                conn.request("POST", "/articles/batch", body, {"Content-Type": "application/x-ndjson"})
                response = conn.getresponse()
                answer = response.read()
                if response.status == 200:
                    for (text, _), result in zip(texts, json.loads(answer)["articles"]):
                        acked.append((result["id"], text))
                else:
                    errors.append(f"batch answered {response.status}: {answer[:200]!r}")
            else:
                text, _ = article_text(cycle, client, n)
                n += 1
                conn.request("POST", "/articles", text.encode(), {"Content-Type": "text/plain"})
                response = conn.getresponse()
                answer = response.read()
                if response.status == 201:
                    acked.append((json.loads(answer)["id"], text))
                else:
                    errors.append(f"POST answered {response.status}: {answer[:200]!r}")
        except (OSError, http.client.HTTPException):
            # The kill cuts requests short: those were never acknowledged, so nothing is expected of them.
            conn = None
            if stop.is_set():
                return
            time.sleep(0.01)


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        sys.exit(2)
    binary = args[0]
    cycles = int(args[args.index("--cycles") + 1]) if "--cycles" in args else 3
    seconds = float(args[args.index("--seconds") + 1]) if "--seconds" in args else 2.0
    work = tempfile.mkdtemp(prefix="newsgraph-durability-")
    db = os.path.join(work, "news.sqlite")
    log = open(os.path.join(work, "server.log"), "ab")
    all_acked, errors = [], []
    for cycle in range(cycles):
        port = free_port()
        proc = start(binary, db, port, log)
        stop = threading.Event()
        acked = []
        clients = [threading.Thread(target=client_loop, args=(port, cycle, c, stop, acked, errors)) for c in range(8)]
        for t in clients:
            t.start()
        time.sleep(seconds)
        # Kill while requests are in flight: no graceful shutdown, no checkpoint, no close.
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stop.set()
        for t in clients:
            t.join()
        all_acked += acked
        print(f"cycle {cycle + 1}: {len(acked)} articles acknowledged before kill -9")
        if not acked:
            errors.append(f"cycle {cycle + 1}: no article was acknowledged")
    port = free_port()
    proc = start(binary, db, port, log)
    lost, wrong = [], []
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for article_id, text in all_acked:
            conn.request("GET", f"/articles/{article_id}")
            response = conn.getresponse()
            body = response.read()
            if response.status != 200:
                lost.append(article_id)
            elif json.loads(body)["text"] != text:
                wrong.append(article_id)
    finally:
        proc.terminate()
        proc.wait()
    print(f"checked {len(all_acked)} acknowledged articles after restart: {len(lost)} lost, {len(wrong)} changed")
    for e in errors[:5]:
        print("error:", e)
    failed = len(lost) + len(wrong) + len(errors)
    print("crash durability: " + ("every acknowledged article survived" if not failed else f"{failed} problems"))
    if failed:
        print(f"server log: {log.name}")
        sys.exit(1)


if __name__ == "__main__":
    main()
