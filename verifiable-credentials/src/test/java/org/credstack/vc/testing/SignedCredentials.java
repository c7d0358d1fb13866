package org.credstack.vc.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.dataintegrity.DataIntegritySigner;
import org.credstack.vc.dataintegrity.ProofOptions;
import org.credstack.vc.did.DidKey;
import org.credstack.vc.jsonld.BundledContexts;
import org.credstack.vc.jwt.Base64Url;
import org.credstack.vc.jwt.JwtKey;
import org.credstack.vc.jwt.VcJwtSigner;

/**
 * Test support: small OB 3.0 credentials issued by a {@code did:key} and signed here (Data Integrity eddsa-rdfc-2022
 * or VC-JWT EdDSA), so that verifier tests need no key on any host; and JWTs re-headed with a refused {@code alg}.
 */
public final class SignedCredentials {

    public static final Instant SIGNED_AT = Instant.parse("2025-01-01T00:00:00Z");

    private SignedCredentials() {
    }

    /** An OpenBadgeCredential like 1EdTech's simple.json, issued by the key's did:key, valid from 2025-01-01. */
    public static ObjectNode unsigned(Ed25519PrivateKey issuerKey) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode credential = f.objectNode();
        credential.putArray("@context").add(BundledContexts.CREDENTIALS_V2).add(BundledContexts.OB_V3P0_3_0_3);
        credential.put("id", "http://example.edu/credentials/3732");
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        ObjectNode issuer = credential.putObject("issuer");
        issuer.put("id", DidKey.did(issuerKey.publicKey())).putArray("type").add("Profile");
        issuer.put("name", "Example University");
        credential.put("validFrom", "2025-01-01T00:00:00Z");
        credential.put("name", "Teamwork Badge");
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", "did:example:ebfeb1f712ebc6f1c276e12ec21");
        subject.putArray("type").add("AchievementSubject");
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", "https://example.com/achievements/21st-century-skills/teamwork");
        achievement.putArray("type").add("Achievement");
        achievement.putObject("criteria").put("narrative", "Team members are nominated for this badge by peers.");
        achievement.put("description", "This badge recognizes the development of the capacity to collaborate.");
        achievement.put("name", "Teamwork");
        return credential;
    }

    /** Signed with an eddsa-rdfc-2022 DataIntegrityProof by the key's did:key verification method. */
    public static ObjectNode dataIntegrity(ObjectNode unsigned, Ed25519PrivateKey key) {
        return DataIntegritySigner.bundled().sign(unsigned,
                ProofOptions.assertionMethod(DidKey.verificationMethod(key.publicKey()), SIGNED_AT), key);
    }

    /** A VC-JWT (EdDSA) with the key's did:key verification method as kid. */
    public static String jwt(ObjectNode unsigned, Ed25519PrivateKey key) {
        return VcJwtSigner.sign(unsigned, JwtKey.eddsa(DidKey.verificationMethod(key.publicKey()), key));
    }

    /** The same JWT with its header's alg replaced (and, for "none", no signature): what a forger would send. */
    public static String withAlg(String jwt, String alg) {
        String[] parts = jwt.split("\\.");
        String header = new String(Base64Url.decode(parts[0]), StandardCharsets.UTF_8)
                .replaceFirst("\"alg\":\"[^\"]*\"", "\"alg\":\"" + alg + "\"");
        String signature = "none".equals(alg) ? "" : parts[2];
        return Base64Url.encode(header.getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "." + signature;
    }
}
