package org.credstack.wallet.credential;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.credstack.events.issuance.AchievementSnapshot;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.IssuerSnapshot;
import org.credstack.events.issuance.Skill;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.testing.SignedCredentials;

/** CredentialIssued events as issuance publishes them, for the wallet's tests. */
public final class IssuedCredentials {

    /** The test institutions sign with one did:key (a real eddsa-rdfc-2022 proof the wallet's verifier checks). */
    static final Ed25519PrivateKey KEY = Ed25519PrivateKey.generate();

    public static final String DATA_SKILL = "http://data.europa.eu/esco/skill/data-literacy";
    public static final String TEAM_SKILL = "http://data.europa.eu/esco/skill/teamwork";

    private IssuedCredentials() {
    }

    /** Publishes a credential of {@code issuer} to {@code recipientRef} issued at {@code issuedAt}; its id. */
    public static String publish(String issuer, String recipientRef, Instant issuedAt, String skill) {
        CredentialIssued issued = issued(UUID.randomUUID().toString(), issuer, recipientRef, issuedAt, skill, null);
        KafkaTestClient.publish(issued, issuer, 0);
        return issued.credentialId();
    }

    /** Publishes a credential of a test institution to {@code recipientRef}, issued now; its id. */
    public static String publish(String recipientRef) {
        return publish("uni-acc", recipientRef, Instant.now(), DATA_SKILL);
    }

    public static CredentialIssued issued(String id, String issuer, String recipientRef, Instant issuedAt, String skill,
                                   Instant validUntil) {
        Instant at = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        ObjectNode unsigned = SignedCredentials.unsigned(KEY).put("id", "urn:uuid:" + id);
        ObjectNode credential = SignedCredentials.dataIntegrity(unsigned, KEY);
        return new CredentialIssued(id, issuer, "ach-" + issuer, 1, recipientRef, at, at, validUntil, credential,
                "eyJhbGciOiJSUzI1NiJ9.e30.c2ln", new AchievementSnapshot("Data Literacy " + issuer, "A micro-credential",
                "MicroCredential", new BigDecimal("5.0"), null, 6, List.of(new Skill(skill, "v1.2.0", null)),
                List.of("Reads a chart"), true, null),
                new IssuerSnapshot(issuer, "did:web:localhost%3A8081:issuers:" + issuer, "University " + issuer,
                        "https://" + issuer + ".example"), List.of(), null, null, null);
    }
}
