package org.credstack.wallet.consent.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.wallet.account.application.LearnerWallet;
import org.credstack.wallet.account.domain.GrantConsent;
import org.credstack.wallet.account.domain.RevokeConsent;
import org.credstack.wallet.credential.projection.WalletCredentialSearch;

/**
 * Consents: a learner lets an institution count chosen credentials of their wallet (toward a qualification or an
 * RPL claim). Only credentials in the wallet and institutions known to credstack can be named. ConsentGranted and
 * ConsentRevoked carry the institution as their tenant, so that its streams carry them.
 */
@ApplicationScoped
public class Consents {

    /** A consent as its learner sees it. */
    public record Consent(String consentId, String granteeTenant, List<String> credentialIds, String purpose,
                          Instant expiresAt, Instant grantedAt, Instant revokedAt) {
    }

    @Inject
    Commands commands;
    @Inject
    EntityManager em;
    @Inject
    WalletCredentialSearch credentials;

    private final Clock clock = Clock.systemUTC();

    public Consent grant(LearnerWallet wallet, String institution, List<String> credentialIds, String purpose,
                         Instant expiresAt) {
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw invalid("expiry-in-the-past", "expiresAt must be in the future");
        }
        String consentId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            requireKnownInstitution(institution);
            credentials.requireOwned(wallet.recipientRefs(), credentialIds);
            commands.sendFor(institution, new GrantConsent(wallet.walletId(), consentId, institution,
                    List.copyOf(new HashSet<>(credentialIds)), purpose, expiresAt));
        });
        return find(wallet, consentId);
    }

    public void revoke(LearnerWallet wallet, String consentId) {
        Consent consent = find(wallet, consentId);
        if (consent.revokedAt() != null) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> commands.sendFor(consent.granteeTenant(),
                new RevokeConsent(wallet.walletId(), consentId)));
    }

    public List<Consent> list(LearnerWallet wallet) {
        return rows("WHERE wallet_id = ?1 ORDER BY granted_at DESC, consent_id", wallet.walletId());
    }

    public Consent find(LearnerWallet wallet, String consentId) {
        return rows("WHERE wallet_id = ?1 AND consent_id = ?2", wallet.walletId(), consentId).stream().findFirst()
                .orElseThrow(() -> new NotFound("Consent", consentId));
    }

    private void requireKnownInstitution(String institution) {
        if (NativeRows.column(em, "SELECT 1 FROM issuer_directory WHERE issuer_id = ?1", institution).isEmpty()) {
            throw invalid("unknown-institution", "Institution " + institution + " is not known to credstack");
        }
    }

    private List<Consent> rows(String where, Object... args) {
        return NativeRows.select(em, "SELECT consent_id, grantee_tenant, credential_ids, purpose, expires_at,"
                        + " granted_at, revoked_at FROM wallet_consent " + where, args).stream()
                .map(r -> new Consent((String) r[0], (String) r[1], Arrays.asList((String[]) r[2]), (String) r[3],
                        NativeRows.instant(r[4]), NativeRows.instant(r[5]), NativeRows.instant(r[6])))
                .toList();
    }

    private static DomainRuleViolation invalid(String rule, String message) {
        return new DomainRuleViolation(rule, message, DomainRuleViolation.Kind.INVALID);
    }
}
