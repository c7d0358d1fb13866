package org.credstack.vc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.dataintegrity.DataIntegritySigner;
import org.credstack.vc.dataintegrity.DataIntegrityVerifier;
import org.credstack.vc.dataintegrity.EddsaRdfc2022;
import org.credstack.vc.dataintegrity.ProofOptions;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.jsonld.JsonBridge;
import org.credstack.vc.jsonld.OfflineDocumentLoader;
import org.credstack.vc.jsonld.RdfCanonicalizer;
import org.credstack.vc.ob.AchievementDefinition;
import org.credstack.vc.ob.RandomCredentials;

/**
 * Throughput figures (not a benchmark, not a test): bulk issuance of one achievement to many learners. Besides
 * wall-clock rates it reports operations per CPU-second of the worker threads, which stay meaningful on a machine
 * shared with other work. Run: {@code java -cp target/test-classes:target/classes:<deps>
 * org.credstack.vc.SignThroughput [seconds per scenario] [repeats]}; {@code repeats}: an achievement with repeated
 * values (blank nodes sharing first-degree hashes, hence full RDFC-1.0).
 */
public final class SignThroughput {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        RandomCredentials generator = new RandomCredentials(42);
        AchievementDefinition achievement = generator.achievement(args.length > 1 && args[1].equals("repeats"));
        List<ObjectNode> credentials = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            credentials.add(generator.issue(achievement));
        }
        System.out.println("achievement: " + achievement);
        var documents = credentials.stream().map(JsonBridge::toJakarta).toList();
        Ed25519PrivateKey key = Ed25519PrivateKey.generate();
        ProofOptions options = ProofOptions.assertionMethod(DidKey.verificationMethod(key.publicKey()), Instant.now());
        DataIntegritySigner signer = DataIntegritySigner.bundled();
        DataIntegritySigner reference = new DataIntegritySigner(
                new EddsaRdfc2022(RdfCanonicalizer.reference(OfflineDocumentLoader.bundled())));
        RdfCanonicalizer canonicalizer = RdfCanonicalizer.bundled();
        int n = credentials.size();

        // The JIT needs a while, more so on a busy machine: warm both paths up before measuring anything.
        run("warm-up", 3 * seconds, 1, i -> signer.sign(credentials.get(i % n), options, key));
        run("warm-up reference", seconds, 1, i -> reference.sign(credentials.get(i % n), options, key));
        run("sign, ObjectNode in/out", seconds, 1, i -> signer.sign(credentials.get(i % n), options, key));
        run("sign, ObjectNode in/out, 2 threads", seconds, 2, i -> signer.sign(credentials.get(i % n), options, key));
        run("sign, JsonObject in/out", seconds, 1, i -> signer.sign(documents.get(i % n), options, key));
        run("canonicalize document", seconds, 1, i -> canonicalizer.canonicalize(documents.get(i % n)));
        byte[] hash = new byte[64];
        run("Ed25519 sign only", seconds, 1, i -> key.sign(hash));
        ObjectNode signed = signer.sign(credentials.get(0), options, key);
        run("verify", seconds, 1, i -> DataIntegrityVerifier.bundled().verify(signed, new DidKey()));
        RdfCanonicalizer full = RdfCanonicalizer.reference(OfflineDocumentLoader.bundled());
        run("reference: sign, ObjectNode in/out", seconds, 1,
                i -> reference.sign(credentials.get(i % n), options, key));
        run("reference: canonicalize document", seconds, 1, i -> full.canonicalizeReference(documents.get(i % n)));
    }

    /** Runs the task on {@code threads} threads for about {@code seconds}; prints rates and single-thread latency. */
    private static void run(String name, double seconds, int threads, IntConsumer task) throws InterruptedException {
        AtomicLong operations = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        long[][] latencies = new long[threads][];
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int index = t;
            workers.add(new Thread(() -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long[] times = new long[1 << 20];
                int count = 0;
                for (int i = index; System.nanoTime() < end && count < times.length; i += threads) {
                    long before = System.nanoTime();
                    task.accept(i);
                    times[count++] = System.nanoTime() - before;
                }
                latencies[index] = Arrays.copyOf(times, count);
                operations.addAndGet(count);
                cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
            }));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%-38s %8.0f ops/s wall  %8.0f ops/CPU-s  p50 %6.3f ms  p99 %6.3f ms%n", name,
                operations.get() / wall, operations.get() / (cpuNanos.get() / 1e9),
                all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
    }
}
