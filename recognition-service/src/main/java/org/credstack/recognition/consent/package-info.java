/**
 * What the wallet tells recognition about learners: which institution may count which credentials
 * ({@code ConsentGranted}, {@code ConsentRevoked}) and which recipientRefs belong to one wallet
 * ({@code RecipientLinked}, {@code RecipientUnlinked}), from {@code credstack.wallet.v1}.
 *
 * <p>{@link org.credstack.recognition.consent.ConsentProjection} writes them (tables {@code consent} and
 * {@code wallet_link}) as part of the Kafka-fed projection {@code learner-credentials}, in the transaction that queues
 * the learner for re-evaluation of progress, so that progress never runs ahead of a consent (rebuildable from offset
 * zero);
 * {@link org.credstack.recognition.consent.Consents} is the query bean every feature of the service uses: RPL
 * evidence, and learner progress toward qualifications.
 *
 * <p>Order: every one of these events is keyed by the wallet, so one wallet's facts arrive in order, but two
 * wallets' facts may interleave in any order on a replay. Nothing here therefore lets a later fact about one wallet
 * overwrite a fact about another: a recipientRef moved from one wallet to another is kept under both until the first
 * wallet unlinks it, and the most recent link wins. {@code LearnerErased} (keyed by the wallet too) purges the
 * wallet's consents and links.
 */
package org.credstack.recognition.consent;
