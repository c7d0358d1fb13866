package org.credstack.bench;

/** The command line's help text ({@code --help}). */
final class Usage {

    private Usage() {
    }

    static final String TEXT = """
            Usage:
              java -jar bench/target/credstack-bench.jar http --url URL [options]
              java -jar bench/target/credstack-bench.jar noop [options]
              java -jar bench/target/credstack-bench.jar selftest [options]
              java -jar bench/target/credstack-bench.jar skeleton [--stack .credstack/stack.json] [options]
              java -jar bench/target/credstack-bench.jar issue --rate 100 [options]
              java -jar bench/target/credstack-bench.jar revocation-visibility --rate 10 [options]
              java -jar bench/target/credstack-bench.jar issue-to-wallet --rate 50 [--poll 5ms] [options]
              java -jar bench/target/credstack-bench.jar bulk --rows 20000 [options]
              java -jar bench/target/credstack-bench.jar raw [--parts all] [--vc-jar J --vc-classpath F] [options]
              java -jar bench/target/credstack-bench.jar rebuild-limits [--stack .credstack/stack.json] [--repeat 3]
              java -jar bench/target/credstack-bench.jar progress-reevaluation [--credentials 200] [--repeat 3]
              java -jar bench/target/credstack-bench.jar progress-rebuild [--events 1000000] [--no-seed] [--repeat 3]
              java -jar bench/target/credstack-bench.jar --help

            Commands:
              http       one HTTP request per operation against --url
              noop       operations that do nothing (or --sleep): the harness's own limit
              selftest   'http' against an embedded stub server on 127.0.0.1 (harness + loopback HTTP limit)
              skeleton   on a running local stack: register an institution at issuance, then poll wallet until
                         it lists it; histograms "register-call" and "visible-in-wallet"
              issue      on a running local stack: setup registers an issuer and publishes an achievement; each
                         operation is POST /v1/credentials (signed, persisted) to a distinct recipient, expects 201
              revocation-visibility
                         on a running local stack: setup issues a pool of credentials; each operation revokes one
                         and polls its public status list until its bit is set; histograms "revoke-call" and
                         "visible-in-status-list" (call returned -> bit seen)
              issue-to-wallet
                         on a running local stack: each operation issues a credential to the bench learner and
                         polls the wallet (learner token) until it shows it; histograms "issue-call" and
                         "visible-in-wallet" (call returned -> wallet answers 200)
              bulk       on a running local stack: POST /v1/credential-batches of --rows distinct recipients, then
                         follow GET /v1/credential-batches/{id} to completion; sustained credentials/s (server:
                         issued / (completedAt - startedAt); client: 202 received -> completion seen)
              raw        the parts alone, in this process: Ed25519 signing, RS256 signing, JSON-LD + RDF
                         canonicalization and the whole eddsa-rdfc-2022 proof (verifiable-credentials loaded from
                         --vc-jar), PostgreSQL inserts of credential + event rows (single and batched transactions)
              rebuild-limits
                         on a running local stack: the raw limits of a wallet-credentials rebuild, on its data:
                         Kafka consume of credstack.issuance.v1 + credstack.wallet.v1 from offset zero (records/s,
                         the rebuild's fetch settings) and PostgreSQL COPY of the serving wallet_credential rows
                         into a scratch table like it (rows/s, 5,000 rows per COPY); medians of --repeat
              progress-reevaluation
                         on a running local stack: one learner with --credentials credentials, --qualifications
                         published qualifications; credential events (suspend, reinstate) at --rate; recognition's
                         re-evaluation timings (/admin/progress/timings): evaluation and queued -> committed, beside
                         PostgreSQL reading the learner's rows alone
              progress-rebuild
                         on a running local stack: seeds --events synthetic CredentialIssued records over --learners
                         learners, waits until the stack is quiet, then rebuilds recognition's learner-credentials and
                         waits until the progress queue is empty; beside Kafka consume and COPY alone

            Load (pick one model; default --concurrency 1):
              --rate R               open model: R operations/s at fixed intervals whatever the responses;
                                     latency measured from the intended send time (no coordinated omission)
              --max-in-flight N      open model: cap on concurrent operations (default 512)
              --concurrency C        closed model: C workers, each sends when its previous operation is done
              --duration D           measured phase length (default 10s), e.g. 500ms, 30s, 2m
              --requests N           measured phase of exactly N operations (instead of --duration)
              --warmup D             run for D first and record nothing (default 0)
              --warmup-requests N    or: run N operations first and record nothing
              --timeout D            per-request timeout (default 30s)
              --drain-timeout D      wait for in-flight operations after the measured phase (default 30s);
                                     those still running then count as errors (Unfinished)
              --repeat N             run the same configuration N times and report medians (default 1)

            HTTP (http, selftest):
              --url URL              target (http only); {{n}} and {{uuid}} are substituted per request
              --path P               selftest only: path on the stub server; /status/500 answers 500 (default /)
              --method M             default GET, or POST when a body is given
              --header 'K: V'        request header, repeatable; values may hold {{n}} / {{uuid}}
              --body STR             request body; {{n}} / {{uuid}} substituted per request
              --body-file F          request body from a UTF-8 file; placeholders substituted too
                                     (Content-Type defaults to application/json when a body is given)
              --expect LIST          statuses counted as success, e.g. 200,201 or 2xx or 200-299 (default 2xx)
              --http2                use HTTP/2 (default HTTP/1.1)

            noop:
              --sleep D              each operation sleeps D (default 0)
              --fail-every N         every N-th operation fails (default never)

            Output:
              --progress D           progress line on stderr every D (default 1s; 0 = off)
              --quiet                no progress lines
              --name NAME            scenario name in reports (default 'http METHOD URL' / 'noop')
              --csv FILE             append one row per run (and the median row) to FILE
              --label L              free-form text for the CSV label column
              --hgrm FILE            write the HDR percentile distribution (ms) of each run to FILE
              --help, -h             this text

            Issuance (issue, revocation-visibility, bulk; raw for PostgreSQL):
              --stack FILE           the local stack's description (default .credstack/stack.json): issuance URL,
                                     token endpoint, PostgreSQL; without it the launcher's default ports
              --issuance-url URL     issuance-service base URL (default from --stack, else http://localhost:8081)
              --token-url URL        dev token issuer's POST /dev/tokens (default from --stack, else
                                     http://localhost:58080/dev/tokens)

            revocation-visibility:
              --pool N               credentials issued in setUp, one per operation (default: what --rate x
                                     (--warmup + --duration) or --warmup-requests + --requests need, +10%)
              --poll D               pause between status list polls (default 5ms; the first poll is immediate)

            bulk:
              --rows N               recipients in the batch (default 20000)
              --format json|csv      request body: JSON array of issue bodies, or CSV (default json)
              --poll D               pause between GETs of the batch status (default 250ms)
              --batch-timeout D      give up waiting for completion after D (default 1h)
              --repeat N, --csv F, --label L, --progress D, --quiet, --timeout D as above

            raw (closed model per part and thread count; default --duration 10s, --warmup 10s):
              --parts LIST           all (default) or some of: ed25519, rs256, canonicalize, proof, pg-single,
                                     pg-batch, ed25519-verify, verify; with 'all', parts whose inputs are missing are skipped (said so)
              --threads LIST         thread counts to run each part with (default 1,2)
              --vc-jar PATH          verifiable-credentials jar (or its target/classes) for canonicalize, proof
              --vc-classpath F|CP    its dependencies: a file written by dependency:build-classpath, or the path
              --credential FILE      the OB 3.0 credential to canonicalize and store (default: a real one bundled)
              --jdbc-url URL         PostgreSQL for pg-* (default: the stack's server, database credstack_bench,
                                     created when missing; scratch tables are dropped afterwards)
              --db-user U, --db-password P   (default from --stack, else postgres/postgres)
              --pg-batch N           credentials per transaction in pg-batch (default 100)

            progress-reevaluation, progress-rebuild (also --stack, --issuance-url, --token-url, --timeout, --repeat,
            --csv, --label, --progress, --quiet as above):
              --recognition-url URL  recognition-service base URL (default from --stack, else http://localhost:8083)
              --achievements N       published achievements (default 200 / 20)
              --qualifications N     published qualifications, 10-12 components each (default 50 / 10)
              --events N             credential events measured (default 300) / records seeded (default 1000000)
              --poll D               pause between status reads while waiting (default 100ms / 500ms)
            progress-reevaluation:
              --credentials N        credentials of the one learner, one per achievement in turn (default 200)
              --warmup-events N      events sent before each measured phase, not measured (default 30)
              --rate R               events per second, open model (default 10)
              --raw-reads N          reads of the learner's rows for the raw limit (default 1000)
            progress-rebuild:
              --learners N           recipientRefs the seeded credentials are spread over (default 200000)
              --no-seed              seed nothing: the topics already hold the events
              --settle D             before measuring, lag 0 and every counter unchanged this long (default 10s)
              --wallet-url URL       wallet-service base URL (default from --stack, else http://localhost:8082)

            Exit codes: 0 done (operation errors are reported, not fatal), 1 run failed, 2 bad arguments.
            """;
}
