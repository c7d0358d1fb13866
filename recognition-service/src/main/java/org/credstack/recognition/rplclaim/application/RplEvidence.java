package org.credstack.recognition.rplclaim.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.security.Caller;
import org.credstack.recognition.rplclaim.domain.AddEvidence;
import org.credstack.recognition.rplclaim.domain.Evidence;

/**
 * Evidence added to a claim after submission: offered in JSON or uploaded as a file. The file's bytes, its name and
 * the event that refers to them by SHA-256 are written in one transaction; a refusal writes none of them.
 */
@ApplicationScoped
public class RplEvidence {

    @Inject
    Commands commands;
    @Inject
    Caller caller;
    @Inject
    ClaimAccess access;
    @Inject
    Learners learners;
    @Inject
    EvidenceOffers offers;
    @Inject
    RplTexts texts;
    @Inject
    RplSettings settings;
    @Inject
    Clock clock;

    /** Adds offered evidence; its key within the claim. */
    public String add(String claimId, EvidenceOffer offer) {
        RplClaimRow claim = access.visible(claimId);
        Instant now = clock.instant();
        EvidenceOffers.Prepared prepared = offers.prepare(claimId, claim.issuerId(), learners.current(), offer, now);
        QuarkusTransaction.requiringNew().run(() -> {
            commands.sendFor(claim.issuerId(), new AddEvidence(claimId, caller.subject(), prepared.evidence(),
                    settings.policy(), now));
            if (prepared.detail() != null) {
                texts.storeDetail(claimId, prepared.evidence().key(), prepared.detail(), now);
            }
        });
        return prepared.evidence().key();
    }

    /**
     * Stores an uploaded file as evidence; its file id. The caller has checked the size (413 before anything is
     * read into memory beyond the limit); the aggregate checks the type and the number of files.
     */
    public String addFile(String claimId, String name, String mediaType, byte[] content) {
        RplClaimRow claim = access.visible(claimId);
        if (!FileSignatures.matches(mediaType, content)) {
            throw new DomainRuleViolation("evidence-content-mismatch", "The file's content is not " + mediaType,
                    DomainRuleViolation.Kind.INVALID);
        }
        Instant now = clock.instant();
        String fileId = UUID.randomUUID().toString();
        Evidence.StoredFile file = new Evidence.StoredFile(fileId, name, mediaType, content.length, sha256(content));
        QuarkusTransaction.requiringNew().run(() -> {
            commands.sendFor(claim.issuerId(), new AddEvidence(claimId, caller.subject(), file, settings.policy(),
                    now));
            texts.storeFile(new RplTexts.StoredFile(fileId, claimId, name, mediaType, content.length, file.sha256(),
                    content), now);
            texts.storeDetail(claimId, file.key(), new RplTexts.Detail(name, null, null), now);
        });
        return fileId;
    }

    /** An evidence file, for the claimant and the institution's staff and assessors. */
    public RplTexts.StoredFile file(String claimId, String fileId) {
        access.visible(claimId);
        return texts.file(claimId, fileId).orElseThrow(() -> new NotFound("Evidence file", fileId));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
