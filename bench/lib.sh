# Helpers the bench scripts share: sourced, not run (`source "$repo/bench/lib.sh"`).
# shellcheck shell=bash

# need COMMAND PACKAGE: installs the Debian package, quietly, when the command is missing.
need() { command -v "$1" >/dev/null || need_package "$2"; }

# need_package PACKAGE: installs the Debian package, quietly, when it is not installed (for what
# is not a command on the PATH: a library, a daemon under /usr/sbin).
need_package() {
  dpkg -s "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$1" >/dev/null; }
}

# free_port [tcp|udp]: a loopback port of that kind (default tcp) that was free a moment ago.
# shellcheck disable=SC2120 # the kind is optional
free_port() {
  python3 -c 'import socket, sys
kind = socket.SOCK_DGRAM if sys.argv[1] == "udp" else socket.SOCK_STREAM
s = socket.socket(socket.AF_INET, kind)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])' "${1:-tcp}"
}

# wait_ready ADMIN_PORT PID LOG: waits up to 60 s for the server's admin /health to answer.
# When the process PID ends first, prints its LOG and exits 1; after 60 s, says so and exits 1.
wait_ready() {
  local admin_port=$1 pid=$2 log=$3
  for _ in $(seq 1 600); do
    curl -fsS "http://127.0.0.1:$admin_port/health" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo "bench: the server (pid $pid, log $log) was not ready in 60 s" >&2
  exit 1
}
