/**
 * The RPL (recognition of prior learning) claim: a learner claims credit toward one qualification or achievement
 * of an institution, with a narrative and evidence; staff check it, an assessor decides it, the learner may appeal
 * once to a second, independent assessor.
 *
 * <h2>Workflow</h2>
 * {@link org.credstack.recognition.rplclaim.domain.RplClaimState} holds the allowed transitions in one table:
 * <pre>
 * SUBMITTED, RESUBMITTED (checking) -> COMPLETE | RETURNED
 * RETURNED -> RESUBMITTED                 (the learner adds evidence, then resubmits)
 * COMPLETE -> ASSESSOR_ASSIGNED -> ASSESSING -> DECIDED
 * DECIDED -> APPEALED -> APPEAL_ASSESSOR_ASSIGNED -> APPEAL_ASSESSING -> APPEAL_DECIDED (final)
 * any state before DECIDED -> WITHDRAWN (final); any state -> ERASED (final)
 * </pre>
 * Evidence may be added while checking, when returned, when complete and once assigned, until the first verdict.
 * A command refused for its state is a 409 naming the rule ({@code claim-not-complete}, {@code
 * claim-already-decided}, {@code second-appeal}, ...); who may act ({@code not-the-claimant}, {@code
 * not-the-assigned-assessor}, {@code assessor-is-claimant}, {@code appeal-assessor-not-independent}) and the appeal
 * window are 409s too; what the request itself gets wrong (evidence policy, credits, blank rationale) is a 422.
 *
 * <h2>Personal data</h2>
 * Text the learner wrote (the narrative for each outcome, an appeal's reason, a portfolio link's URL, a file's name)
 * and file contents never enter an event, internal or published: events are kept forever (the event store and
 * Kafka alike) and erasure cannot reach them. Commands carry that text; events keep references and SHA-256 digests
 * (which bind the decision to exactly what the assessor read), and the application layer writes the text into a
 * mutable table of the recognition service in the same transaction, next to the file store holding the files.
 * Assessors' comments, the completeness notes and the rationale are the institution's record of the assessment
 * (about the evidence, never the person) and are kept, as issued credentials are (decision D18).
 * <p>
 * On the learner's erasure ({@code LearnerErased}) the application sends {@code EraseRplClaim} for each of their
 * claims: {@code RplClaimErased} (internal, published nowhere) tells projections to drop the narrative, evidence
 * rows and stored files; the claim accepts nothing more. What remains is what the events hold: ids, the learner's
 * pseudonymous recipientRefs and token subject, the claimed outcomes, digests, verdicts and decisions. A decision
 * already published as {@code RplDecisionMade} stays: it is the institution's record of credit granted.
 */
package org.credstack.recognition.rplclaim.domain;
