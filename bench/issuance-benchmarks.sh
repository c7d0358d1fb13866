#!/usr/bin/env bash
# Issue 3 (issuance) benchmarks in one session, on a running local stack (./credstack up):
#   floors (harness + loopback at the same rate; a trivial issuance endpoint), single issue at 100/s, revocation
#   visibility at 10/s, bulk issue, and the raw parts alone (Ed25519, RS256, canonicalization, the whole proof,
#   PostgreSQL inserts). One CSV and one log per command under $OUT. See docs/benchmarks.md, "Issuance (issue 3)".
# Knobs (environment): REPEAT (3), DURATION (60s), WARMUP (15s), RATE (100), REVOKE_RATE (10), ROWS (20000),
#   RAW_DURATION (20s), RAW_WARMUP (15s), OUT (bench/results/issuance-<UTC time>), SKIP_BULK=1.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

REPEAT=${REPEAT:-3}
DURATION=${DURATION:-60s}
WARMUP=${WARMUP:-15s}
RATE=${RATE:-100}
REVOKE_RATE=${REVOKE_RATE:-10}
ROWS=${ROWS:-20000}
RAW_DURATION=${RAW_DURATION:-20s}
RAW_WARMUP=${RAW_WARMUP:-15s}
OUT=${OUT:-bench/results/issuance-$(date -u +%Y%m%dT%H%M%SZ)}
JAR=bench/target/credstack-bench.jar
VC_JAR=$(ls verifiable-credentials/target/verifiable-credentials-*.jar 2>/dev/null \
  | grep -v -e '-sources' -e '-tests' -e '-javadoc' | head -1 || true)
VC_CP=bench/target/vc-classpath.txt

[ -f .credstack/stack.json ] || { echo "no .credstack/stack.json: start the stack first (./credstack up)" >&2; exit 1; }
[ -f "$JAR" ] || { echo "$JAR missing: ./mvnw -B -o package -pl bench" >&2; exit 1; }
if [ -z "$VC_JAR" ] || [ ! -f "$VC_CP" ]; then
  echo "verifiable-credentials jar or $VC_CP missing; prepare them with:" >&2
  echo "  ./mvnw -B -o package -pl verifiable-credentials -DskipTests" >&2
  echo "  ./mvnw -B -o -q -pl verifiable-credentials dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=\$PWD/$VC_CP" >&2
  exit 1
fi
ISSUANCE=$(sed -n 's/.*"baseUrl" *: *"\(http[^"]*:[0-9]*\)".*/\1/p' .credstack/stack.json | head -1)

mkdir -p "$OUT"
CSV="$OUT/issuance.csv"
. bench/session.sh
machine_facts "REPEAT=$REPEAT DURATION=$DURATION WARMUP=$WARMUP RATE=$RATE REVOKE_RATE=$REVOKE_RATE ROWS=$ROWS RAW_DURATION=$RAW_DURATION RAW_WARMUP=$RAW_WARMUP"

run floor-selftest selftest --rate "$RATE" --duration "$DURATION" --warmup "$WARMUP" --repeat "$REPEAT" \
  --label "floor: harness + loopback at $RATE/s"
run floor-issuance http --url "$ISSUANCE/status-lists/none/revocation-1" --expect 404 --rate "$RATE" \
  --duration "$DURATION" --warmup "$WARMUP" --repeat "$REPEAT" --label "floor: issuance 404 at $RATE/s"
run issue issue --rate "$RATE" --duration "$DURATION" --warmup "$WARMUP" --repeat "$REPEAT" \
  --label "issue $RATE/s"
run revocation revocation-visibility --rate "$REVOKE_RATE" --duration "$DURATION" --warmup "$WARMUP" \
  --repeat "$REPEAT" --label "revocation $REVOKE_RATE/s"
if [ -z "${SKIP_BULK:-}" ]; then
  run bulk bulk --rows "$ROWS" --repeat "$REPEAT" --label "bulk $ROWS" || echo "(bulk failed; see $OUT/bulk.log)"
fi
run raw raw --threads 1,2 --duration "$RAW_DURATION" --warmup "$RAW_WARMUP" --repeat "$REPEAT" \
  --vc-jar "$VC_JAR" --vc-classpath "$VC_CP" --label "raw"
echo; echo "load after: $(uptime)" | tee -a "$OUT/machine.txt"
echo "results in $OUT"
