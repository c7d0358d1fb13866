#!/usr/bin/env bash
# Issue 5 (recognition) benchmarks in one session, on a running local stack started fresh for them
# (./credstack up --fresh: each learner is evaluated against every published qualification on the stack, so leftovers
# of earlier runs make the figures worse; the rebuild seeds synthetic credentials that only recognition and the wallet
# know, so the stack is a benchmark-only stack afterwards):
#   progress-reevaluation: a learner with CREDENTIALS credentials against QUALIFICATIONS qualifications, credential
#     events at RATE/s, the re-evaluation's evaluation and queued→committed latency from the service's own timings,
#     beside the raw read of the learner's rows;
#   progress-rebuild: EVENTS synthetic credentials (CredentialIssued and its CredentialRecorded) over LEARNERS learners seeded once, then REPEAT rebuilds of
#     learner-credentials followed by the progress worker draining every learner, each beside the raw limits measured
#     after it on the same data (the three topics consumed alone, a COPY of learner_credential's rows alone).
# Knobs (environment): REPEAT (3), CREDENTIALS (200), QUALIFICATIONS (50), EVENTS_PER_RUN (300), WARMUP (150 events
#   before each run's measured ones: the JIT of a freshly started stack made the first run's p99 twice the others'), RATE (10),
#   EVENTS (1000000, 0 to skip the rebuild), LEARNERS (200000), OUT (bench/results/recognition-<UTC time>).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

REPEAT=${REPEAT:-3}
CREDENTIALS=${CREDENTIALS:-200}
QUALIFICATIONS=${QUALIFICATIONS:-50}
EVENTS_PER_RUN=${EVENTS_PER_RUN:-300}
WARMUP=${WARMUP:-150}
RATE=${RATE:-10}
EVENTS=${EVENTS:-1000000}
LEARNERS=${LEARNERS:-200000}
OUT=${OUT:-bench/results/recognition-$(date -u +%Y%m%dT%H%M%SZ)}
JAR=bench/target/credstack-bench.jar

[ -f .credstack/stack.json ] || { echo "no .credstack/stack.json: start the stack first (./credstack up --fresh)" >&2; exit 1; }
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }

mkdir -p "$OUT"
CSV="$OUT/recognition.csv"
. bench/session.sh
machine_facts "REPEAT=$REPEAT CREDENTIALS=$CREDENTIALS QUALIFICATIONS=$QUALIFICATIONS EVENTS_PER_RUN=$EVENTS_PER_RUN WARMUP=$WARMUP RATE=$RATE EVENTS=$EVENTS LEARNERS=$LEARNERS"

run reevaluation progress-reevaluation --achievements "$CREDENTIALS" --credentials "$CREDENTIALS" \
  --qualifications "$QUALIFICATIONS" --events "$EVENTS_PER_RUN" --warmup-events "$WARMUP" --rate "$RATE" --repeat "$REPEAT" \
  --label "re-evaluation $CREDENTIALS credentials x $QUALIFICATIONS qualifications"
if [ "$EVENTS" != 0 ]; then
  run rebuild progress-rebuild --events "$EVENTS" --learners "$LEARNERS" --repeat "$REPEAT" --progress 10s \
    --label "progress rebuild $EVENTS events, $LEARNERS learners"
fi
echo; echo "load after: $(uptime)" | tee -a "$OUT/machine.txt"
echo "results in $OUT"
