package org.credstack.recognition.rplclaim.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.credstack.events.recognition.RplOutcome;
import org.credstack.recognition.rplclaim.domain.Evidence;
import org.credstack.recognition.rplclaim.domain.RplClaimState;
import org.credstack.recognition.rplclaim.domain.RplStep;
import org.credstack.recognition.rplclaim.domain.Verdict;

/**
 * A claim as its claimant and its institution see it: read back from its events, with the learner's texts joined
 * from the mutable tables (absent once the learner is erased). Subjects are token subjects.
 *
 * @param missing   what staff last found missing, while the claim is returned
 * @param decisions the first decision, then the decision on appeal
 * @param history   every step, oldest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RplClaimDetails(String id, RplClaimState state, String institution, String qualificationId,
                              String achievementId, BigDecimal creditsClaimed, String claimant, Instant submittedAt,
                              String assessor, List<Outcome> outcomes, List<EvidenceItem> evidence,
                              List<String> missing, List<Decision> decisions, Appeal appeal, List<Step> history) {

    /** A claimed learning outcome with the learner's narrative and the verdicts recorded on it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(String outcomeId, String statement, String narrative, List<Assessment> assessments) {
    }

    public record Assessment(Verdict verdict, String comment, String assessor, Instant at, boolean appeal) {
    }

    /**
     * One piece of evidence: the fields of its kind, with the name, URL or document the learner gave (null after
     * erasure). {@code sha256} is a file's digest, or a link URL's.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvidenceItem(String kind, String credentialId, String consentId, Boolean valid,
                               List<Evidence.VerificationCheck> checks, String fileId, String name, String mediaType,
                               Long sizeBytes, String url, String sha256, Instant addedAt) {

        static EvidenceItem of(Evidence evidence, RplTexts.Detail detail, Instant addedAt) {
            RplTexts.Detail d = detail == null ? new RplTexts.Detail(null, null, null) : detail;
            if (evidence instanceof Evidence.WalletCredential c) {
                return new EvidenceItem("wallet-credential", c.credentialId(), c.consentId(), null, null, null, null,
                        null, null, null, null, addedAt);
            }
            if (evidence instanceof Evidence.ExternalCredential c) {
                return new EvidenceItem("external-credential", c.credentialId(), null, c.valid(), c.checks(), null,
                        null, null, null, null, null, addedAt);
            }
            if (evidence instanceof Evidence.PortfolioLink l) {
                return new EvidenceItem("portfolio-link", null, null, null, null, null, null, null, null, d.url(),
                        l.urlSha256(), addedAt);
            }
            Evidence.StoredFile f = (Evidence.StoredFile) evidence;
            return new EvidenceItem("stored-file", null, null, null, null, f.fileId(), d.name(), f.mediaType(),
                    f.sizeBytes(), null, f.sha256(), addedAt);
        }
    }

    public record Decision(RplOutcome outcome, BigDecimal creditsAwarded, String rationale, boolean appeal,
                           String decidedBy, Instant decidedAt) {
    }

    /** The appeal: when, the learner's reason (null after erasure), and who reassesses. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Appeal(Instant appealedAt, String reason, String assessor) {
    }

    /**
     * One step of the history ({@code RplClaimHistory}); {@code texts} re-joins what the learner wrote for it: the
     * narrative per outcome and evidence names or URLs on submission, the name or URL of added evidence, the reason
     * of an appeal.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Step(Instant at, String actor, RplStep step, String details, Map<String, String> texts) {
    }
}
