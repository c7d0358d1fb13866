package org.credstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The parts of issuing a credential, each alone, in this process: what the machine can do at most for each step, to
 * read the REST figures against. Each part is a {@link Scenario} run by the {@link LoadGenerator} (closed model, one
 * worker per thread), so it gets warm-up, progress, percentiles, CSV rows and medians like every other benchmark.
 */
final class RawParts {

    static final String ED25519 = "ed25519";
    static final String RS256 = "rs256";
    static final String CANONICALIZE = "canonicalize";
    static final String PROOF = "proof";
    static final String ED25519_VERIFY = "ed25519-verify";
    static final String VERIFY = "verify";
    static final String PG_SINGLE = "pg-single";
    static final String PG_BATCH = "pg-batch";
    static final List<String> ALL = List.of(ED25519, RS256, CANONICALIZE, PROOF, PG_SINGLE, PG_BATCH, ED25519_VERIFY,
            VERIFY);
    /** The parts that need the verifiable-credentials library (--vc-jar, --vc-classpath). */
    static final List<String> NEED_VC = List.of(CANONICALIZE, PROOF, VERIFY);
    /** How many distinct credentials the verify part cycles through (no result is ever cached). */
    static final int DISTINCT_CREDENTIALS = 20_000;
    /** The parts that need PostgreSQL. */
    static final List<String> NEED_PG = List.of(PG_SINGLE, PG_BATCH);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RawParts() {
    }

    /**
     * Ed25519 signing alone (BouncyCastle's RFC 8032 code, as verifiable-credentials' Ed25519PrivateKey calls it,
     * public key precomputed) of the 64-byte eddsa-rdfc-2022 hashData (SHA-256 of the proof configuration ‖ SHA-256
     * of the document).
     */
    static Scenario ed25519() {
        byte[] seed = new byte[Ed25519.SECRET_KEY_SIZE];
        new SecureRandom().nextBytes(seed);
        byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        return new Scenario() {
            private final ThreadLocal<byte[]> message = ThreadLocal.withInitial(() -> sha256Twice("bench"));
            private final ThreadLocal<byte[]> signature =
                    ThreadLocal.withInitial(() -> new byte[Ed25519.SIGNATURE_SIZE]);

            @Override
            public String name() {
                return "raw ed25519-sign (64 B hashData)";
            }

            @Override
            public void execute(BenchContext ctx, long n) {
                byte[] m = message.get();
                for (int i = 0; i < 8; i++) {
                    m[i] = (byte) (n >>> (8 * i)); // a different message each time
                }
                Ed25519.sign(seed, 0, publicKey, 0, m, 0, m.length, signature.get(), 0);
            }
        };
    }

    /** RS256 (RSA-2048 PKCS#1 v1.5 over SHA-256, the JDK's provider) of a VC-JWT signing input of the credential. */
    static Scenario rs256(String credentialJson) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"did:web:localhost%3A8081:issuers:bench#rsa-1\"}";
        byte[] input = (b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(credentialJson.getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.US_ASCII);
        return new Scenario() {
            private final ThreadLocal<Signature> signer = ThreadLocal.withInitial(() -> {
                try {
                    Signature s = Signature.getInstance("SHA256withRSA");
                    s.initSign(pair.getPrivate());
                    return s;
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            });

            @Override
            public String name() {
                return "raw rs256-sign (" + input.length + " B JWT input)";
            }

            @Override
            public void execute(BenchContext ctx, long n) throws Exception {
                Signature s = signer.get();
                s.update(input);
                s.sign();
            }
        };
    }

    /** JSON-LD expansion + toRdf + RDFC-1.0 canonicalization of the unsigned credential (verifiable-credentials). */
    static Scenario canonicalize(VcLibrary vc, String unsignedJson) {
        Object document = vc.parse(unsignedJson);
        int quads = vc.canonicalize(document).split("\n").length;
        return new Scenario() {
            @Override
            public String name() {
                return "raw canonicalize (" + unsignedJson.length() + " B, " + quads + " quads)";
            }

            @Override
            public void execute(BenchContext ctx, long n) {
                vc.canonicalize(document);
            }
        };
    }

    /**
     * The whole eddsa-rdfc-2022 proof as issuance adds it (DataIntegritySigner: canonical proof configuration and
     * document, two SHA-256, Ed25519), without the REST call, the JWT or the database.
     */
    static Scenario proof(VcLibrary vc, String unsignedJson) {
        Object document = vc.parse(unsignedJson);
        vc.sign(document);
        return new Scenario() {
            @Override
            public String name() {
                return "raw eddsa-rdfc-2022 proof (" + unsignedJson.length() + " B)";
            }

            @Override
            public void execute(BenchContext ctx, long n) {
                vc.sign(document);
            }
        };
    }

    /** Ed25519 verification alone (BouncyCastle, as the verifier calls it) of distinct 64-byte hashData. */
    static Scenario ed25519Verify() {
        byte[] seed = new byte[Ed25519.SECRET_KEY_SIZE];
        new SecureRandom().nextBytes(seed);
        byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        int count = 1024;
        byte[][] messages = new byte[count][];
        byte[][] signatures = new byte[count][Ed25519.SIGNATURE_SIZE];
        for (int i = 0; i < count; i++) {
            messages[i] = sha256Twice("bench " + i);
            Ed25519.sign(seed, 0, messages[i], 0, messages[i].length, signatures[i], 0);
        }
        return new Scenario() {
            @Override
            public String name() {
                return "raw ed25519-verify (64 B hashData)";
            }

            @Override
            public void execute(BenchContext ctx, long n) {
                int i = (int) (n % count);
                if (!Ed25519.verify(signatures[i], 0, publicKey, 0, messages[i], 0, messages[i].length)) {
                    throw new IllegalStateException("a valid signature did not verify");
                }
            }
        };
    }

    /**
     * The wallet's whole verification of one credential (CredentialVerifier: data model, eddsa-rdfc-2022 signature,
     * did:key resolution, validity, status, OB 3.0 schema), over {@value #DISTINCT_CREDENTIALS} distinct credentials
     * signed at set-up, parsed beforehand; every report must say verified.
     */
    static Scenario verify(VcLibrary vc, String unsignedJson, PrintStream log) throws IOException {
        ObjectNode template = (ObjectNode) MAPPER.readTree(unsignedJson);
        template.remove("credentialStatus");
        template.putObject("issuer").put("id", vc.didKeyIssuer()).put("name", "Bench University")
                .putArray("type").add("Profile");
        Object[] credentials = new Object[DISTINCT_CREDENTIALS];
        long started = System.nanoTime();
        for (int i = 0; i < credentials.length; i++) {
            ObjectNode one = template.deepCopy();
            one.put("id", "urn:uuid:" + new UUID(started, i));
            credentials[i] = vc.tree(vc.signByDidKey(one.toString()));
        }
        log.printf("[setup] %d distinct did:key credentials signed in %.1f s%n", credentials.length,
                (System.nanoTime() - started) / 1e9);
        if (!vc.verifyOffline(credentials[0])) {
            throw new IllegalStateException("the bench credential does not verify: check the template");
        }
        return new Scenario() {
            @Override
            public String name() {
                return "whole verification report (" + DISTINCT_CREDENTIALS + " distinct credentials)";
            }

            @Override
            public void execute(BenchContext ctx, long n) {
                if (!vc.verifyOffline(credentials[(int) (n % credentials.length)])) {
                    throw new IllegalStateException("a valid credential did not verify");
                }
            }
        };
    }

    static byte[] sha256Twice(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[64];
            System.arraycopy(h, 0, out, 0, 32);
            System.arraycopy(h, 0, out, 32, 32);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
