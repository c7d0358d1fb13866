package org.credstack.bench;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Single issue over REST on a running stack: setUp registers an issuer (operator token), drafts and publishes the
 * tour's micro-credential (issuer-admin token) and issues one probe credential; each operation is one
 * POST /v1/credentials (signed: eddsa-rdfc-2022 proof and RS256 VC-JWT, persisted with its event) to a distinct
 * recipient with its own Idempotency-Key, expecting 201.
 */
final class IssueScenario implements Scenario {

    /** How long setUp retries the probe while the fresh achievement answers 422 (not yet issuable). */
    static final Duration PROBE_BOUND = Duration.ofSeconds(15);

    private final IssuanceTarget target;
    private final PrintStream log;
    private volatile IssuanceClient client;
    private volatile IssuanceClient.Session session;
    private volatile String tag;

    IssueScenario(IssuanceTarget target, PrintStream log) {
        this.target = target;
        this.log = log;
    }

    @Override
    public String name() {
        return "issue";
    }

    @Override
    public void setUp(BenchContext ctx) throws Exception {
        client = new IssuanceClient(ctx, target);
        tag = IssuanceClient.runTag();
        session = client.setUp(tag, log);
        probe(client, session, IssuanceClient.recipientEmail(tag, -1), log);
    }

    /** Issues one credential, retrying 422 for a while: proves the path works before anything is measured. */
    static IssuanceClient.Issued probe(IssuanceClient client, IssuanceClient.Session session, String email,
                                       PrintStream log) throws Exception {
        long deadline = System.nanoTime() + PROBE_BOUND.toNanos();
        while (true) {
            HttpResponse<String> r = client.issue(session, email);
            if (r.statusCode() == 201) {
                IssuanceClient.Issued issued = client.parseIssued(r.body());
                if (log != null) {
                    log.println("[setup] probe credential " + issued.id() + " issued (" + r.body().length()
                            + " bytes, revocation " + issued.statusListUrl() + " #" + issued.statusListIndex() + ")");
                }
                return issued;
            }
            if (r.statusCode() != 422 || System.nanoTime() > deadline) {
                throw new IllegalStateException("probe issue: expected HTTP 201, got " + r.statusCode() + " "
                        + IssuanceClient.snippet(r.body()));
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void execute(BenchContext ctx, long operationIndex) throws Exception {
        HttpResponse<String> r = client.issue(session, IssuanceClient.recipientEmail(tag, operationIndex));
        if (r.statusCode() != 201) {
            throw new UnexpectedStatusException(r.statusCode(), IssuanceClient.snippet(r.body()));
        }
    }
}
