# shellcheck shell=bash
# Sourced by ./ucprov for `serve` and `demo`: makes sure ucprov-app/target/ucprov-serve.jsa, a
# class-data archive (AppCDS) of the server's classes, is as new as the jar, and puts the option
# that maps it in the array `cds`. The server loads some 6,000 classes (Jetty, H2, Flyway,
# Pebble, Logback...); mapping them from an archive instead of loading and verifying each one
# roughly halves the time to the ready line.
#
# The archive is made by one training start of the server on free loopback ports with a
# throwaway data directory, stopped with SIGTERM once ready (the JVM writes the archive as it
# exits, shutdown hook included). It is renamed into place, so a concurrent start never maps half
# a file. When anything goes wrong the server simply starts without it, a little slower.
#
# Needs: $JAVA_HOME, $jar, $root and the command's arguments; sets: cds=(...)

ucprov_server_archive() {
  local jsa="$root/ucprov-app/target/ucprov-serve.jsa" work pid i arg
  for arg in "$@"; do
    case "$arg" in
      -h | --help | -V | --version) return 0 ;; # prints and exits: not worth an archive
    esac
  done
  if [ ! -f "$jsa" ] || [ "$jar" -nt "$jsa" ]; then
    rm -f "$jsa"
    work=$(mktemp -d "${TMPDIR:-/tmp}/ucprov-archive.XXXXXX") || return 0
    echo "ucprov: preparing the server's class archive (once per build)..." >&2
    env -u UCPROV_ADMIN_TOKEN "$JAVA_HOME/bin/java" -XX:ArchiveClassesAtExit="$jsa.$$" -Xlog:disable \
      -jar "$jar" serve --http 127.0.0.1:0 --admin 127.0.0.1:0 --data "$work/data" \
      >"$work/out" 2>&1 </dev/null &
    pid=$!
    for i in $(seq 1 600); do
      grep -q '^ucprov ready' "$work/out" 2>/dev/null && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.05
    done
    kill -TERM "$pid" 2>/dev/null
    if wait "$pid" && [ -s "$jsa.$$" ]; then
      mv -f "$jsa.$$" "$jsa" 2>/dev/null || true
    fi
    rm -rf "$work" "$jsa.$$"
  fi
  cds=()
  if [ -f "$jsa" ]; then
    cds=(-XX:SharedArchiveFile="$jsa")
  fi
}
