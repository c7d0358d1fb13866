package org.credstack.issuance.credential.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.credstack.issuance.credential.domain.ReinstateCredential;
import org.credstack.issuance.credential.domain.RevokeCredential;
import org.credstack.issuance.credential.domain.SuspendCredential;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;

/**
 * Revokes, suspends and reinstates credentials of the caller's institution. The credential view sets the
 * credential's bit in its status list in the command's transaction: the served list never disagrees with the events.
 */
@ApplicationScoped
public class CredentialStatusChanges {

    @Inject
    Commands commands;

    private final Clock clock = Clock.systemUTC();

    public CredentialRecord revoke(String tenant, String credentialId, String reason, Long expectedVersion) {
        return change(tenant, credentialId, expectedVersion, () -> {
            commands.send(new RevokeCredential(credentialId, reason,
                    clock.instant().truncatedTo(ChronoUnit.SECONDS), expectedVersion));
        });
    }

    public CredentialRecord suspend(String tenant, String credentialId, String reason, Long expectedVersion) {
        return change(tenant, credentialId, expectedVersion, () -> {
            commands.send(new SuspendCredential(credentialId, reason, expectedVersion));
        });
    }

    public CredentialRecord reinstate(String tenant, String credentialId, Long expectedVersion) {
        return change(tenant, credentialId, expectedVersion, () -> {
            commands.send(new ReinstateCredential(credentialId, expectedVersion));
        });
    }

    private CredentialRecord change(String tenant, String credentialId, Long expectedVersion, Runnable work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CredentialRecord record = visible(tenant, credentialId);
            // Checked here too: Axon only notices versions older than the aggregate's, not ones it never had.
            if (expectedVersion != null && expectedVersion != record.aggregateVersion) {
                throw stale(credentialId, expectedVersion);
            }
            try {
                work.run();
            } catch (ConflictingModificationException e) {
                throw stale(credentialId, expectedVersion);
            }
            return CredentialRecord.<CredentialRecord>findById(credentialId);
        });
    }

    /** Another institution's credential is as unknown as one that does not exist. */
    public static CredentialRecord visible(String tenant, String credentialId) {
        CredentialRecord record = CredentialRecord.findById(credentialId);
        if (record == null || !record.issuerId.equals(tenant)) {
            throw new NotFound("Credential", credentialId);
        }
        return record;
    }

    static DomainRuleViolation stale(String credentialId, Long expected) {
        return new DomainRuleViolation("stale-version", "Credential " + credentialId + " has changed since version "
                + expected + ": read it again and retry");
    }
}
