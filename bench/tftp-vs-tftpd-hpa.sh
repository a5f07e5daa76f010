#!/usr/bin/env bash
# Benchmark: ucprov's TFTP listener against tftpd-hpa (in.tftpd), same machine, same run, same
# files, same clients, same blksize (issue 5, point 6).
#
# Usage: bench/tftp-vs-tftpd-hpa.sh [ROUNDS] [BLKSIZE] [SMALL_FILES]
#   defaults: 3 rounds, blksize 1428, 200 small files.
# Phase 1: a 20 MB firmware file read by atftp (--option "blksize BLKSIZE"), then by tftp-hpa at
#   its fixed 512-byte blocks; seconds per read, median of ROUNDS, servers alternating.
# Phase 2: SMALL_FILES different 3 KB files read at once (bench/tftp_burst.py, one UDP socket per
#   transfer, blksize BLKSIZE); wall time for the batch and per-transfer latency, median of ROUNDS.
# Needs: atftp, tftp-hpa, curl, python3 (installed quietly when missing); in.tftpd is taken from
# the tftpd-hpa package without installing it (no system service is started): it runs in the
# foreground on a free loopback port, -L -s DIR. Loopback only; every step is bounded.
set -euo pipefail

rounds=${1:-3}
blksize=${2:-1428}
small=${3:-200}

repo=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
work=$(mktemp -d /tmp/ucprov-tftp-bench.XXXXXX)
chmod 0755 "$work"
token=bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')
export UCPROV_ADMIN_TOKEN=$token

# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
need_package atftp
need_package tftp-hpa   # its tftp, not another package's
need curl curl
need python3 python3-minimal

# in.tftpd from the package's files alone: installing tftpd-hpa would start a system service.
tftpd=$work/tftpd/usr/sbin/in.tftpd
(cd "$work" && apt-get download -qq tftpd-hpa 2>/dev/null && dpkg-deb -x tftpd-hpa_*.deb tftpd)
need_package libwrap0
[ -x "$tftpd" ] || { echo "bench: in.tftpd not found in the tftpd-hpa package" >&2; exit 1; }

ucprov_pid=""
tftpd_pid=""
cleanup() {
  [ -n "$ucprov_pid" ] && kill "$ucprov_pid" 2>/dev/null && wait "$ucprov_pid" 2>/dev/null || true
  [ -n "$tftpd_pid" ] && kill "$tftpd_pid" 2>/dev/null && wait "$tftpd_pid" 2>/dev/null || true
}
trap cleanup EXIT

echo "bench: work directory $work" >&2
"$repo/ucprov" --version >/dev/null   # builds once, outside every measurement

# The same files for both: tenant "bench" in ucprov, directory bench/ under tftpd-hpa's root.
root=$work/root
mkdir -p "$root/bench"
head -c $((20 * 1024 * 1024)) /dev/urandom >"$root/bench/sip.ld"
python3 - "$root/bench" "$small" <<'PY'
import sys
directory, count = sys.argv[1], int(sys.argv[2])
for i in range(1, count + 1):
    text = ('<polycomConfig site.n="%d" ' % i + 'x.y="z" ' * 400)[:2997] + "/>\n"
    open("%s/small-%03d.cfg" % (directory, i), "w").write(text)
PY
chmod -R a+rX "$root"

http_port=$(free_port tcp); admin_port=$(free_port tcp); ucprov_port=$(free_port udp)
"$repo/ucprov" serve --data "$work/data" --http "127.0.0.1:$http_port" \
  --admin "127.0.0.1:$admin_port" --tftp "127.0.0.1:$ucprov_port" >"$work/ucprov.log" 2>&1 &
ucprov_pid=$!
wait_ready "$admin_port" "$ucprov_pid" "$work/ucprov.log"
api="http://127.0.0.1:$admin_port/api/v1"
auth=(-H "Authorization: Bearer $token")
# TFTP reaches tenant bench by the client's address; its files keep the bench/ directory, so
# both servers answer the same names.
curl -fsS "${auth[@]}" -H "Content-Type: application/json" -X PUT \
  -d '{"name":"Bench","networks":["127.0.0.1/32"]}' "$api/tenants/bench" >/dev/null
for f in "$root"/bench/*; do
  curl -fsS "${auth[@]}" -H "Content-Type: application/octet-stream" -X PUT --data-binary "@$f" \
    "$api/tenants/bench/files/bench/$(basename "$f")" >/dev/null
done

tftpd_port=$(free_port udp)
"$tftpd" -L -s "$root" -a "127.0.0.1:$tftpd_port" -u nobody -B 65464 >"$work/tftpd.log" 2>&1 &
tftpd_pid=$!
sleep 0.5
kill -0 "$tftpd_pid" 2>/dev/null || { cat "$work/tftpd.log" >&2; exit 1; }

# Both serve the same bytes.
for port in "$ucprov_port" "$tftpd_port"; do
  atftp -g -r bench/sip.ld -l "$work/check.ld" --option "blksize $blksize" 127.0.0.1 "$port" >/dev/null
  cmp "$work/check.ld" "$root/bench/sip.ld" || { echo "bench: port $port served other bytes" >&2; exit 1; }
done

seconds() { # command...
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo "bench: failed: $*" >&2; exit 1; }
  end=$(date +%s.%N)
  python3 -c "print('%.3f' % ($end - $start))"
}
big_atftp() { seconds atftp -g -r bench/sip.ld -l /dev/null --option "blksize $blksize" 127.0.0.1 "$1"; }
big_hpa() { seconds tftp -m octet 127.0.0.1 "$1" -c get bench/sip.ld "$work/hpa.ld"; }
burst() {
  python3 "$repo/bench/tftp_burst.py" 127.0.0.1 "$1" 'bench/small-%03d.cfg' "$small" "$blksize" 3000
}

: >"$work/results.txt"
# One untimed round each first: the JIT warms up, tftpd-hpa's files are in the page cache.
big_atftp "$ucprov_port" >/dev/null; big_atftp "$tftpd_port" >/dev/null
burst "$ucprov_port" >/dev/null; burst "$tftpd_port" >/dev/null
for round in $(seq 1 "$rounds"); do
  for server in ucprov tftpd-hpa; do
    port=$ucprov_port; [ "$server" = tftpd-hpa ] && port=$tftpd_port
    echo "$server big-atftp $(big_atftp "$port")" | tee -a "$work/results.txt"
    echo "$server big-hpa $(big_hpa "$port")" | tee -a "$work/results.txt"
    echo "$server burst $(burst "$port")" | tee -a "$work/results.txt"
  done
done

python3 - "$work/results.txt" "$blksize" "$small" <<'PY'
import re, statistics, sys
path, blksize, small = sys.argv[1], sys.argv[2], sys.argv[3]
rows = {}
for line in open(path):
    server, phase, rest = line.split(" ", 2)
    rows.setdefault((server, phase), []).append(rest.strip())
def med(server, phase):
    return statistics.median(float(v) for v in rows[(server, phase)])
def burst(server, field):
    vals = [float(re.search(field + r"=([0-9.]+)", v).group(1)) for v in rows[(server, "burst")]]
    return statistics.median(vals)
mb = 20.0
print(f"| server | 20 MB, atftp blksize {blksize} (s) | MB/s | 20 MB, tftp-hpa 512 (s) | "
      f"{small} at once, blksize {blksize} (s) | p50 ms | p99 ms | errors |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
for server in ("ucprov", "tftpd-hpa"):
    a = med(server, "big-atftp")
    errors = sum(int(re.search(r"errors=(\d+)", v).group(1)) for v in rows[(server, "burst")])
    print(f"| {server} | {a:.2f} | {mb / a:.1f} | {med(server, 'big-hpa'):.2f} | "
          f"{burst(server, 'seconds'):.3f} | {burst(server, 'p50_ms'):.1f} | "
          f"{burst(server, 'p99_ms'):.1f} | {errors} |")
print()
for phase in ("big-atftp", "big-hpa", "burst"):
    for server in ("ucprov", "tftpd-hpa"):
        print(f"{server} {phase}: " + "; ".join(rows[(server, phase)]))
PY
