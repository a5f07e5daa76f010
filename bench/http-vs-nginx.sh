#!/usr/bin/env bash
# Benchmark: ucprov serving rendered per-device config files vs nginx serving the exported tree,
# same machine, same run, same wrk load. Then ucprov's resident memory with many devices.
#
# Usage: bench/http-vs-nginx.sh [DEVICES] [DURATION_S] [CONNECTIONS] [MEMORY_DEVICES]
#   defaults: 1000 devices, 20 s a round, 64 connections, 100000 devices for the memory phase.
#   MEMORY_DEVICES=0 skips the memory phase.
# ROUNDS=N changes the number of alternating rounds (default 3).
# KEEP_WORK=1 keeps the servers' data directories and the export in the work directory;
# by default only the reports and logs are left there.
# PIN=1 pins wrk to CPU 0 and each server (ucprov, nginx) to CPU 1 with taskset, a second
# configuration beside the default one where all three share both cores.
# Needs: nginx, wrk, curl, python3 (installed quietly when missing). Loopback only; every
# phase is bounded in time and count. Prints a Markdown table to paste into docs/benchmarks.md.
set -euo pipefail

devices=${1:-1000}
duration=${2:-20}
connections=${3:-64}
memory_devices=${4:-100000}
rounds=${ROUNDS:-3}
pin=${PIN:-0}
server_cpu=(); client_cpu=()
if [ "$pin" = 1 ]; then server_cpu=(taskset -c 1); client_cpu=(taskset -c 0); fi

repo=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
work=$(mktemp -d /tmp/ucprov-bench.XXXXXX)
chmod 0755 "$work"   # nginx workers run as www-data
token=bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')
export UCPROV_ADMIN_TOKEN=$token

# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
need nginx nginx-light
need wrk wrk
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

start_ucprov() { # data-dir
  http_port=$(free_port); admin_port=$(free_port)
  "${server_cpu[@]}" "$repo/ucprov" serve --data "$1" --http "127.0.0.1:$http_port" --admin "127.0.0.1:$admin_port" \
    >"$work/ucprov.log" 2>&1 &
  ucprov_pid=$!
  wait_ready "$admin_port" "$ucprov_pid" "$work/ucprov.log"
}

stop_ucprov() { kill "$ucprov_pid"; wait "$ucprov_pid" 2>/dev/null || true; ucprov_pid=""; }

run_wrk() { # label url-base prefix
  PREFIX=$3 DEVICES=$devices "${client_cpu[@]}" wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s \
    -s "$repo/bench/per-device.lua" "$2" 2>&1 | awk -v l="$1" '/^RESULT/ {print l, $0}'
}

echo "bench: work directory $work" >&2
"$repo/ucprov" --version >/dev/null   # builds once, outside every measurement

# Phase 1: throughput and latency against nginx on the exported tree.
start_ucprov "$work/data"
python3 "$repo/bench/populate.py" "http://127.0.0.1:$admin_port" "$token" "$devices"
"$repo/ucprov" export --tenant bench --out "$work/export" --admin "http://127.0.0.1:$admin_port" \
  --http "http://127.0.0.1:$http_port" >&2
nginx_port=$(free_port)
sed -e "s|@ROOT@|$work/export|; s|@PORT@|$nginx_port|; s|@WORK@|$work|g" \
  "$repo/bench/nginx.conf.template" >"$work/nginx.conf"
"${server_cpu[@]}" nginx -c "$work/nginx.conf" && nginx_started=1
sample=$(printf '0004f2%06x-lines.cfg' 1)
cmp <(curl -fsS "http://127.0.0.1:$http_port/bench/$sample") \
  <(curl -fsS "http://127.0.0.1:$nginx_port/$sample") ||
  { echo "bench: ucprov and nginx disagree on $sample" >&2; exit 1; }

duration_saved=$duration; duration=5
run_wrk warmup-ucprov "http://127.0.0.1:$http_port" /bench/ >/dev/null
run_wrk warmup-nginx "http://127.0.0.1:$nginx_port" / >/dev/null
duration=$duration_saved
: >"$work/results.txt"
for round in $(seq 1 $rounds); do
  run_wrk "ucprov round=$round" "http://127.0.0.1:$http_port" /bench/ | tee -a "$work/results.txt"
  run_wrk "nginx round=$round" "http://127.0.0.1:$nginx_port" / | tee -a "$work/results.txt"
done
rss_after_load=$(awk '/VmRSS/ {print $2}' "/proc/$ucprov_pid/status")
stop_ucprov

# Phase 2: resident memory with many devices in the inventory, after they were all fetched once.
rss_memory=0
if [ "$memory_devices" -gt 0 ]; then
start_ucprov "$work/data-memory"
python3 "$repo/bench/populate.py" "http://127.0.0.1:$admin_port" "$token" "$memory_devices"
PREFIX=/bench/ DEVICES=$memory_devices "${client_cpu[@]}" wrk -t2 -c"$connections" -d30s --timeout 5s \
  -s "$repo/bench/per-device.lua" "http://127.0.0.1:$http_port" 2>&1 | awk '/^RESULT/ {print "memory-phase", $0}' \
  | tee -a "$work/results.txt"
sleep 2
rss_memory=$(awk '/VmRSS/ {print $2}' "/proc/$ucprov_pid/status")
stop_ucprov
fi

python3 - "$work/results.txt" "$rss_after_load" "$rss_memory" "$devices" "$memory_devices" "$connections" "$duration" <<'PY'
import re, statistics, sys
path, rss_load, rss_mem, devices, mem_devices, conns, duration = sys.argv[1:]
rows = {}
for line in open(path):
    m = re.match(r"(\S+) .*RESULT (.*)", line)
    if not m: continue
    fields = dict(kv.split("=") for kv in m.group(2).split())
    rows.setdefault(m.group(1), []).append(fields)
print(f"| server | requests/s (median of rounds) | p50 ms | p99 ms | max ms | errors |")
print(f"| --- | --- | --- | --- | --- | --- |")
med = {}
for name in ("ucprov", "nginx"):
    runs = rows.get(name, [])
    if not runs: continue
    rps = statistics.median(float(r["rps"]) for r in runs)
    med[name] = rps
    p50 = statistics.median(float(r["p50_ms"]) for r in runs)
    p99 = statistics.median(float(r["p99_ms"]) for r in runs)
    mx = max(float(r["max_ms"]) for r in runs)
    errors = sum(int(r["errors_status"]) + int(r["errors_connect"]) + int(r["errors_timeout"]) for r in runs)
    print(f"| {name} | {rps:,.0f} | {p50:.2f} | {p99:.2f} | {mx:.1f} | {errors} |")
if "ucprov" in med and "nginx" in med:
    print(f"\nucprov / nginx requests/s: {med['ucprov'] / med['nginx']:.2f}x "
          f"({devices} devices, {conns} connections, {duration} s rounds)")
print(f"ucprov resident memory after the throughput phase: {int(rss_load) / 1024:.0f} MB")
if int(mem_devices) > 0:
    print(f"ucprov resident memory with {mem_devices} devices, all fetched: {int(rss_mem) / 1024:.0f} MB")
PY
