# shellcheck shell=bash
# Sourced by ./ucprov and .ci/run: exports JAVA_HOME (and puts its bin first on PATH) for a
# JDK >= 21, or prints one line on stderr and returns 2.
#
# Order: $JAVA_HOME when its java is >= 21; else the newest JDK >= 21 under /usr/lib/jvm
# (or $UCPROV_JDK_SEARCH_DIR, which tests use); else the java on PATH when it is >= 21. Depends on no cwd and reads the JDK's `release`
# file when there is one, so choosing costs no JVM start.

ucprov_jdk_major() {
  # Prints the feature version (17, 21, 25...) of the JDK at $1, or nothing.
  local home=$1 version=""
  [ -x "$home/bin/java" ] || return 0
  if [ -r "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  version=${version#1.} # 1.8.0_402 is Java 8
  version=${version%%[!0-9]*}
  printf '%s' "$version"
}

ucprov_select_jdk() {
  local candidate major best="" best_major=0 on_path
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(ucprov_jdk_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      best=$JAVA_HOME
    fi
  fi
  if [ -z "$best" ]; then
    for candidate in "${UCPROV_JDK_SEARCH_DIR:-/usr/lib/jvm}"/*; do
      [ -d "$candidate" ] || continue
      major=$(ucprov_jdk_major "$candidate")
      if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
        best=$candidate
        best_major=$major
      fi
    done
  fi
  if [ -z "$best" ] && on_path=$(command -v java 2>/dev/null); then
    candidate=$(dirname "$(dirname "$(readlink -f "$on_path")")")
    major=$(ucprov_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      best=$candidate
    fi
  fi
  if [ -z "$best" ]; then
    echo "ucprov: no JDK 21 or newer found (checked JAVA_HOME, ${UCPROV_JDK_SEARCH_DIR:-/usr/lib/jvm}, java on PATH); install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME" >&2
    return 2
  fi
  export JAVA_HOME=$best
  case ":$PATH:" in
    *":$JAVA_HOME/bin:"*) ;;
    *) export PATH="$JAVA_HOME/bin:$PATH" ;;
  esac
}

if ucprov_select_jdk; then
  unset -f ucprov_jdk_major ucprov_select_jdk
else
  unset -f ucprov_jdk_major ucprov_select_jdk
  # shellcheck disable=SC2317 # exit only when run rather than sourced
  return 2 2>/dev/null || exit 2
fi
