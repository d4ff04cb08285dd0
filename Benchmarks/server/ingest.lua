-- wrk script: POST /articles (or INGEST_PATH, e.g. /extract) with distinct real-sized articles.
-- ARTICLES_FILE holds article texts separated by the byte 0x1E (written by articles.py). Each request takes
-- the next text and appends a line unique to this run, thread and request, so that no two bodies are
-- duplicates (the server deduplicates on the text's SHA-256 and would answer 200 without storing).
-- done() prints the WRKRESULT line that run.sh parses (same fields as ../shared/bench/wrk_bench.lua).

local texts = {}
local counter = 0
local threads = 0
local nonce = os.getenv("INGEST_NONCE") or tostring(os.time())
local path = os.getenv("INGEST_PATH") or "/articles"

function setup(thread)
    thread:set("tid", threads)
    threads = threads + 1
end

function init(args)
    local path = os.getenv("ARTICLES_FILE")
    local file = assert(io.open(path, "rb"), "ARTICLES_FILE not readable")
    local all = file:read("*a")
    file:close()
    for text in string.gmatch(all, "([^\30]+)") do texts[#texts + 1] = text end
    assert(#texts > 0, "no articles in ARTICLES_FILE")
    counter = (tid or 0) * 7919
end

function request()
    counter = counter + 1
    local text = texts[counter % #texts + 1]
    local body = text .. "\n\nBulletin reference " .. nonce .. "-" .. tostring(tid or 0) .. "-" .. counter .. ".\n"
    return wrk.format("POST", path, { ["Content-Type"] = "text/plain; charset=utf-8" }, body)
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        "WRKRESULT requests=%d duration_us=%d bytes=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.1f connect=%d read=%d write=%d status=%d timeout=%d\n",
        summary.requests, summary.duration, summary.bytes,
        latency:percentile(50), latency:percentile(90), latency:percentile(99),
        latency.max, latency.mean,
        e.connect, e.read, e.write, e.status, e.timeout))
end
