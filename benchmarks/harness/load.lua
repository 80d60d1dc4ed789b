-- The wrk script of `make bench` (benchmarks/harness/wrk.py).
-- Arguments (after "--"): <file of paths> <"bust" or "keep"> <number of threads>
-- Each thread walks the paths with a stride of the number of threads, so that
-- the threads together ask for every path in turn. "bust" appends a unique
-- query parameter to every request: each one is then a page-cache miss.
-- done() prints one line "BENCH_JSON {...}" with the latency percentiles.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(paths, line) end
  end
  bust = args[2] == "bust"
  stride = tonumber(args[3]) or 1
  counter = id
  hits = 0
  misses = 0
  npaths = #paths
end

function request()
  local path = paths[(counter % #paths) + 1]
  if bust then
    local separator = "?"
    if string.find(path, "?", 1, true) then separator = "&" end
    path = path .. separator .. "bench-miss=" .. id .. "-" .. counter
  end
  counter = counter + stride
  return wrk.format("GET", path)
end

function response(status, headers, body)
  local cache = headers["X-Page-Cache"] or headers["x-page-cache"]
  if cache == "hit" then
    hits = hits + 1
  elseif cache == "miss" then
    misses = misses + 1
  end
end

function done(summary, latency, requests)
  local total_hits, total_misses, total_paths = 0, 0, 0
  for _, thread in ipairs(threads) do
    total_hits = total_hits + (thread:get("hits") or 0)
    total_misses = total_misses + (thread:get("misses") or 0)
    total_paths = thread:get("npaths") or total_paths
  end
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
    '"p50_us": %.0f, "p90_us": %.0f, "p95_us": %.0f, "p99_us": %.0f, "max_us": %.0f, "mean_us": %.1f, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"cache_hits": %d, "cache_misses": %d, "paths": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout,
    total_hits, total_misses, total_paths))
end
