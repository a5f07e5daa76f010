#!/usr/bin/env bash
# Boot storms against two builds of ucprov, in turn, on the same machine in the same run: this
# checkout ("this") and another checkout ("other", e.g. `git worktree add /tmp/before HEAD~3`).
# The host's speed drifts by 10-40 % within an hour here, so comparing two builds run one after
# the other misleads; interleaved rounds show a change only where it passes that drift.
#
# Usage: bench/boot-storm-ab.sh OTHER_CHECKOUT [PHONES] [ROUNDS]
#   PHONES: default 10000; ROUNDS: default 2.
# Both servers run `ucprov serve` on embedded defaults, each with its own data directory and the
# same tenant (bench/boot-storm-tenant.py). After a warm-up of WARMUP phones (default 1000) each,
# every round runs, for each server in turn: a full boot with one log upload (the first round's
# is a first boot, later ones reboots) and the GET sequence. For each run it prints phones/s and
# the server's CPU per boot (user and system, read from /proc before the run and after it, once
# the server's inventory queue has drained), which drifts less than phones/s. The load driver is
# this checkout's `ucprov loadtest` for both.
# Environment: CONCURRENCY (default 256), DURATION (default 300) seconds, the bound of each run;
#   THIS_GC and OTHER_GC, the collector of each server (UCPROV_GC, e.g. -XX:+UseG1GC; default the
#   launcher's), THIS_OPTS and OTHER_OPTS, JVM options added to each (UCPROV_JAVA_OPTS, e.g.
#   -Xmx320m). With these OTHER_CHECKOUT may be this checkout: `OTHER_GC=-XX:+UseG1GC
#   bench/boot-storm-ab.sh .` compares two collectors on one build.
# Loopback only; every run is bounded in count (PHONES) and time (DURATION).
set -euo pipefail

[ $# -ge 1 ] || { sed -n '2,21p' "$0" >&2; exit 2; }
this=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
other=$(cd "$1" && pwd)
phones=${2:-10000}
rounds=${3:-2}
concurrency=${CONCURRENCY:-256}
warmup=${WARMUP:-1000}
duration=${DURATION:-300}
[ -x "$other/ucprov" ] || { echo "boot-storm-ab: $other is not a ucprov checkout" >&2; exit 2; }

work=$(mktemp -d /tmp/ucprov-boot-storm-ab.XXXXXX)
token=bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')
export UCPROV_ADMIN_TOKEN=$token
# shellcheck source=bench/lib.sh
source "$this/bench/lib.sh"

declare -A pid url admin
cleanup() {
  for side in "${!pid[@]}"; do kill "${pid[$side]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$work"/data-*
}
trap cleanup EXIT
echo "boot-storm-ab: work directory $work" >&2
echo "boot-storm-ab: this: $this ${THIS_GC:-} ${THIS_OPTS:-}; other: $other ${OTHER_GC:-} ${OTHER_OPTS:-}" >&2

for side in this other; do
  repo=${!side}
  "$repo/ucprov" --version >/dev/null   # builds once, outside every measurement
  http_port=$(free_port); admin_port=$(free_port)
  gc=${side^^}_GC opts=${side^^}_OPTS
  UCPROV_GC=${!gc:-} UCPROV_JAVA_OPTS=${!opts:-} \
    "$repo/ucprov" serve --data "$work/data-$side" --http "127.0.0.1:$http_port" \
    --admin "127.0.0.1:$admin_port" --tftp off --ftp off >"$work/$side.log" 2>&1 &
  launcher=$!
  wait_ready "$admin_port" "$launcher" "$work/$side.log"
  # The launcher execs java, or runs it as its only child: /proc of the JVM is what counts.
  jvm=$(pgrep -P "$launcher" java || echo "$launcher")
  pid[$side]=$jvm
  python3 "$this/bench/boot-storm-tenant.py" "http://127.0.0.1:$admin_port" "$token" "$phones" storm
  url[$side]="http://127.0.0.1:$http_port/storm/"
  admin[$side]="http://127.0.0.1:$admin_port"
done

ticks=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$ticks" '{printf "%d %d\n", $14 * 1000 / t, $15 * 1000 / t}' "/proc/$1/stat"; }

loadtest() { # side phones label [options...]
  local side=$1 count=$2 label=$3
  shift 3
  UCPROV_JAVA_OPTS=-Xmx512m "$this/ucprov" loadtest --server "${url[$side]}" --phones "$count" \
    --concurrency "$concurrency" --duration "$duration" --max-error-rate 1 --format json "$@" \
    >"$work/$label.json" 2>/dev/null
}

# The inventory is written behind the phones' answers: a run's CPU is read once its queue is
# empty (and the batch being written has had time to end), or it would land on the next run.
drained() { # side
  local depth
  for _ in $(seq 1 600); do
    depth=$(curl -fsS -H "Authorization: Bearer $token" "${admin[$1]}/metrics" |
      awk '/^ucprov_inventory_queue_depth/ {print int($2)}' || true)
    if [ "${depth:-1}" = 0 ]; then
      sleep 0.5
      return 0
    fi
    sleep 0.1
  done
  echo "boot-storm-ab: the inventory queue of $1 did not drain in 60 s" >&2
}

measure() { # side round kind [options...]
  local side=$1 round=$2 kind=$3
  shift 3
  local user0 system0 user1 system1
  read -r user0 system0 < <(cpu_ms "${pid[$side]}")
  loadtest "$side" "$phones" "$side-$round-$kind" "$@"
  drained "$side"
  read -r user1 system1 < <(cpu_ms "${pid[$side]}")
  python3 - "$work/$side-$round-$kind.json" "$side" "$round" "$kind" "$phones" \
    "$((user1 - user0))" "$((system1 - system0))" <<'PY'
import json, sys
report, side, rnd, kind, phones, user, system = sys.argv[1:]
r = json.load(open(report))
n = int(phones)
print(f"| {rnd} | {kind} | {side} | {r['phonesPerSecond']:.1f} | "
      f"{(int(user) + int(system)) / n:.2f} ({int(user) / n:.2f} + {int(system) / n:.2f}) | {r['errors']} |")
PY
}

for side in this other; do
  loadtest "$side" "$warmup" "warmup-$side" --log-uploads 1
  drained "$side"
done
echo "| round | run | build | phones/s | server CPU per boot, ms (user + system) | errors |"
echo "| --- | --- | --- | --- | --- | --- |"
for round in $(seq 1 "$rounds"); do
  boot=reboot
  [ "$round" = 1 ] && boot="first boot"
  for side in this other; do measure "$side" "$round" "$boot" --log-uploads 1; done
  for side in this other; do measure "$side" "$round" "GET sequence" --no-uploads; done
done
