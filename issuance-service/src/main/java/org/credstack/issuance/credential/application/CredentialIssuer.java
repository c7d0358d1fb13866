package org.credstack.issuance.credential.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.credstack.events.issuance.IssuerSnapshot;
import org.credstack.events.issuance.StatusEntry;
import org.credstack.events.issuance.StatusPurpose;
import org.credstack.issuance.achievement.projection.PublishedAchievement;
import org.credstack.issuance.achievement.projection.PublishedAchievements;
import org.credstack.issuance.credential.domain.IssueCredential;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.issuance.credential.recipient.Recipients;
import org.credstack.issuance.issuer.projection.IssuerRecord;
import org.credstack.issuance.key.Ed25519SigningKey;
import org.credstack.issuance.key.IssuerSigningKeys;
import org.credstack.issuance.key.RsaSigningKey;
import org.credstack.issuance.statuslist.StatusLists;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.credstack.vc.dataintegrity.DataIntegritySigner;
import org.credstack.vc.dataintegrity.ProofOptions;
import org.credstack.vc.jwt.JwtKey;
import org.credstack.vc.jwt.VcJwtSigner;
import org.credstack.vc.ob.IssuerProfile;
import org.credstack.vc.ob.OpenBadgeCredentials;
import org.credstack.vc.ob.Recipient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues credentials. One credential: allocates its status entries, builds the OB 3.0 credential, signs it (Data
 * Integrity with the issuer's Ed25519 key, VC-JWT with its RSA key), sends IssueCredential and remembers the
 * recipient, all in one transaction, so that a failure leaves no index allocated, no recipient row and no event
 * behind.
 *
 * <p>Bulk issuance runs the same steps, split where their resources differ: {@link #signer} and {@link #prepare}
 * read and write the database inside the caller's transaction, {@link #sign} only computes (any thread, in
 * parallel), {@link #record} sends the command and writes the recipient in the transaction of {@link #prepare}.
 */
@ApplicationScoped
public class CredentialIssuer {

    private static final DataIntegritySigner SIGNER = DataIntegritySigner.bundled();

    @Inject
    Commands commands;
    @Inject
    PublishedAchievements achievements;
    @Inject
    IssuerSigningKeys signingKeys;
    @Inject
    StatusLists statusLists;
    @Inject
    Recipients recipients;
    @Inject
    RecipientRefs recipientRefs;
    @ConfigProperty(name = "credstack.public-base-url")
    URI publicBaseUrl;

    private final Clock clock = Clock.systemUTC();

    /** Allocates a credential's entry in its issuer's status list of a purpose, in the caller's transaction. */
    @FunctionalInterface
    public interface StatusAllocator {
        StatusEntry allocate(String issuerId, StatusPurpose purpose, String credentialId);
    }

    /** An issuer as it signs now: its profile and active keys. {@link #toString()} never shows a key. */
    public record Signer(String issuerId, IssuerProfile profile, IssuerSnapshot snapshot, Ed25519SigningKey ed25519,
                         RsaSigningKey rsa) {
        @Override
        public String toString() {
            return "Signer[" + issuerId + ", " + ed25519 + ", " + rsa + "]";
        }
    }

    /** A credential built, with its status entries allocated, not yet signed. */
    public record Prepared(String credentialId, Signer signer, PublishedAchievement achievement, IssueRequest request,
                           String recipientRef, Instant issuedAt, Instant validFrom, Instant validUntil,
                           List<StatusEntry> status, ObjectNode unsigned) {
    }

    /** A credential signed in both encodings, ready to {@link #record}. */
    public record Signed(Prepared prepared, ObjectNode credential, String jwt) {
        public String credentialId() {
            return prepared.credentialId();
        }
    }

    public IssuedCredential issue(IssueRequest request) {
        return issue(request, commands::send);
    }

    /**
     * The same, for work no HTTP request carries (awards): {@code send} sets the tenant, actor and correlation
     * metadata that {@link Commands} takes from a request.
     */
    public IssuedCredential issue(IssueRequest request, Consumer<Object> send) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Signer signer = signer(request.issuerId());
            Prepared prepared = prepare(signer, issuable(request.issuerId(), request.achievementId(),
                    request.achievementVersion()), request, statusLists::allocate);
            Signed signed = sign(prepared);
            record(List.of(signed), send);
            return new IssuedCredential(signed.credentialId(), signed.credential());
        });
    }

    /** The issuer with its active keys; must run inside a transaction. */
    public Signer signer(String issuerId) {
        IssuerRecord issuer = IssuerRecord.findById(issuerId);
        if (issuer == null) {
            throw new DomainRuleViolation("issuer-not-registered", "The token's tenant " + issuerId
                    + " is not a registered issuer", DomainRuleViolation.Kind.INVALID);
        }
        return new Signer(issuerId, new IssuerProfile(issuer.did, issuer.name, issuer.url, issuer.email, null, null),
                new IssuerSnapshot(issuerId, issuer.did, issuer.name, issuer.url), signingKeys.activeEd25519(issuerId),
                signingKeys.activeRsa(issuerId));
    }

    /**
     * The achievement version to issue from ({@code version}, or the current one when {@code null}). An unknown
     * achievement is a rule of the request (422), not a missing resource: the URL exists.
     */
    public PublishedAchievement issuable(String issuerId, String achievementId, Integer version) {
        try {
            return achievements.issuable(issuerId, achievementId, version);
        } catch (NotFound e) {
            throw new DomainRuleViolation("achievement-not-found", "Achievement " + achievementId
                    + " is not an achievement of issuer " + issuerId, DomainRuleViolation.Kind.INVALID);
        }
    }

    /**
     * Settles the validity period, allocates the status entries and builds the unsigned credential; must run inside
     * the transaction that will {@link #record} it. A rule the request breaks is thrown before anything is allocated.
     */
    public Prepared prepare(Signer signer, PublishedAchievement achievement, IssueRequest request,
                            StatusAllocator allocator) {
        // The credential states its times with second precision; the event and read model say the same.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant validFrom = request.validFrom() != null ? request.validFrom().truncatedTo(ChronoUnit.SECONDS) : now;
        Instant validUntil = request.validUntil() != null ? request.validUntil().truncatedTo(ChronoUnit.SECONDS)
                : defaultValidUntil(achievement, validFrom);
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new DomainRuleViolation("valid-until-after-valid-from", "validUntil must be after validFrom",
                    DomainRuleViolation.Kind.INVALID);
        }

        // an award's credential id is fixed by the award, so that a second issue of it cannot make a second credential
        String credentialId = request.award() != null ? request.award().credentialId() : UUID.randomUUID().toString();
        String issuerId = signer.issuerId();
        List<StatusEntry> status = new ArrayList<>();
        status.add(allocator.allocate(issuerId, StatusPurpose.REVOCATION, credentialId));
        if (achievement.definition().suspensionAllowed()) {
            status.add(allocator.allocate(issuerId, StatusPurpose.SUSPENSION, credentialId));
        }
        ObjectNode unsigned = build(credentialId, signer.profile(), achievement, request, validFrom, validUntil,
                status);
        return new Prepared(credentialId, signer, achievement, request, recipientRefs.of(request.email()), now,
                validFrom, validUntil, List.copyOf(status), unsigned);
    }

    /** Signs the Data Integrity proof and the VC-JWT. Computation only (no database): safe on any thread. */
    public Signed sign(Prepared prepared) {
        Ed25519SigningKey ed25519 = prepared.signer().ed25519();
        ObjectNode signed = SIGNER.sign(prepared.unsigned(),
                ProofOptions.assertionMethod(ed25519.verificationMethod(), prepared.issuedAt()), ed25519.privateKey());
        RsaSigningKey rsa = prepared.signer().rsa();
        return new Signed(prepared, signed, VcJwtSigner.sign(signed, JwtKey.rs256(rsa.kid(), rsa.privateKey()), clock));
    }

    /**
     * Sends IssueCredential for each credential through {@code send} (which sets the tenant, actor and correlation
     * metadata), then remembers their recipients; must run in the transaction that prepared them. Commands first,
     * recipients after: the rows each writes are flushed in two runs of like statements, which JDBC batches.
     */
    public void record(List<Signed> credentials, Consumer<Object> send) {
        for (Signed signed : credentials) {
            Prepared p = signed.prepared();
            PublishedAchievement achievement = p.achievement();
            send.accept(new IssueCredential(p.credentialId(), p.signer().issuerId(), achievement.achievementId(),
                    achievement.version(), achievement.issuable(), p.recipientRef(), p.issuedAt(), p.validFrom(),
                    p.validUntil(), signed.credential(), signed.jwt(), achievement.snapshot(), p.signer().snapshot(),
                    p.status(), p.request().replaces(), p.request().batchId(),
                    p.request().award() == null ? null : p.request().award().awardId()));
        }
        for (Signed signed : credentials) {
            Prepared p = signed.prepared();
            IssueRequest request = p.request();
            recipients.remember(p.recipientRef(), p.signer().issuerId(), Recipient.normalize(request.email()),
                    request.learnerId(), request.displayName(), p.issuedAt());
        }
    }

    private ObjectNode build(String credentialId, IssuerProfile issuer, PublishedAchievement achievement,
                             IssueRequest request, Instant validFrom, Instant validUntil, List<StatusEntry> status) {
        var builder = OpenBadgeCredentials.builder()
                .id("urn:uuid:" + credentialId)
                .issuer(issuer)
                .achievement(ObAchievements.of(achievementUri(achievement), achievement.definition()))
                .recipient(Recipient.withRandomSalt(request.email()))
                .validFrom(validFrom)
                .validUntil(validUntil);
        if (request.award() != null) {
            request.award().evidence().forEach(builder::evidence);
        }
        for (StatusEntry entry : status) {
            long index = Long.parseLong(entry.statusListIndex());
            if (entry.purpose() == StatusPurpose.REVOCATION) {
                builder.revocation(org.credstack.vc.ob.StatusEntry.revocation(entry.statusListCredential(), index));
            } else {
                builder.suspension(org.credstack.vc.ob.StatusEntry.suspension(entry.statusListCredential(), index));
            }
        }
        return builder.build();
    }

    /** The permanent URI of the achievement version a credential keeps pointing at. */
    private String achievementUri(PublishedAchievement achievement) {
        return publicBaseUrl.toString().replaceAll("/+$", "") + "/achievements/" + achievement.achievementId()
                + "/versions/" + achievement.version();
    }

    private static Instant defaultValidUntil(PublishedAchievement achievement, Instant validFrom) {
        var validity = achievement.definition().validity();
        return validity == null ? null : validFrom.atOffset(ZoneOffset.UTC).plus(validity).toInstant();
    }
}
