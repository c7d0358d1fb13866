package org.credstack.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.credstack.events.issuance.AchievementPublished;
import org.credstack.events.issuance.AchievementRetired;
import org.credstack.events.issuance.AchievementSnapshot;
import org.credstack.events.issuance.CredentialExpired;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialRecorded;
import org.credstack.events.issuance.CredentialReinstated;
import org.credstack.events.issuance.CredentialReplaced;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.CredentialSuspended;
import org.credstack.events.issuance.IssuerKey;
import org.credstack.events.issuance.IssuerKeyRotated;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.events.issuance.IssuerSnapshot;
import org.credstack.events.issuance.Skill;
import org.credstack.events.issuance.StatusEntry;
import org.credstack.events.issuance.StatusPurpose;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.recognition.AwardPolicy;
import org.credstack.events.recognition.AwardRequested;
import org.credstack.events.recognition.AwardWithdrawalRequested;
import org.credstack.events.recognition.EligibilityReached;
import org.credstack.events.recognition.QualificationPublished;
import org.credstack.events.recognition.RplDecisionMade;
import org.credstack.events.recognition.RplOutcome;
import org.credstack.events.wallet.ConsentGranted;
import org.credstack.events.wallet.ConsentRevoked;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.events.wallet.RecipientUnlinked;

/** One fixed instance of every contract event: the examples that the pinned JSON files and the docs show. */
public final class ExampleEvents {

    /** RecipientRef of ada.lovelace@example.org under the test secret (see {@code RecipientRefTest}). */
    public static final String ADA = "16ca1f5d7a9a8ca462f48d77fd97d38b639604c3f4fca611b83882c702c4ccb1";
    /** RecipientRef of grace.hopper@example.edu under the test secret. */
    public static final String GRACE = "1a388987026acae7831af1a0705749902e6d99bd0f262f54a0778b1c7898ebb1";

    static final String ISSUER = "b7a4d9e2-5c1f-4e8a-9d3b-2f6c8a1e4b70";
    static final String DID = "did:web:credentials.tu-delta.example:issuers:b7a4d9e2-5c1f-4e8a-9d3b-2f6c8a1e4b70";
    static final String ACHIEVEMENT = "4f2e8c1a-7b3d-4a9e-8c5f-1d6b9e2a7c30";
    static final String CREDENTIAL = "9c1e5a7b-3d2f-4b8e-a6c4-7e1f9d3b5a21";
    static final String REISSUE = "2d8f4b6a-1e9c-4d3b-b7a5-9f2e6c8d1a43";
    static final String WALLET = "e3b9a1c7-6d4f-4e2a-8b5c-3a7d1f9e6b02";
    static final String CONSENT = "71c3e9a5-2b8d-4f6e-9a1c-5e3b7d2f8a64";
    static final String QUALIFICATION = "a6d2f8b4-9e1c-4a7d-b3e5-8c2a6f4d1e95";
    static final String AWARD = "5e9a3c7f-4d1b-4e8a-a2c6-9b5d3f7e1a86";
    static final String CLAIM = "c8f1d5b9-7a3e-4c2d-9e6b-1f8a4c2e7d57";
    /** Issuance's credential id for {@link #AWARD}: the name-based UUID of decision D35. */
    static final String AWARD_CREDENTIAL = "51be4e06-35fe-54dc-971b-40f6a4691ad0";
    static final Instant ISSUED_AT = Instant.parse("2025-03-14T09:30:00Z");

    private ExampleEvents() {
    }

    public static List<ContractEvent> all() {
        return List.of(issuerRegistered(), issuerKeyRotated(), achievementPublished(), achievementRetired(),
                credentialIssued(), credentialRevoked(), credentialSuspended(), credentialReinstated(),
                credentialExpired(), credentialReplaced(), credentialRecorded(), recipientLinked(), recipientUnlinked(), consentGranted(),
                consentRevoked(), learnerErased(), qualificationPublished(), eligibilityReached(), awardRequested(),
                awardWithdrawalRequested(), rplDecisionMade());
    }

    public static ContractEvent of(EventType type) {
        return BY_TYPE.get(type.javaType());
    }

    private static final Map<Class<?>, ContractEvent> BY_TYPE =
            all().stream().collect(Collectors.toMap(Object::getClass, Function.identity()));

    public static IssuerRegistered issuerRegistered() {
        return new IssuerRegistered(ISSUER, DID, "Technical University of Delta", "https://www.tu-delta.example",
                "registrar@tu-delta.example", "NL", "NVAO", List.of(ed25519Key("key-1"), rsaKey("key-rsa-1")));
    }

    public static IssuerKeyRotated issuerKeyRotated() {
        return new IssuerKeyRotated(ISSUER, ed25519Key("key-2"), DID + "#key-1");
    }

    public static AchievementPublished achievementPublished() {
        return new AchievementPublished(ACHIEVEMENT, ISSUER, 2, achievement());
    }

    public static AchievementRetired achievementRetired() {
        return new AchievementRetired(ACHIEVEMENT, ISSUER, 1, "superseded by version 2");
    }

    public static CredentialIssued credentialIssued() {
        return new CredentialIssued(CREDENTIAL, ISSUER, ACHIEVEMENT, 2, ADA, ISSUED_AT, ISSUED_AT,
                Instant.parse("2030-03-14T09:30:00Z"), signedCredential(),
                "eyJhbGciOiJSUzI1NiIsImtpZCI6ImRpZDp3ZWI6Y3JlZGVudGlhbHMudHUtZGVsdGEuZXhhbXBsZSNrZXktcnNhLTEifQ"
                        + ".eyJpc3MiOiJkaWQ6d2ViOmNyZWRlbnRpYWxzLnR1LWRlbHRhLmV4YW1wbGUifQ.c2lnbmF0dXJl",
                achievement(), new IssuerSnapshot(ISSUER, DID, "Technical University of Delta",
                        "https://www.tu-delta.example"),
                List.of(status(StatusPurpose.REVOCATION, "94567"), status(StatusPurpose.SUSPENSION, "23452")),
                null, "0b6e2d9f-8c4a-4f1e-b3d7-6a9c2e5f8b14", null);
    }

    /**
     * The credential issued for {@link #awardRequested()}: it carries the awardId, and its signed credential lists
     * the counted credentials as evidence. Pinned beside the plain example ({@code CredentialIssued.v1.award.json}).
     */
    public static CredentialIssued awardCredentialIssued() {
        ObjectNode credential = signedCredential();
        credential.put("id", "urn:uuid:" + AWARD_CREDENTIAL);
        credential.remove("validUntil");
        var evidence = credential.putArray("evidence");
        for (String counted : List.of(CREDENTIAL, REISSUE)) {
            evidence.addObject().put("id", "urn:uuid:" + counted).put("name", "Data Ethics in Practice")
                    .put("description", "A credential counted toward qualification " + QUALIFICATION + " (version 1)")
                    .putArray("type").add("Evidence");
        }
        return new CredentialIssued(AWARD_CREDENTIAL, ISSUER, ACHIEVEMENT, 2, ADA, ISSUED_AT, ISSUED_AT, null,
                credential, "eyJhbGciOiJSUzI1NiIsImtpZCI6ImRpZDp3ZWI6Y3JlZGVudGlhbHMudHUtZGVsdGEuZXhhbXBsZSNrZXktcnNh"
                        + "LTEifQ.eyJpc3MiOiJkaWQ6d2ViOmNyZWRlbnRpYWxzLnR1LWRlbHRhLmV4YW1wbGUifQ.c2lnbmF0dXJl",
                achievement(), new IssuerSnapshot(ISSUER, DID, "Technical University of Delta",
                        "https://www.tu-delta.example"), List.of(status(StatusPurpose.REVOCATION, "4711")),
                null, null, AWARD);
    }

    /** {@link #credentialIssued()} in brief, as the issuance brief stream carries it. */
    public static CredentialRecorded credentialRecorded() {
        return CredentialRecorded.of(credentialIssued());
    }

    public static CredentialRevoked credentialRevoked() {
        return new CredentialRevoked(CREDENTIAL, ISSUER, ADA, "assessment found to be compromised",
                Instant.parse("2025-06-02T14:00:00Z"));
    }

    public static CredentialSuspended credentialSuspended() {
        return new CredentialSuspended(CREDENTIAL, ISSUER, ADA, "under review by the examination board");
    }

    public static CredentialReinstated credentialReinstated() {
        return new CredentialReinstated(CREDENTIAL, ISSUER, ADA);
    }

    public static CredentialExpired credentialExpired() {
        return new CredentialExpired(CREDENTIAL, ISSUER, ADA, Instant.parse("2030-03-14T09:30:00Z"));
    }

    public static CredentialReplaced credentialReplaced() {
        return new CredentialReplaced(CREDENTIAL, ISSUER, ADA, REISSUE, "corrected the learning outcomes");
    }

    public static RecipientLinked recipientLinked() {
        return new RecipientLinked(WALLET, GRACE);
    }

    public static RecipientUnlinked recipientUnlinked() {
        return new RecipientUnlinked(WALLET, GRACE);
    }

    public static ConsentGranted consentGranted() {
        return new ConsentGranted(CONSENT, WALLET, ISSUER, List.of(CREDENTIAL, REISSUE),
                "qualification:" + QUALIFICATION, Instant.parse("2026-03-14T00:00:00Z"));
    }

    public static ConsentRevoked consentRevoked() {
        return new ConsentRevoked(CONSENT, WALLET, ISSUER);
    }

    public static LearnerErased learnerErased() {
        return new LearnerErased(WALLET, List.of(ADA, GRACE), Instant.parse("2027-01-05T08:00:00Z"));
    }

    public static QualificationPublished qualificationPublished() {
        return new QualificationPublished(QUALIFICATION, ISSUER, 1, "Certificate in Applied Data Science",
                ACHIEVEMENT, new BigDecimal("15"), AwardPolicy.CONFIRMED, json("""
                        {"required": [{"achievementId": "urn:credstack:achievement:statistics"}],
                         "electiveGroups": [{"name": "Electives", "choose": 2, "components": [
                           {"achievementId": "urn:credstack:achievement:ml-basics"},
                           {"achievementId": "urn:credstack:achievement:data-ethics"},
                           {"achievementId": "urn:credstack:achievement:visualisation"}]}],
                         "minEqfLevel": 6}"""));
    }

    public static EligibilityReached eligibilityReached() {
        return new EligibilityReached(AWARD, QUALIFICATION, 1, WALLET, List.of(ADA, GRACE),
                List.of(CREDENTIAL, REISSUE), new BigDecimal("15.0"));
    }

    public static AwardRequested awardRequested() {
        return new AwardRequested(AWARD, QUALIFICATION, 1, ISSUER, ACHIEVEMENT, WALLET, List.of(ADA, GRACE),
                List.of(CREDENTIAL, REISSUE), new BigDecimal("15.0"));
    }

    public static AwardWithdrawalRequested awardWithdrawalRequested() {
        return new AwardWithdrawalRequested(AWARD, ISSUER, REISSUE, "a counted credential was revoked");
    }

    public static RplDecisionMade rplDecisionMade() {
        return new RplDecisionMade(CLAIM, ISSUER, ADA, List.of(ADA), QUALIFICATION, null, RplOutcome.PARTIAL,
                new BigDecimal("5"), "work portfolio covers the data-ethics outcomes, not visualisation", false);
    }

    static AchievementSnapshot achievement() {
        return new AchievementSnapshot("Data Ethics in Practice",
                "Identify and weigh ethical risks in data-driven projects.", "MicroCredential", new BigDecimal("7.5"),
                180, 6, List.of(new Skill("http://data.europa.eu/esco/skill/8b1b3e2f-8a2e-4a77-9a5e-6a0c3c1f2d4e",
                        "v1.2.0", "apply ethics to data processing")),
                List.of("Assess a data project against the GDPR principles",
                        "Explain bias in training data to stakeholders"),
                true, Period.ofYears(5));
    }

    private static IssuerKey ed25519Key(String fragment) {
        return new IssuerKey(DID + "#" + fragment, "Multikey", "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                null, "assertionMethod");
    }

    private static IssuerKey rsaKey(String fragment) {
        return new IssuerKey(DID + "#" + fragment, "JsonWebKey", null, (ObjectNode) json("""
                {"kty": "RSA", "alg": "RS256", "e": "AQAB", "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4\
                cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h\
                4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vM\
                QFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"}"""), "assertionMethod");
    }

    private static StatusEntry status(StatusPurpose purpose, String index) {
        return new StatusEntry(purpose, "https://credentials.tu-delta.example/status/" + ISSUER + "/"
                + purpose.name().toLowerCase() + "/1", index);
    }

    private static ObjectNode signedCredential() {
        return (ObjectNode) json("""
                {
                  "@context": ["https://www.w3.org/ns/credentials/v2",
                               "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                  "id": "urn:uuid:%s",
                  "type": ["VerifiableCredential", "OpenBadgeCredential"],
                  "issuer": {"id": "%s", "type": ["Profile"], "name": "Technical University of Delta"},
                  "validFrom": "2025-03-14T09:30:00Z",
                  "validUntil": "2030-03-14T09:30:00Z",
                  "credentialSubject": {
                    "type": ["AchievementSubject"],
                    "identifier": [{"type": "IdentityObject", "identityHash": "sha256$c7ef86405ba71b85acd8e2e95166c4b1\
                9a8a2f3e5e6ee2d6e0b0a6c2b3c4d5e6", "identityType": "emailAddress", "hashed": true, "salt": "wT3cXLa8"}],
                    "achievement": {"id": "urn:uuid:%s", "type": ["Achievement"], "name": "Data Ethics in Practice",
                                    "creditsAvailable": 7.50}
                  },
                  "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022",
                            "created": "2025-03-14T09:30:00Z", "proofPurpose": "assertionMethod",
                            "verificationMethod": "%s#key-1",
                            "proofValue": "z58DAdFfa9SkqZMVPxAQpic7ndSayn1PzZs6ZjWp1CktyGesjuTSwRdoWhAfGFCF5bppETSTojQCrfFPP2oumHKtz"}
                }""".formatted(CREDENTIAL, DID, ACHIEVEMENT, DID));
    }

    static JsonNode json(String text) {
        try {
            return EventJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Stream<EventType> types() {
        return EventCatalog.all().stream();
    }
}
