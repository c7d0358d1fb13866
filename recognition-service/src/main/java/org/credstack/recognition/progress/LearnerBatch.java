package org.credstack.recognition.progress;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.credstack.events.RecipientRef;
import org.credstack.recognition.consent.Consents;
import org.credstack.recognition.consent.Consents.Consent;
import org.credstack.recognition.learner.Learner;
import org.credstack.recognition.learner.Learners;
import org.credstack.recognition.qualification.domain.RplCredit;

/**
 * What the re-evaluation of a batch of queued learners reads, each kind read once for the whole batch: who the keys
 * are (links), their credentials, consents, RPL credit, stored progress digests and awards. Seven queries for a batch
 * instead of about six per learner: a rebuild queues every learner, and a per-learner round trip each was most of
 * the time. The same answers as {@link Learners#resolve}, {@link LearnerRecords} and {@code Consents}, read in bulk.
 */
final class LearnerBatch {

    /** A decided claim's credit, with whom it was decided for. */
    private record RplRow(String issuerId, RplCredit credit, List<String> recipientRefs, String learnerId) {
    }

    /** An award row as the re-evaluation needs it. */
    record AwardRow(String awardId, String issuerId, String qualificationId, String state, List<String> recipientRefs,
                    List<String> countedCredentialIds, String credentialId, List<String> flaggedCredentialIds) {
    }

    private final Map<String, Learner> learners = new LinkedHashMap<>();
    private final Map<String, List<LearnerRecords.Held>> credentialsByRef = new HashMap<>();
    private final Map<String, List<Consent>> consentsByWallet = new HashMap<>();
    private final List<RplRow> rplRows = new ArrayList<>();
    private final Map<String, Map<String, String>> digests = new HashMap<>();
    private final List<AwardRow> awards = new ArrayList<>();

    private LearnerBatch() {
    }

    static LearnerBatch read(Connection c, Collection<String> keys) throws SQLException {
        LearnerBatch batch = new LearnerBatch();
        List<String> refKeys = keys.stream().filter(RecipientRef::isValid).toList();
        Map<String, String> walletOfRef = new HashMap<>();
        for (String[] row : strings(c, "SELECT DISTINCT ON (recipient_ref) recipient_ref, wallet_id FROM wallet_link"
                + " WHERE recipient_ref = ANY (?) ORDER BY recipient_ref, linked_at DESC, wallet_id", 2, refKeys)) {
            walletOfRef.put(row[0], row[1]);
        }
        Set<String> wallets = new TreeSet<>(walletOfRef.values());
        keys.stream().filter(key -> !RecipientRef.isValid(key)).forEach(wallets::add);
        Map<String, List<String>> refsOfWallet = new HashMap<>();
        for (String[] row : strings(c, "SELECT wallet_id, recipient_ref FROM wallet_link WHERE wallet_id = ANY (?)"
                + " ORDER BY wallet_id, recipient_ref", 2, wallets)) {
            refsOfWallet.computeIfAbsent(row[0], w -> new ArrayList<>()).add(row[1]);
        }
        for (String key : keys) {
            String wallet = RecipientRef.isValid(key) ? walletOfRef.get(key) : key;
            batch.learners.put(key, Learners.of(key, wallet,
                    wallet == null ? List.of() : refsOfWallet.getOrDefault(wallet, List.of())));
        }
        Set<String> refs = new HashSet<>();
        Set<String> ids = new HashSet<>();
        batch.learners.values().forEach(l -> {
            refs.addAll(l.recipientRefs());
            ids.add(l.id());
        });
        batch.readCredentials(c, refs);
        batch.readConsents(c, wallets);
        batch.readRplCredits(c, ids, refs);
        for (String[] row : strings(c, "SELECT learner_id, qualification_id, coalesce(digest, '') FROM learner_progress"
                + " WHERE learner_id = ANY (?)", 3, ids)) {
            batch.digests.computeIfAbsent(row[0], id -> new HashMap<>()).put(row[1], row[2]);
        }
        batch.readAwards(c, refs);
        return batch;
    }

    /** The learner each key names, in the order the keys were given. */
    Map<String, Learner> learners() {
        return learners;
    }

    List<LearnerRecords.Held> credentials(Learner learner) {
        List<LearnerRecords.Held> held = new ArrayList<>();
        learner.recipientRefs().forEach(ref -> held.addAll(credentialsByRef.getOrDefault(ref, List.of())));
        return held;
    }

    /** The wallet's consents, oldest first; none for a learner without a wallet. */
    List<Consent> consents(Learner learner) {
        return learner.walletId() == null ? List.of() : consentsByWallet.getOrDefault(learner.walletId(), List.of());
    }

    /** RPL credit of the learner's decided claims, by deciding institution ({@link LearnerRecords#rplCredits}). */
    Map<String, List<RplCredit>> rplCredits(Learner learner) {
        Map<String, List<RplCredit>> credits = new HashMap<>();
        for (RplRow row : rplRows) {
            if (learner.id().equals(row.learnerId())
                    || row.recipientRefs().stream().anyMatch(learner.recipientRefs()::contains)) {
                credits.computeIfAbsent(row.issuerId(), issuer -> new ArrayList<>()).add(row.credit());
            }
        }
        return credits;
    }

    /** The stored digest of each of the learner's progress rows, by qualification. */
    Map<String, String> digests(Learner learner) {
        return digests.getOrDefault(learner.id(), Map.of());
    }

    /** Every award (withdrawn ones included) held under one of the learner's recipientRefs. */
    List<AwardRow> awards(Learner learner) {
        return awards.stream().filter(a -> a.recipientRefs().stream().anyMatch(learner.recipientRefs()::contains))
                .toList();
    }

    private void readCredentials(Connection c, Set<String> refs) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + LearnerRecords.HELD_COLUMNS + ", recipient_ref"
                + " FROM learner_credential WHERE recipient_ref = ANY (?)")) {
            q.setArray(1, c.createArrayOf("varchar", refs.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    credentialsByRef.computeIfAbsent(rs.getString(10), r -> new ArrayList<>())
                            .add(LearnerRecords.held(rs));
                }
            }
        }
    }

    private void readConsents(Connection c, Set<String> wallets) throws SQLException {
        if (wallets.isEmpty()) {
            return;
        }
        try (PreparedStatement q = c.prepareStatement("SELECT " + Consents.COLUMNS + " FROM consent"
                + " WHERE wallet_id = ANY (?) ORDER BY granted_at, consent_id")) {
            q.setArray(1, c.createArrayOf("varchar", wallets.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Consent consent = Consents.consent(rs);
                    consentsByWallet.computeIfAbsent(consent.walletId(), w -> new ArrayList<>()).add(consent);
                }
            }
        }
    }

    private void readRplCredits(Connection c, Set<String> ids, Set<String> refs) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT issuer_id, claim_id, qualification_id, achievement_id,"
                + " credits, recipient_refs, learner_id FROM rpl_credit WHERE credits > 0"
                + " AND (learner_id = ANY (?) OR recipient_refs && ?::varchar[])")) {
            q.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            q.setArray(2, c.createArrayOf("varchar", refs.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rplRows.add(new RplRow(rs.getString(1), new RplCredit(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getBigDecimal(5)), strings(rs.getArray(6)), rs.getString(7)));
                }
            }
        }
    }

    private void readAwards(Connection c, Set<String> refs) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT award_id, issuer_id, qualification_id, state,"
                + " recipient_refs, counted_credential_ids, credential_id, flagged_credential_ids FROM award"
                + " WHERE recipient_refs && ?::varchar[]")) {
            q.setArray(1, c.createArrayOf("varchar", refs.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    awards.add(new AwardRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            strings(rs.getArray(5)), strings(rs.getArray(6)), rs.getString(7),
                            strings(rs.getArray(8))));
                }
            }
        }
    }

    private static List<String[]> strings(Connection c, String sql, int columns, Collection<String> values)
            throws SQLException {
        List<String[]> rows = new ArrayList<>();
        if (values.isEmpty()) {
            return rows;
        }
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setArray(1, c.createArrayOf("varchar", values.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
