package org.credstack.bench;

/**
 * One kind of operation that the {@link LoadGenerator} drives.
 *
 * <p>An implementation must be safe to call {@link #execute} from many threads at once (the generator runs
 * operations concurrently in both models). Per-run state belongs in fields set by {@link #setUp} or in
 * {@link BenchContext#attributes()}.
 *
 * <p>Latency of the whole {@code execute} call goes to the run's main histogram. A scenario that wants to
 * measure something else as well (for example "issue call returned → credential visible in the wallet",
 * measured by polling) records it with {@link BenchContext#recordLatency(String, long)} into a named histogram.
 */
public interface Scenario {

    /** Short name, used in progress lines, the summary and the CSV {@code scenario} column. */
    String name();

    /** Called once per run before any operation (also once per run with {@code --repeat}). */
    default void setUp(BenchContext ctx) throws Exception {
    }

    /**
     * One operation; returns when it is done, throws on failure. A failure is counted under the exception's
     * kind ({@link LoadGenerator#failureKind(Throwable)}); throw {@link UnexpectedStatusException} to have it
     * counted by HTTP status.
     *
     * @param operationIndex unique, increasing index of this operation within the {@link BenchContext}
     *                       (warm-up operations included; continues across {@code --repeat} runs)
     */
    void execute(BenchContext ctx, long operationIndex) throws Exception;

    /** Called once per run after the last operation, even if the run failed. */
    default void tearDown(BenchContext ctx) {
    }
}
