#!/usr/bin/env bash
# Issue 4 (wallet) benchmarks in one session, on a running local stack (./credstack up):
#   verification (the wallet's whole report over distinct credentials, in process) beside Ed25519 verification and
#   the eddsa-rdfc-2022 proof alone; issue-to-wallet latency at RATE; a rebuild of the wallet-credentials projection
#   from offset zero (rate from the projection's own progress), after BULK_ROWS credentials were issued in bulk, each
#   followed by its raw limits on the same data (rebuild-limits: the topics consumed alone, a COPY of the rows alone).
# Knobs (environment): REPEAT (3), DURATION (30s), WARMUP (10s), RATE (50), RAW_DURATION (10s), RAW_WARMUP (10s),
#   BULK_ROWS (20000, 0 to skip), OUT (bench/results/wallet-<UTC time>).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

REPEAT=${REPEAT:-3}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
RATE=${RATE:-50}
RAW_DURATION=${RAW_DURATION:-10s}
RAW_WARMUP=${RAW_WARMUP:-10s}
BULK_ROWS=${BULK_ROWS:-20000}
OUT=${OUT:-bench/results/wallet-$(date -u +%Y%m%dT%H%M%SZ)}
JAR=bench/target/credstack-bench.jar
VC_JAR=$(ls verifiable-credentials/target/verifiable-credentials-*.jar 2>/dev/null \
  | grep -v -e '-sources' -e '-tests' -e '-javadoc' | head -1 || true)
VC_CP=bench/target/vc-classpath.txt

[ -f .credstack/stack.json ] || { echo "no .credstack/stack.json: start the stack first (./credstack up)" >&2; exit 1; }
[ -f "$JAR" ] && [ -n "$VC_JAR" ] && [ -f "$VC_CP" ] || { echo "build first: see docs/benchmarks.md (wallet)" >&2; exit 1; }

mkdir -p "$OUT"
CSV="$OUT/wallet.csv"
. bench/session.sh
machine_facts "REPEAT=$REPEAT DURATION=$DURATION WARMUP=$WARMUP RATE=$RATE RAW_DURATION=$RAW_DURATION RAW_WARMUP=$RAW_WARMUP BULK_ROWS=$BULK_ROWS"

run verify raw --parts verify,ed25519-verify,proof --threads 1,2 --duration "$RAW_DURATION" --warmup "$RAW_WARMUP" \
  --repeat "$REPEAT" --vc-jar "$VC_JAR" --vc-classpath "$VC_CP" --label "wallet verify"
run issue-to-wallet issue-to-wallet --rate "$RATE" --duration "$DURATION" --warmup "$WARMUP" --repeat "$REPEAT" \
  --label "issue-to-wallet $RATE/s"
if [ "$BULK_ROWS" != 0 ]; then
  run bulk bulk --rows "$BULK_ROWS" --repeat 1 --label "bulk $BULK_ROWS (events for the rebuild)"
fi
for i in $(seq 1 "$REPEAT"); do
  echo; echo "### rebuild $i: ./credstack rebuild wallet wallet-credentials" | tee -a "$OUT/commands.txt"
  ./credstack rebuild wallet wallet-credentials 2>&1 | tee "$OUT/rebuild-$i.log" | tail -3
  ./credstack projections wallet 2>&1 | tee -a "$OUT/rebuild-$i.log" | grep -i wallet-credentials || true
  run "rebuild-limits-$i" rebuild-limits --repeat 1 --quiet --label "rebuild raw limits $i"
done
echo; echo "load after: $(uptime)" | tee -a "$OUT/machine.txt"
echo "results in $OUT"
