package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.credstack.vc.jsonld.BundledContexts;

/**
 * Builds the unsigned Open Badges 3.0 {@code OpenBadgeCredential} on the VC Data Model 2.0, to be signed with
 * {@link org.credstack.vc.dataintegrity.DataIntegritySigner} ({@code eddsa-rdfc-2022}, safe mode).
 *
 * <pre>{@code
 * ObjectNode unsigned = OpenBadgeCredentials.builder()
 *         .id("urn:uuid:" + UUID.randomUUID())
 *         .issuer(issuerProfile)
 *         .achievement(achievementDefinition)
 *         .recipient(Recipient.withRandomSalt(email))
 *         .validFrom(now)
 *         .revocation(StatusEntry.revocation(listUrl, index))
 *         .build();
 * }</pre>
 *
 * <p>Shape: {@code @context} [VC 2.0, OB 3.0 context 3.0.3, credstack v1]; {@code id}; {@code type}
 * [VerifiableCredential, OpenBadgeCredential]; {@code name} (defaults to the achievement's); {@code description}?;
 * {@code issuer} (a {@code Profile}); {@code validFrom}; {@code validUntil}?; {@code awardedDate}?;
 * {@code credentialSubject} {type [AchievementSubject], identifier [IdentityObject], achievement, result?};
 * {@code evidence}? (an array of {@link Evidence}); {@code credentialStatus}. Timestamps are UTC with second precision.
 *
 * <p><b>credentialStatus and the 1EdTech schema.</b> Every credential carries a revocation entry. When the
 * achievement does not allow suspension, {@code credentialStatus} is that single {@code BitstringStatusListEntry}
 * object, as the OB 3.0 JSON Schema ({@code ob_v3p0_achievementcredential_schema.json}) requires. When it does,
 * {@code credentialStatus} is an array of the revocation entry and the suspension entry (in that order), which VC
 * Data Model 2.0 allows (&sect;4.10: "one or more") but the 1EdTech schema does not ({@code credentialStatus} is
 * {@code $ref CredentialStatus}, an object): such a credential fails that schema on {@code credentialStatus} and on
 * nothing else. This is a deliberate, documented deviation; the signature, the JSON-LD and the VC 2.0 model are
 * unaffected.
 *
 * <p>The credential has no {@code credentialSubject.id}: the subject is identified only by the salted hashed
 * {@code IdentityObject} (see {@link Recipient}). Builders are not thread-safe; the built node is a fresh object.
 */
public final class OpenBadgeCredentials {

    /** The {@code @context} of every credential built here, in order. */
    public static final List<String> CONTEXT =
            List.of(BundledContexts.CREDENTIALS_V2, BundledContexts.OB_V3P0_3_0_3, BundledContexts.CREDSTACK_V1);
    public static final List<String> TYPE = List.of("VerifiableCredential", "OpenBadgeCredential");

    private OpenBadgeCredentials() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The input of one credential; every setter's field is checked by {@link #build()}. */
    public static final class Builder {
        private String id;
        private IssuerProfile issuer;
        private AchievementDefinition achievement;
        private Recipient recipient;
        private Instant validFrom;
        private Instant validUntil;
        private Instant awardedDate;
        private String name;
        private String description;
        private StatusEntry revocation;
        private StatusEntry suspension;
        private final List<Result> results = new ArrayList<>();
        private final List<Evidence> evidence = new ArrayList<>();

        private Builder() {
        }

        /** {@code urn:uuid:<uuid>} or an https URL (http only on a loopback host). */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder issuer(IssuerProfile value) {
            this.issuer = value;
            return this;
        }

        public Builder achievement(AchievementDefinition value) {
            this.achievement = value;
            return this;
        }

        public Builder recipient(Recipient value) {
            this.recipient = value;
            return this;
        }

        public Builder validFrom(Instant value) {
            this.validFrom = value;
            return this;
        }

        /** Optional; after validFrom. */
        public Builder validUntil(Instant value) {
            this.validUntil = value;
            return this;
        }

        /** Optional: when the achievement was first awarded (kept across re-issues, which change validFrom). */
        public Builder awardedDate(Instant value) {
            this.awardedDate = value;
            return this;
        }

        /** Optional; defaults to the achievement's name. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Required: the credential's revocation entry. */
        public Builder revocation(StatusEntry value) {
            this.revocation = value;
            return this;
        }

        /** Required when, and only when, the achievement allows suspension. */
        public Builder suspension(StatusEntry value) {
            this.suspension = value;
            return this;
        }

        /** A result; its resultDescription must be one of the achievement's. */
        public Builder result(Result value) {
            this.results.add(Objects.requireNonNull(value, "result"));
            return this;
        }

        /** An evidence entry, for example a credential counted toward this one; written in the order added. */
        public Builder evidence(Evidence value) {
            this.evidence.add(Objects.requireNonNull(value, "evidence"));
            return this;
        }

        /** @throws IllegalArgumentException naming the first missing or invalid field */
        public ObjectNode build() {
            Identifiers.requireCredentialId("id", id);
            require("issuer", issuer);
            require("achievement", achievement);
            require("recipient", recipient);
            require("validFrom", validFrom);
            require("credentialStatus (revocation)", revocation);
            Identifiers.optionalText("name", name);
            Identifiers.optionalText("description", description);
            if (validUntil != null && !validUntil.isAfter(validFrom)) {
                throw new IllegalArgumentException("validUntil must be after validFrom");
            }
            if (revocation.purpose() != StatusPurpose.REVOCATION) {
                throw new IllegalArgumentException("credentialStatus (revocation) has statusPurpose "
                        + revocation.purpose().value());
            }
            if (achievement.suspensionAllowed() && suspension == null) {
                throw new IllegalArgumentException("credentialStatus (suspension) is required: the achievement"
                        + " allows suspension");
            }
            if (!achievement.suspensionAllowed() && suspension != null) {
                throw new IllegalArgumentException("credentialStatus (suspension) is not allowed: the achievement"
                        + " does not allow suspension");
            }
            if (suspension != null && suspension.purpose() != StatusPurpose.SUSPENSION) {
                throw new IllegalArgumentException("credentialStatus (suspension) has statusPurpose "
                        + suspension.purpose().value());
            }
            if (suspension != null && suspension.statusListCredential().equals(revocation.statusListCredential())) {
                throw new IllegalArgumentException("credentialStatus: revocation and suspension need separate"
                        + " status lists");
            }
            for (Result result : results) {
                if (achievement.resultDescriptions().stream()
                        .noneMatch(d -> d.id().equals(result.resultDescription()))) {
                    throw new IllegalArgumentException("result.resultDescription is not a resultDescription of the"
                            + " achievement: " + result.resultDescription());
                }
            }

            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode credential = f.objectNode();
            ArrayNode context = credential.putArray("@context");
            CONTEXT.forEach(context::add);
            credential.put("id", id);
            ArrayNode type = credential.putArray("type");
            TYPE.forEach(type::add);
            credential.put("name", name == null ? achievement.name() : name);
            if (description != null) {
                credential.put("description", description);
            }
            credential.set("issuer", issuer.toJson());
            credential.put("validFrom", Identifiers.timestamp(validFrom));
            if (validUntil != null) {
                credential.put("validUntil", Identifiers.timestamp(validUntil));
            }
            if (awardedDate != null) {
                credential.put("awardedDate", Identifiers.timestamp(awardedDate));
            }
            ObjectNode subject = credential.putObject("credentialSubject");
            subject.putArray("type").add("AchievementSubject");
            subject.putArray("identifier").add(recipient.identityObject());
            subject.set("achievement", achievement.toJson());
            if (!results.isEmpty()) {
                ArrayNode array = subject.putArray("result");
                results.forEach(r -> array.add(r.toJson()));
            }
            if (!evidence.isEmpty()) {
                ArrayNode array = credential.putArray("evidence");
                evidence.forEach(e -> array.add(e.toJson()));
            }
            if (suspension == null) {
                credential.set("credentialStatus", revocation.toJson());
            } else {
                credential.putArray("credentialStatus").add(revocation.toJson()).add(suspension.toJson());
            }
            return credential;
        }

        private static void require(String field, Object value) {
            if (value == null) {
                throw new IllegalArgumentException(field + " is required");
            }
        }
    }
}
