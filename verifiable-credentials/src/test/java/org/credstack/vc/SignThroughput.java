package org.credstack.vc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.dataintegrity.DataIntegritySigner;
import org.credstack.vc.dataintegrity.DataIntegrityVerifier;
import org.credstack.vc.dataintegrity.ProofOptions;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.jsonld.JsonBridge;
import org.credstack.vc.jsonld.RdfCanonicalizer;

/**
 * A rough single-thread throughput figure (not a benchmark, not a test): signs the sample micro-credential in a loop.
 * Run: {@code java -cp target/test-classes:target/classes:<deps> org.credstack.vc.SignThroughput [seconds]}.
 */
public final class SignThroughput {

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        ObjectNode credential = TestResources.jackson("credstack/microcredential-unsigned.json");
        System.out.println("credential: " + TestResources.MAPPER.writeValueAsBytes(credential).length
                + " bytes (compact JSON)");
        Ed25519PrivateKey key = Ed25519PrivateKey.generate();
        ProofOptions options = ProofOptions.assertionMethod(DidKey.verificationMethod(key.publicKey()), Instant.now());
        DataIntegritySigner signer = DataIntegritySigner.bundled();
        var jakarta = JsonBridge.toJakarta(credential);
        byte[] hash = new byte[64];

        run("warm-up sign", seconds, () -> signer.sign(credential, options, key));
        run("sign (ObjectNode in/out)", seconds, () -> signer.sign(credential, options, key));
        run("canonicalize document only", seconds, () -> RdfCanonicalizer.bundled().canonicalize(jakarta));
        run("Ed25519 sign only", seconds, () -> key.sign(hash));
        ObjectNode signed = signer.sign(credential, options, key);
        DidKey resolver = new DidKey();
        run("verify", seconds, () -> DataIntegrityVerifier.bundled().verify(signed, resolver));
        run("sign (Jakarta JsonObject in/out)", seconds, () -> signer.sign(jakarta, options, key));
        run("sign (ObjectNode in/out), again", seconds, () -> signer.sign(credential, options, key));
    }

    private static void run(String name, double seconds, Runnable task) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() < end) {
            task.run();
            count++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-34s %8.0f ops/s  (%.3f ms/op)%n", name, count / elapsed, 1000 * elapsed / count);
    }
}
