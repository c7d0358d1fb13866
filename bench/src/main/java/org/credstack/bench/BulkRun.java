package org.credstack.bench;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;

/**
 * The {@code bulk} command: per run, a new issuer and published achievement, then one POST /v1/credential-batches of
 * {@code --rows} distinct recipients (JSON array or CSV), expecting 202 and a Location; then GET of that location
 * every {@code --poll} until the batch is completed, with a progress line (counts, server and client rate, ETA).
 * Figures per run: sustained credentials/s as the server reports it (issued / (completedAt − startedAt)) and as the
 * client sees it (issued / (202 received → completion seen), granularity {@code --poll}); medians over
 * {@code --repeat}. CSV: two rows per run (and per median): {@code bulk} (server) and {@code bulk:client}.
 */
final class BulkRun {

    static final String MODE = "batch";
    static final Duration DEFAULT_POLL = Duration.ofMillis(250);

    /** One run's figures. */
    record Result(long rows, BatchStatus last, double postSeconds, double clientSeconds, double serverSeconds,
                  double serverRate, double clientRate) {
    }

    /** The endpoint is not there (yet): a clear message instead of a failure deep in the run. */
    static final class NoBatchEndpointException extends Exception {
        NoBatchEndpointException(String url, String body) {
            super("POST " + url + "/v1/credential-batches answered 404: this issuance-service has no bulk issuance "
                    + "endpoint (yet). Nothing was measured. (" + IssuanceClient.snippet(body) + ")");
        }
    }

    private final CliOptions o;
    private final PrintStream out;
    private final PrintStream err;
    private final BooleanSupplier interrupted;

    BulkRun(CliOptions o, PrintStream out, PrintStream err, BooleanSupplier interrupted) {
        this.o = o;
        this.out = out;
        this.err = err;
        this.interrupted = interrupted;
    }

    int run() throws Exception {
        BenchContext ctx = BenchContext.create(o.timeout, false);
        IssuanceTarget target = IssuanceTarget.resolve(o.stack, o.issuanceUrl, o.tokenUrl, null, null, null,
                ctx.json());
        err.println("[setup] " + target.describe());
        IssuanceClient client = new IssuanceClient(ctx, target);
        CsvResultWriter csv = o.csv != null ? new CsvResultWriter(o.csv) : null;
        out.println("credstack-bench: bulk | " + o.rows + " rows as " + o.format + " | poll "
                + Durations.format(poll()) + (o.repeat > 1 ? " | repeat " + o.repeat : ""));
        List<Summary> server = new ArrayList<>();
        List<Summary> clientSide = new ArrayList<>();
        for (int r = 1; r <= o.repeat && !interrupted.getAsBoolean(); r++) {
            if (o.repeat > 1) {
                err.println("[bench] run " + r + "/" + o.repeat);
            }
            Result result;
            try {
                result = once(client);
            } catch (NoBatchEndpointException e) {
                err.println("error: " + e.getMessage());
                return Main.EXIT_FAILURE;
            }
            if (result == null) {
                break; // interrupted
            }
            String heading = o.repeat > 1 ? "run " + r + "/" + o.repeat : "result";
            print(result, heading);
            Summary s = serverSummary(result);
            Summary c = clientSummary(result);
            server.add(s);
            clientSide.add(c);
            if (csv != null) {
                String label = o.repeat > 1 ? join(o.label, "run " + r + "/" + o.repeat) : o.label;
                csv.append(s, label, Instant.now());
                csv.append(c, label, Instant.now());
            }
            out.println();
        }
        if (server.size() > 1) {
            Summary ms = Summary.median(server);
            Summary mc = Summary.median(clientSide);
            out.println("== median of " + server.size() + " runs ==");
            out.printf(Locale.ROOT, "%-8s %10s %8s %14s %14s%n", "run", "issued", "failed", "server cred/s",
                    "client cred/s");
            for (int i = 0; i < server.size(); i++) {
                out.printf(Locale.ROOT, "%-8s %10d %8d %14.1f %14.1f%n", Integer.toString(i + 1),
                        server.get(i).count() - server.get(i).errors(), server.get(i).errors(),
                        server.get(i).throughput(), clientSide.get(i).throughput());
            }
            out.printf(Locale.ROOT, "%-8s %10d %8d %14.1f %14.1f%n", "median", ms.count() - ms.errors(), ms.errors(),
                    ms.throughput(), mc.throughput());
            if (csv != null) {
                csv.append(ms, join(o.label, "median of " + server.size()), Instant.now());
                csv.append(mc, join(o.label, "median of " + server.size()), Instant.now());
            }
        }
        if (csv != null) {
            out.println("csv        " + csv.file());
        }
        if (interrupted.getAsBoolean()) {
            err.println("[bench] interrupted: results above are partial");
        }
        return Main.EXIT_OK;
    }

    private Duration poll() {
        return o.poll != null ? o.poll : DEFAULT_POLL;
    }

    /** One batch: setUp, POST, follow to completion. Null when interrupted. */
    private Result once(IssuanceClient client) throws Exception {
        String tag = IssuanceClient.runTag();
        IssuanceClient.Session session = client.setUp(tag, err);
        boolean csvBody = o.format.equals("csv");
        String body = csvBody ? BatchBodies.csv(session.achievementId(), tag, o.rows)
                : BatchBodies.json(session.achievementId(), tag, o.rows);
        String contentType = csvBody ? "text/csv" : "application/json";
        err.println("[bulk] POST /v1/credential-batches: " + o.rows + " rows, " + body.length() + " bytes of "
                + contentType);
        long posted = System.nanoTime();
        HttpResponse<String> accepted = client.postBatch(session, body, contentType);
        long acceptedAt = System.nanoTime();
        if (accepted.statusCode() == 404) {
            throw new NoBatchEndpointException(client.target().issuanceUrl(), accepted.body());
        }
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("POST /v1/credential-batches: expected HTTP 202, got "
                    + accepted.statusCode() + " " + IssuanceClient.snippet(accepted.body()));
        }
        String location = accepted.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "POST /v1/credential-batches answered 202 without a Location header"));
        err.println("[bulk] accepted in " + Format.fixed((acceptedAt - posted) / 1e6, 1) + " ms: " + location);

        long deadline = acceptedAt + o.batchTimeout.toNanos();
        long progressNanos = o.progress == null ? 0 : o.progress.toNanos();
        long lastPrint = acceptedAt;
        BatchStatus status;
        while (true) {
            if (interrupted.getAsBoolean()) {
                return null;
            }
            HttpResponse<String> r = client.getBatch(session, location);
            long now = System.nanoTime();
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + location + ": expected HTTP 200, got " + r.statusCode()
                        + " " + IssuanceClient.snippet(r.body()));
            }
            status = BatchStatus.parse(client.json().readTree(r.body()));
            if (status.completed()) {
                long completedSeen = now;
                if (progressNanos > 0) {
                    err.println(progressLine(status, (completedSeen - acceptedAt) / 1e9));
                }
                return result(status, posted, acceptedAt, completedSeen);
            }
            if (status.unknownStatus()) {
                throw new IllegalStateException("batch " + location + " has status '" + status.status()
                        + "' (expected accepted, running or completed): " + IssuanceClient.snippet(r.body()));
            }
            if (progressNanos > 0 && now - lastPrint >= progressNanos) {
                err.println(progressLine(status, (now - acceptedAt) / 1e9));
                lastPrint = now;
            }
            if (now > deadline) {
                throw new IllegalStateException("batch " + location + " not completed within "
                        + Durations.format(o.batchTimeout) + ": " + IssuanceClient.snippet(r.body()));
            }
            Thread.sleep(poll().toMillis());
        }
    }

    Result result(BatchStatus status, long posted, long acceptedAt, long completedSeen) {
        double clientSeconds = (completedSeen - acceptedAt) / 1e9;
        OptionalDouble serverSeconds = status.serverSeconds();
        return new Result(o.rows, status, (acceptedAt - posted) / 1e9, clientSeconds,
                serverSeconds.orElse(Double.NaN), status.sustainedRate().orElse(Double.NaN),
                BatchStatus.rate(status.issued(), completedSeen - acceptedAt));
    }

    /** {@code [bulk 12.0s] running  8000/20000 processed  issued 7990  failed 10  950.0/s  ETA 13s  client 940.0/s}. */
    static String progressLine(BatchStatus s, double elapsedSeconds) {
        double client = elapsedSeconds > 0 ? s.issued() / elapsedSeconds : 0;
        String rate = s.ratePerSecond() != null ? Format.fixed(s.ratePerSecond(), 1) + "/s" : "?/s";
        long eta = s.etaSeconds() != null ? Math.round(s.etaSeconds())
                : CountProgress.eta(s.total() - s.processed(), client);
        return "[bulk " + Format.fixed(elapsedSeconds, 1) + "s] " + s.status() + "  " + s.processed() + "/"
                + s.total() + " processed  issued " + s.issued() + "  failed " + s.failed() + "  server " + rate
                + "  ETA " + (eta < 0 ? "?" : eta + "s") + "  client " + Format.fixed(client, 1) + "/s";
    }

    private void print(Result r, String heading) {
        BatchStatus s = r.last();
        out.println("== " + heading + " ==");
        out.println("rows       " + r.rows() + "  (batch total " + s.total() + ", processed " + s.processed()
                + ", issued " + s.issued() + ", failed " + s.failed() + ")");
        out.println("accepted   " + Format.fixed(r.postSeconds() * 1000, 1) + " ms (POST sent -> 202)");
        out.println("server     " + (Double.isNaN(r.serverRate()) ? "n/a (startedAt/completedAt missing)"
                : Format.fixed(r.serverRate(), 1) + " credentials/s sustained (issued / (completedAt - startedAt) = "
                + s.issued() + " / " + Format.fixed(r.serverSeconds(), 3) + " s; " + s.startedAt() + " -> "
                + s.completedAt() + ")"));
        out.println("client     " + Format.fixed(r.clientRate(), 1) + " credentials/s (issued / (202 received -> "
                + "completed seen) = " + s.issued() + " / " + Format.fixed(r.clientSeconds(), 3) + " s, poll "
                + Durations.format(poll()) + ")");
        if (s.ratePerSecond() != null) {
            out.println("reported   ratePerSecond " + Format.fixed(s.ratePerSecond(), 1));
        }
    }

    Summary serverSummary(Result r) {
        return summary("bulk", r, Double.isNaN(r.serverSeconds()) ? 0 : r.serverSeconds(),
                Double.isNaN(r.serverRate()) ? 0 : r.serverRate());
    }

    Summary clientSummary(Result r) {
        return summary("bulk:client", r, r.clientSeconds(), r.clientRate());
    }

    private static Summary summary(String scenario, Result r, double seconds, double rate) {
        return new Summary(scenario, MODE, r.rows(), seconds, r.last().processed(), r.last().failed(), rate,
                LatencySummary.EMPTY, Map.of(), Map.of(), 1);
    }

    private static String join(String label, String suffix) {
        return label == null || label.isEmpty() ? suffix : label + " " + suffix;
    }
}
