package org.credstack.issuance.credential.award.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.credstack.issuance.achievement.projection.PublishedAchievement;
import org.credstack.issuance.credential.application.Award;
import org.credstack.issuance.credential.application.CredentialIssuer;
import org.credstack.issuance.credential.application.IssueRequest;
import org.credstack.issuance.credential.domain.RevokeCredential;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.issuance.credential.projection.CredentialStatus;
import org.credstack.issuance.credential.recipient.Recipients;
import org.credstack.platform.axon.SystemCommands;
import org.credstack.platform.domain.DomainRuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Does the work of one award request in one transaction: claims it (row lock, SKIP LOCKED, so no other worker or
 * replica has it), issues its credential through the normal issue path or revokes it through the normal revocation,
 * and records the new state, all committed together. A rule the request breaks fails it for good with the reason;
 * anything else is retried with back-off, a bounded number of times. Logs name awards and rules, never a learner.
 */
@ApplicationScoped
public class AwardProcessing {

    private static final Logger LOG = Logger.getLogger(AwardProcessing.class);

    /** What became of a claimed request. */
    public enum Outcome { ISSUED, REVOKED, FAILED, POSTPONED, SUPERSEDED }

    @Inject
    AwardRequestStore store;
    @Inject
    CredentialIssuer issuer;
    @Inject
    Recipients recipients;
    @Inject
    AwardEvidence evidence;
    @Inject
    SystemCommands commands;
    @ConfigProperty(name = "credstack.awards.max-attempts", defaultValue = "5")
    int maxAttempts;
    @ConfigProperty(name = "credstack.awards.retry-backoff", defaultValue = "PT10S")
    Duration retryBackoff;

    /** Claims the next request with work due and does it; empty when nothing is due. */
    public Optional<Outcome> processNext() {
        AwardRequest[] claimed = new AwardRequest[1];
        try {
            return QuarkusTransaction.requiringNew().call(() -> store.claimDue().map(request -> {
                claimed[0] = request;
                return request.state() == AwardState.PENDING ? issue(request) : revoke(request);
            }));
        } catch (RuntimeException e) {
            if (claimed[0] == null) {
                throw e;
            }
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> afterFailure(claimed[0], e)));
        }
    }

    private Outcome issue(AwardRequest request) {
        String credentialId = AwardCredentialIds.of(request.awardId());
        // Issued before, but the row's mark was lost (say, a restored table): the id says so, nothing is issued again.
        if (CredentialRecord.findById(credentialId) == null) {
            PublishedAchievement achievement = issuer.issuable(request.issuerId(), request.targetAchievementId(), null);
            Recipients.Address address = recipients.forAward(request.issuerId(), request.recipientRefs())
                    .orElseThrow(() -> new DomainRuleViolation("recipient-unknown", "No address is held for any of "
                            + "the award's " + request.recipientRefs().size() + " recipientRef(s): never issued to "
                            + "here, or erased", DomainRuleViolation.Kind.INVALID));
            issuer.issue(new IssueRequest(request.issuerId(), request.targetAchievementId(), achievement.version(),
                    address.email(), address.learnerId(), address.displayName(), null, null)
                    .forAward(new Award(request.awardId(), credentialId, evidence.of(request))), sender(request));
        }
        store.issued(request.awardId(), credentialId);
        LOG.infof("Award %s of issuer %s issued as credential %s", request.awardId(), request.issuerId(),
                credentialId);
        return Outcome.ISSUED;
    }

    private Outcome revoke(AwardRequest request) {
        CredentialRecord credential = current(request.credentialId());
        if (credential.status != CredentialStatus.REVOKED && credential.status != CredentialStatus.REPLACED) {
            sender(request).accept(new RevokeCredential(credential.credentialId, request.withdrawalReason(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), null));
        }
        store.revoked(request.awardId());
        LOG.infof("Award %s of issuer %s withdrawn: credential %s revoked", request.awardId(), request.issuerId(),
                credential.credentialId);
        return Outcome.REVOKED;
    }

    /** The award's credential as it stands now: when staff replaced it, the successor carries the award on. */
    private static CredentialRecord current(String credentialId) {
        CredentialRecord record = CredentialRecord.findById(credentialId);
        for (int hops = 0; record != null && record.status == CredentialStatus.REPLACED
                && record.replacedBy != null && hops < 100; hops++) {
            record = CredentialRecord.findById(record.replacedBy);
        }
        if (record == null) {
            throw new IllegalStateException("The credential " + credentialId + " of the award is not in the view");
        }
        return record;
    }

    /** In a fresh transaction, after the work's transaction rolled back. */
    private Outcome afterFailure(AwardRequest claimed, RuntimeException failure) {
        AwardRequest request = store.lock(claimed.awardId()).orElse(null);
        if (request == null || request.state() != claimed.state()) {
            return Outcome.SUPERSEDED; // withdrawn meanwhile: the new state's work comes next
        }
        DomainRuleViolation violation = violation(failure);
        if (violation != null && request.state() == AwardState.PENDING) {
            String reason = violation.rule() + ": " + violation.getMessage();
            store.failed(request.awardId(), reason);
            LOG.warnf("Award %s of issuer %s cannot be issued: %s", request.awardId(), request.issuerId(), reason);
            return Outcome.FAILED;
        }
        int attempts = request.attempts() + 1;
        String work = request.state() == AwardState.PENDING ? "issue" : "revocation";
        if (attempts >= maxAttempts) {
            LOG.errorf(failure, "Award %s of issuer %s: %s failed %d times; marked FAILED", request.awardId(),
                    request.issuerId(), work, attempts);
            store.failed(request.awardId(), (request.state() == AwardState.PENDING ? "internal-error" :
                    "withdrawal-failed") + ": the " + work + " failed " + attempts + " times; the failure is logged");
            return Outcome.FAILED;
        }
        Duration delay = retryBackoff.multipliedBy(1L << Math.min(attempts - 1, 10));
        LOG.warnf(failure, "Award %s of issuer %s: %s failed (attempt %d of %d), next try in %s", request.awardId(),
                request.issuerId(), work, attempts, maxAttempts, delay);
        store.retryAfter(request.awardId(), attempts, delay);
        return Outcome.POSTPONED;
    }

    /** Commands carry the event's actor and correlation id: the worker answers recognition's request. */
    private Consumer<Object> sender(AwardRequest request) {
        return command -> commands.send(request.issuerId(), request.actor(), request.correlationId(), command);
    }

    private static DomainRuleViolation violation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainRuleViolation violation) {
                return violation;
            }
            if (!(t instanceof CommandExecutionException)) {
                return null;
            }
        }
        return null;
    }
}
