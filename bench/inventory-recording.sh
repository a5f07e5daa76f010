#!/usr/bin/env bash
# What recording phone requests in the inventory costs per sighting, in one process against an H2
# file database (ucprov-store's InventoryRecordingHarness; docs/benchmarks.md, "Inventory
# recording"). Per-thread CPU and allocation counters: meaningful on a shared machine too.
# Usage: bench/inventory-recording.sh [hot|storm|both]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
# One reactor run: it compiles and resolves ucprov-core's test classes from the work tree.
./mvnw -q -B -o -pl ucprov-store -am test-compile dependency:build-classpath \
  -Dspotless.check.skip=true -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
cp="ucprov-store/target/test-classes:ucprov-store/target/classes:$(cat "$classpath_file")"
# The server's heap and collector (ADR 0014), so allocation shows as it would there.
# HARNESS_JAVA_OPTS adds options, such as a JFR recording.
exec "$JAVA_HOME/bin/java" -Xmx256m -XX:+UseSerialGC ${HARNESS_JAVA_OPTS:-} -cp "$cp" \
  dev.ucprov.store.InventoryRecordingHarness "${1:-both}"
