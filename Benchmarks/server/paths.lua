-- wrk script: GET a rotating list of paths (one per line in PATHS_FILE), for query latency at scale.
-- done() prints the WRKRESULT line that run.sh parses.

local paths = {}
local counter = 0
local threads = 0

function setup(thread)
    thread:set("tid", threads)
    threads = threads + 1
end

function init(args)
    local file = assert(io.open(os.getenv("PATHS_FILE"), "r"), "PATHS_FILE not readable")
    for line in file:lines() do
        if #line > 0 then paths[#paths + 1] = line end
    end
    file:close()
    assert(#paths > 0, "no paths in PATHS_FILE")
    counter = (tid or 0) * 104729
end

function request()
    counter = counter + 1
    return wrk.format("GET", paths[counter % #paths + 1])
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
