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
import org.credstack.events.issuance.IssuerSnapshot;
import org.credstack.events.issuance.StatusEntry;
import org.credstack.events.issuance.StatusPurpose;
import org.credstack.issuance.achievement.projection.PublishedAchievement;
import org.credstack.issuance.achievement.projection.PublishedAchievements;
import org.credstack.issuance.credential.domain.IssueCredential;
import org.credstack.issuance.credential.recipient.RecipientRefs;
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
 * Issues one credential: allocates its status entries, builds the OB 3.0 credential, signs it (Data Integrity
 * with the issuer's Ed25519 key, VC-JWT with its RSA key), sends IssueCredential and remembers the recipient, all in
 * one transaction, so that a failure leaves no index allocated, no recipient row and no event behind.
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

    /** Issues in the caller's transaction when there is one (a replacement), else in a transaction of its own. */
    public IssuedCredential issue(IssueRequest request) {
        return QuarkusTransaction.joiningExisting().call(() -> issueInTransaction(request));
    }

    private IssuedCredential issueInTransaction(IssueRequest request) {
        String issuerId = request.issuerId();
        IssuerRecord issuer = IssuerRecord.findById(issuerId);
        if (issuer == null) {
            throw new DomainRuleViolation("issuer-not-registered", "The token's tenant " + issuerId
                    + " is not a registered issuer", DomainRuleViolation.Kind.INVALID);
        }
        PublishedAchievement achievement = issuable(issuerId, request);
        // The credential states its times with second precision; the event and read model say the same.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant validFrom = request.validFrom() != null ? request.validFrom().truncatedTo(ChronoUnit.SECONDS) : now;
        Instant validUntil = request.validUntil() != null ? request.validUntil().truncatedTo(ChronoUnit.SECONDS)
                : defaultValidUntil(achievement, validFrom);
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new DomainRuleViolation("valid-until-after-valid-from", "validUntil must be after validFrom",
                    DomainRuleViolation.Kind.INVALID);
        }

        String credentialId = UUID.randomUUID().toString();
        String recipientRef = recipientRefs.of(request.email());
        List<StatusEntry> status = new ArrayList<>();
        status.add(statusLists.allocate(issuerId, StatusPurpose.REVOCATION, credentialId));
        if (achievement.definition().suspensionAllowed()) {
            status.add(statusLists.allocate(issuerId, StatusPurpose.SUSPENSION, credentialId));
        }

        ObjectNode unsigned = build(credentialId, issuer, achievement, request.email(), validFrom, validUntil, status);
        Ed25519SigningKey ed25519 = signingKeys.activeEd25519(issuerId);
        ObjectNode signed = SIGNER.sign(unsigned, ProofOptions.assertionMethod(ed25519.verificationMethod(), now),
                ed25519.privateKey());
        RsaSigningKey rsa = signingKeys.activeRsa(issuerId);
        String jwt = VcJwtSigner.sign(signed, JwtKey.rs256(rsa.kid(), rsa.privateKey()), clock);

        commands.send(new IssueCredential(credentialId, issuerId, achievement.achievementId(), achievement.version(),
                achievement.issuable(), recipientRef, now, validFrom, validUntil, signed, jwt,
                achievement.snapshot(), new IssuerSnapshot(issuerId, issuer.did, issuer.name, issuer.url), status));
        recipients.remember(recipientRef, issuerId, Recipient.normalize(request.email()), request.learnerId(),
                request.displayName(), now);
        return new IssuedCredential(credentialId, signed);
    }

    private ObjectNode build(String credentialId, IssuerRecord issuer, PublishedAchievement achievement,
                             String email, Instant validFrom, Instant validUntil, List<StatusEntry> status) {
        var builder = OpenBadgeCredentials.builder()
                .id("urn:uuid:" + credentialId)
                .issuer(new IssuerProfile(issuer.did, issuer.name, issuer.url, issuer.email, null, null))
                .achievement(ObAchievements.of(achievementUri(achievement), achievement.definition()))
                .recipient(Recipient.withRandomSalt(email))
                .validFrom(validFrom)
                .validUntil(validUntil);
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

    /** An unknown achievement is a rule of the request (422), not a missing resource: the URL exists. */
    private PublishedAchievement issuable(String issuerId, IssueRequest request) {
        try {
            return achievements.issuable(issuerId, request.achievementId(), request.achievementVersion());
        } catch (NotFound e) {
            throw new DomainRuleViolation("achievement-not-found", "Achievement " + request.achievementId()
                    + " is not an achievement of issuer " + issuerId, DomainRuleViolation.Kind.INVALID);
        }
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
