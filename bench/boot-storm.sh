#!/usr/bin/env bash
# Boot-storm benchmark (issue 7 point 4): PHONES virtual phones each do a full boot against
# `ucprov serve` on embedded defaults, then the same GET sequence (no upload) against nginx
# serving `ucprov export` of the same tenant: same machine, same run, same load driver
# (`ucprov loadtest`).
#
# Usage: bench/boot-storm.sh [PHONES] [RATE]
#   PHONES: default 10000. RATE: phones started per second; default (or 0): all at once,
#   CONCURRENCY of them booting at a time.
# Environment: CONCURRENCY (default 256) phones booting at once; WARMUP (default 1000) phones
#   booted against each server first, not measured; DURATION (default 300) seconds, the bound of
#   each measured run; PROFILE=1 records a JFR profile of the server and of the load driver into
#   the work directory (printed at the start); LOADTEST_HEAP (default 512m) the load driver's heap;
#   KEEP_WORK=1 keeps the server's data directory and the export (by default only the reports,
#   logs and recordings are left in the work directory).
# Runs, in order: ucprov full boot with one log upload (the issue's workload), the first boot of
# most phones (no inventory or log file yet); ucprov GET sequence only; nginx GET sequence only
# (the issue's baseline); nginx full boot with its log upload taken by WebDAV PUT (a hand-kept
# server that accepts uploads: no validation, versions or fsync); ucprov full boot with one log
# upload again, a reboot of known phones (their log file exists); then ucprov full boot with both
# logs a phone uploads (boot and application log; the boot log's first upload). Prints a Markdown table for docs/benchmarks.md; the JSON reports stay in the
# work directory. Needs: nginx, curl, python3 (nginx and curl installed quietly when missing).
# Loopback only; every phase is bounded in count (PHONES) and time (DURATION, start-up waits).
set -euo pipefail

phones=${1:-10000}
rate=${2:-0}
concurrency=${CONCURRENCY:-256}
warmup=${WARMUP:-1000}
duration=${DURATION:-300}
heap=${LOADTEST_HEAP:-512m}
profile=${PROFILE:-0}

repo=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
work=$(mktemp -d /tmp/ucprov-boot-storm.XXXXXX)
chmod 0755 "$work"   # nginx workers run as www-data
token=bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')
export UCPROV_ADMIN_TOKEN=$token

# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
need nginx nginx-light
need curl curl

ucprov_pid=""
nginx_started=""
cleanup() {
  [ -n "$ucprov_pid" ] && kill "$ucprov_pid" 2>/dev/null && wait "$ucprov_pid" 2>/dev/null || true
  [ -n "$nginx_started" ] && nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true
  # The data directories and the export take gigabytes; reports, logs and recordings stay.
  [ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$work"/data* "$work/export"
}
trap cleanup EXIT

echo "boot-storm: work directory $work" >&2
"$repo/ucprov" --version >/dev/null   # builds once, outside every measurement

server_opts=""
if [ "$profile" = 1 ]; then
  server_opts="-XX:StartFlightRecording=filename=$work/server.jfr,settings=profile"
fi
http_port=$(free_port); admin_port=$(free_port)
UCPROV_JAVA_OPTS=$server_opts "$repo/ucprov" serve --data "$work/data" \
  --http "127.0.0.1:$http_port" --admin "127.0.0.1:$admin_port" --tftp off --ftp off >"$work/ucprov.log" 2>&1 &
ucprov_pid=$!
wait_ready "$admin_port" "$ucprov_pid" "$work/ucprov.log"

python3 "$repo/bench/boot-storm-tenant.py" "http://127.0.0.1:$admin_port" "$token" "$phones" storm
"$repo/ucprov" export --tenant storm --out "$work/export" --admin "http://127.0.0.1:$admin_port" \
  --http "http://127.0.0.1:$http_port" >&2

nginx_port=$(free_port)
sed -e "s|@ROOT@|$work/export|; s|@PORT@|$nginx_port|; s|@WORK@|$work|g" \
  "$repo/bench/nginx.conf.template" >"$work/nginx.conf"
mkdir -p "$work/export/logs" && chmod 0777 "$work/export/logs"   # nginx's workers PUT logs here
nginx -c "$work/nginx.conf" && nginx_started=1
for sample in 000000000000.cfg 0004f2000001-lines.cfg overrides/0004f200000a-phone.cfg; do
  cmp <(curl -fsS "http://127.0.0.1:$http_port/storm/$sample") \
    <(curl -fsS "http://127.0.0.1:$nginx_port/$sample") ||
    { echo "boot-storm: ucprov and nginx disagree on $sample" >&2; exit 1; }
done

loadtest() { # label server-url phones [extra options...]
  local label=$1 url=$2 count=$3 opts=("-Xmx$heap")
  shift 3
  [ "$profile" = 1 ] && opts+=("-XX:StartFlightRecording=filename=$work/loadtest-$label.jfr,settings=profile")
  local pace=(--concurrency "$concurrency")
  [ "$rate" != 0 ] && pace+=(--rate "$rate")
  echo "boot-storm: $label: $count phones" >&2
  UCPROV_JAVA_OPTS="${opts[*]}" "$repo/ucprov" loadtest --server "$url" --phones "$count" \
    "${pace[@]}" --duration "$duration" --max-error-rate 1 --format json "$@" \
    >"$work/$label.json" 2>"$work/$label.progress"
  tail -n 1 "$work/$label.progress" >&2
}

ucprov_url="http://127.0.0.1:$http_port/storm/"
nginx_url="http://127.0.0.1:$nginx_port/"
if [ "$warmup" -gt 0 ]; then
  loadtest warmup-ucprov "$ucprov_url" "$warmup" --log-uploads 1
  loadtest warmup-nginx "$nginx_url" "$warmup" --no-uploads
fi
loadtest ucprov "$ucprov_url" "$phones" --log-uploads 1
loadtest ucprov-get "$ucprov_url" "$phones" --no-uploads
loadtest nginx "$nginx_url" "$phones" --no-uploads
loadtest nginx-put "$nginx_url" "$phones" --log-uploads 1
loadtest ucprov-reboot "$ucprov_url" "$phones" --log-uploads 1
loadtest ucprov-2logs "$ucprov_url" "$phones" --log-uploads 2
rss=$(awk '/VmRSS/ {print $2}' "/proc/$ucprov_pid/status")

python3 - "$work" "$phones" "$rate" "$concurrency" "$rss" <<'PY'
import json, sys
work, phones, rate, concurrency, rss = sys.argv[1:]
runs = [("ucprov, full boot, first (1 log upload)", "ucprov"), ("ucprov, GET sequence", "ucprov-get"),
        ("nginx, GET sequence", "nginx"), ("nginx, full boot (1 log upload, WebDAV PUT)", "nginx-put"),
        ("ucprov, full boot, reboot (1 log upload)", "ucprov-reboot"),
        ("ucprov, full boot, reboot (2 log uploads)", "ucprov-2logs")]
def report(key):
    text = open(f"{work}/{key}.json").read()
    return json.loads(text[text.index("{"):])  # a flight recording may print a notice first
reports = {key: report(key) for _, key in runs}
print(f"{phones} phones, rate {'unlimited' if rate == '0' else rate + '/s'}, "
      f"{concurrency} booting at once\n")
print("| run | phones/s | requests/s | requests | boot p50 / p99 / max ms | request p50 / p99 / max ms | errors | total s |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
for label, key in runs:
    r = reports[key]
    b, l = r["bootMs"], r["latencyMs"]
    requests = sum(k["requests"] for k in r["byKind"].values())
    errors = r["errors"] if not r["errorsByKind"] else f'{r["errors"]} ({", ".join(f"{k} {v}" for k, v in r["errorsByKind"].items())})'
    print(f'| {label} | {r["phonesPerSecond"]:,.1f} | {r["requestsPerSecond"]:,.0f} | {requests:,} | '
          f'{b["p50"]:.1f} / {b["p99"]:.1f} / {b["max"]:.1f} | {l["p50"]:.2f} / {l["p99"]:.2f} / {l["max"]:.1f} | '
          f'{errors} | {r["elapsedSeconds"]:.1f} |')
kinds = [k for k in reports["ucprov"]["byKind"]]
print("\nPer file kind, p50 / p99 / max ms (requests):\n")
print("| kind | " + " | ".join(label for label, _ in runs) + " |")
print("| --- |" + " --- |" * len(runs))
for kind in kinds:
    cells = []
    for _, key in runs:
        k = reports[key]["byKind"].get(kind)
        cells.append("-" if k is None else f'{k["p50"]:.2f} / {k["p99"]:.2f} / {k["max"]:.1f} ({k["requests"]:,})')
    print(f"| {kind} | " + " | ".join(cells) + " |")
full, get, nginx, put, reboot, two = (
    reports[k]["phonesPerSecond"]
    for k in ("ucprov", "ucprov-get", "nginx", "nginx-put", "ucprov-reboot", "ucprov-2logs"))
if nginx > 0 and put > 0:
    print(f"\nucprov / nginx phones/s, against nginx's GET sequence (the issue's target): "
          f"{full / nginx:.2f}x first boot, {reboot / nginx:.2f}x reboot, "
          f"{two / nginx:.2f}x reboot with 2 log uploads, {get / nginx:.2f}x GET sequence; "
          f"against nginx's full boot (WebDAV PUT): {full / put:.2f}x first boot, "
          f"{reboot / put:.2f}x reboot")
print(f"ucprov resident memory at the end: {int(rss) / 1024:.0f} MB")
PY
