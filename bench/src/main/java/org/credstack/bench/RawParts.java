package org.credstack.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
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
    static final String PG_SINGLE = "pg-single";
    static final String PG_BATCH = "pg-batch";
    static final List<String> ALL = List.of(ED25519, RS256, CANONICALIZE, PROOF, PG_SINGLE, PG_BATCH);
    /** The parts that need the verifiable-credentials library (--vc-jar, --vc-classpath). */
    static final List<String> NEED_VC = List.of(CANONICALIZE, PROOF);
    /** The parts that need PostgreSQL. */
    static final List<String> NEED_PG = List.of(PG_SINGLE, PG_BATCH);

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
