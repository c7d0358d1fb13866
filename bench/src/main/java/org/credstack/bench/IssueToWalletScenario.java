package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Issue-to-wallet latency on a running stack: each operation issues a credential over REST (POST /v1/credentials at
 * issuance) to the bench learner's address, then polls the wallet (GET /v1/wallet/credentials/{id} with that
 * learner's token) until it answers 200. Records "issue-call" (the REST call) and "visible-in-wallet" (the call
 * returned → the wallet shows it, with the poll interval's granularity; the first poll is sent at once): the path
 * event store → relay → Kafka → wallet projection.
 */
final class IssueToWalletScenario implements Scenario {

    static final Duration BOUND = Duration.ofSeconds(30);
    static final String DEFAULT_WALLET = "http://localhost:8082";

    private final IssuanceTarget target;
    private final String walletUrl;
    private final Duration poll;
    private final PrintStream log;
    private volatile IssuanceClient client;
    private volatile IssuanceClient.Session session;
    private volatile String learnerEmail;
    private volatile String learnerToken;

    IssueToWalletScenario(IssuanceTarget target, String walletUrl, Duration poll, PrintStream log) {
        this.target = target;
        this.walletUrl = walletUrl;
        this.poll = poll;
        this.log = log;
    }

    /** The wallet's base URL from the stack file, or the local stack's default. */
    static String walletUrl(Path stackFile) throws IOException {
        if (stackFile == null || !Files.isRegularFile(stackFile)) {
            return DEFAULT_WALLET;
        }
        JsonNode url = new ObjectMapper().readTree(stackFile.toFile()).at("/services/wallet/baseUrl");
        return url.isTextual() ? url.asText().replaceAll("/+$", "") : DEFAULT_WALLET;
    }

    @Override
    public String name() {
        return "issue-to-wallet";
    }

    @Override
    public void setUp(BenchContext ctx) throws Exception {
        client = new IssuanceClient(ctx, target);
        String tag = IssuanceClient.runTag();
        session = client.setUp(tag, log);
        learnerEmail = IssuanceClient.recipientEmail(tag, 0);
        learnerToken = client.mintToken("bench-learner-" + tag, java.util.List.of("learner"), null, learnerEmail);
        IssueScenario.probe(client, session, learnerEmail, log);
        if (log != null) {
            log.println("[setup] learner " + learnerEmail + " reads " + walletUrl);
        }
    }

    @Override
    public void execute(BenchContext ctx, long operationIndex) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = client.issue(session, learnerEmail);
        long returned = System.nanoTime();
        if (r.statusCode() != 201) {
            throw new UnexpectedStatusException(r.statusCode(), IssuanceClient.snippet(r.body()));
        }
        ctx.recordLatency("issue-call", returned - start);
        String id = client.parseIssued(r.body()).id();
        HttpRequest read = HttpRequest.newBuilder(URI.create(walletUrl + "/v1/wallet/credentials/" + id))
                .timeout(BOUND).header("Authorization", "Bearer " + learnerToken).GET().build();
        long deadline = returned + BOUND.toNanos();
        while (true) {
            int status = client.send(read).statusCode();
            if (status == 200) {
                ctx.recordLatency("visible-in-wallet", System.nanoTime() - returned);
                return;
            }
            if (status != 404) {
                throw new UnexpectedStatusException(status, "reading the wallet");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("credential " + id + " issued but not in the wallet within " + BOUND);
            }
            Thread.sleep(poll.toMillis(), (int) (poll.toNanos() % 1_000_000));
        }
    }
}
