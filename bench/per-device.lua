-- wrk script: each request asks for the next device's rendered per-device file, cycling
-- through DEVICES consecutive MACs from 0004f2000001, as a boot storm of distinct phones would.
-- Environment: PREFIX (path before the file name, e.g. "/bench/"), DEVICES (count).
local prefix = os.getenv("PREFIX") or "/bench/"
local devices = tonumber(os.getenv("DEVICES") or "1000")
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  next_device = offset * 7919 % devices
end

function request()
  next_device = (next_device + 1) % devices
  local mac = string.format("0004f2%06x", next_device + 1)
  return wrk.format("GET", prefix .. mac .. "-lines.cfg", {
    ["User-Agent"] = "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application"
  })
end

function done(summary, latency, requests)
  io.write(string.format(
    "RESULT requests=%d errors_status=%d errors_connect=%d errors_timeout=%d duration_us=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.timeout,
    summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
