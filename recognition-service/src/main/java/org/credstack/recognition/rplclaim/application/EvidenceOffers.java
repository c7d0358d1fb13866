package org.credstack.recognition.rplclaim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.recognition.consent.Consents;
import org.credstack.recognition.rplclaim.domain.Evidence;
import org.credstack.recognition.rplclaim.domain.Sha256;
import org.credstack.vc.verification.Checks;
import org.credstack.vc.verification.CredentialVerifier;
import org.credstack.vc.verification.VerificationReport;

/**
 * Turns offered evidence into the claim's {@link Evidence} and the detail kept apart from events. A wallet
 * credential counts only under a consent of the learner's wallet for the claim's institution, for any purpose or
 * for this claim ({@code rpl:<claimId>}). An external credential is verified first, as the wallet verifies imports:
 * a forgery (signature failed) or something that is not a credential is refused; any other verdict is recorded
 * with the evidence for the assessor to weigh. Runs before the command's transaction (verifying may fetch keys).
 */
@ApplicationScoped
public class EvidenceOffers {

    /** The claim's evidence and what of it stays in the mutable table (null for a wallet credential). */
    record Prepared(Evidence evidence, RplTexts.Detail detail) {
    }

    private static final int MAX_ID_LENGTH = 512;

    @Inject
    Consents consents;
    @Inject
    CredentialVerifier verifier;

    Prepared prepare(String claimId, String institution, Learner learner, EvidenceOffer offer, Instant now) {
        String kind = offer.kind() == null ? "" : offer.kind();
        switch (kind) {
            case EvidenceOffer.WALLET_CREDENTIAL:
                return new Prepared(walletCredential(claimId, institution, learner, offer, now), null);
            case EvidenceOffer.EXTERNAL_CREDENTIAL:
                return external(offer);
            case EvidenceOffer.PORTFOLIO_LINK:
                require(offer.url() != null && !offer.url().isBlank(), "a portfolio link gives its url");
                return new Prepared(Evidence.PortfolioLink.of(offer.url().strip()),
                        new RplTexts.Detail(null, offer.url().strip(), null));
            default:
                throw new IllegalArgumentException("evidence kind must be " + EvidenceOffer.WALLET_CREDENTIAL + ", "
                        + EvidenceOffer.EXTERNAL_CREDENTIAL + " or " + EvidenceOffer.PORTFOLIO_LINK);
        }
    }

    private Evidence walletCredential(String claimId, String institution, Learner learner, EvidenceOffer offer,
                                      Instant now) {
        require(offer.credentialId() != null && !offer.credentialId().isBlank(),
                "wallet credential evidence names its credentialId");
        String purpose = "rpl:" + claimId;
        List<Consents.Consent> covering = learner.walletId() == null ? List.of()
                : consents.covering(institution, learner.walletId(), offer.credentialId(), purpose, now);
        String consentId = covering.stream().map(Consents.Consent::consentId)
                .filter(id -> offer.consentId() == null || id.equals(offer.consentId()))
                .findFirst().orElseThrow(() -> new DomainRuleViolation("consent-required", "No consent of your "
                        + "wallet" + (offer.consentId() == null ? "" : " (" + offer.consentId() + ")") + " lets "
                        + institution + " count credential " + offer.credentialId() + " for any purpose or for "
                        + purpose, DomainRuleViolation.Kind.INVALID));
        return new Evidence.WalletCredential(offer.credentialId(), consentId);
    }

    private Prepared external(EvidenceOffer offer) {
        boolean json = offer.credential() != null;
        require(json != (offer.jwt() != null && !offer.jwt().isBlank()),
                "external credential evidence gives either credential (with its proof) or jwt");
        VerificationReport report = json ? verifier.verify(offer.credential()) : verifier.verifyJwt(offer.jwt());
        for (String refused : new String[] {Checks.DATA_MODEL, Checks.SIGNATURE}) {
            VerificationReport.Check check = report.check(refused);
            if (check.status() == VerificationReport.Status.FAILED) {
                throw new DomainRuleViolation("credential-invalid", "Not accepted as evidence: " + check.name()
                        + " failed (" + check.detail() + ")", DomainRuleViolation.Kind.INVALID);
            }
        }
        String document = json ? offer.credential().toString() : offer.jwt();
        String credentialId = report.credentialId() != null ? report.credentialId() : document;
        if (credentialId.length() > MAX_ID_LENGTH) {
            credentialId = "urn:sha256:" + Sha256.ofText(credentialId); // without a usable id: known by its content
        }
        List<Evidence.VerificationCheck> checks = report.checks().stream()
                .map(c -> new Evidence.VerificationCheck(c.name(), c.status().name())).toList();
        return new Prepared(new Evidence.ExternalCredential(credentialId, report.verified(), checks),
                new RplTexts.Detail(null, null, document));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
