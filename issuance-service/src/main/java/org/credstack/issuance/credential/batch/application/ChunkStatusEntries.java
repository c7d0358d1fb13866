package org.credstack.issuance.credential.batch.application;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.credstack.events.issuance.StatusEntry;
import org.credstack.events.issuance.StatusPurpose;
import org.credstack.issuance.credential.application.CredentialIssuer;
import org.credstack.issuance.statuslist.StatusLists;

/**
 * Status list entries for the credentials of one chunk, in a few statements instead of several per credential.
 * The first entry of a purpose is allocated by {@link StatusLists} itself, which picks (or opens) the list to fill;
 * the next ones are random indexes of that list, reserved in memory up to the list's fill limit and inserted together
 * by {@link #settle()}. An index another credential took meanwhile is reported, so that its credential is
 * prepared again with a new one. Same table, same uniqueness constraint, same random choice ("herd privacy") as a
 * single allocation.
 */
final class ChunkStatusEntries implements CredentialIssuer.StatusAllocator {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StatusLists statusLists;
    private final DataSource dataSource;
    private final Map<StatusPurpose, OpenList> lists = new EnumMap<>(StatusPurpose.class);
    private final List<Reservation> reserved = new ArrayList<>();
    private final Set<String> collided = new HashSet<>();

    /** The list a purpose's entries go to, how many more it takes, and the indexes this chunk used in it. */
    private static final class OpenList {
        final int listNo;
        final int size;
        long left;
        final Set<Integer> used = new HashSet<>();

        OpenList(int listNo, int size, long left) {
            this.listNo = listNo;
            this.size = size;
            this.left = left;
        }
    }

    private record Reservation(String issuerId, StatusPurpose purpose, int listNo, int index, String credentialId) {
    }

    ChunkStatusEntries(StatusLists statusLists, DataSource dataSource) {
        this.statusLists = statusLists;
        this.dataSource = dataSource;
    }

    @Override
    public StatusEntry allocate(String issuerId, StatusPurpose purpose, String credentialId) {
        OpenList list = lists.get(purpose);
        if (list == null || list.left <= 0) {
            // what is reserved must be in the table before StatusLists counts the list to decide where to go on, and
            // it must count: the room this chunk used is not in the count a remembered open list acts on
            insertReserved();
            if (list != null) {
                statusLists.recount(issuerId, purpose);
            }
            StatusEntry entry = statusLists.allocate(issuerId, purpose, credentialId);
            String url = entry.statusListCredential();
            int listNo = StatusLists.parseListId(url.substring(url.lastIndexOf('/') + 1)).orElseThrow().listNo();
            StatusLists.StatusListInfo info = statusLists.find(issuerId, purpose, listNo).orElseThrow();
            list = new OpenList(listNo, info.size(), statusLists.room(info));
            list.used.add(Integer.parseInt(entry.statusListIndex()));
            lists.put(purpose, list);
            return entry;
        }
        int index;
        do {
            index = RANDOM.nextInt(list.size);
        } while (!list.used.add(index));
        list.left--;
        reserved.add(new Reservation(issuerId, purpose, list.listNo, index, credentialId));
        return new StatusEntry(purpose, statusLists.url(issuerId, purpose, list.listNo), Integer.toString(index));
    }

    /**
     * Inserts the entries reserved so far.
     *
     * @return the credentials one of whose reserved indexes another credential had taken: release them and prepare
     *         them again, under a new id
     */
    Set<String> settle() {
        insertReserved();
        Set<String> settled = Set.copyOf(collided);
        collided.clear();
        return settled;
    }

    /**
     * Inserts the reservations in index order (two chunks inserting at once then wait for each other in one order,
     * never in a cycle), noting those whose index was taken.
     */
    private void insertReserved() {
        if (reserved.isEmpty()) {
            return;
        }
        List<Reservation> batch = new ArrayList<>(reserved);
        reserved.clear();
        batch.sort(Comparator.comparing((Reservation r) -> r.purpose()).thenComparingInt(Reservation::listNo)
                .thenComparingInt(Reservation::index));
        Set<String> inserted = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO status_entry (issuer_id, purpose, list_no, idx, credential_id, allocated_at) "
                        + "SELECT r.*, ?::timestamptz FROM unnest(?::varchar[], ?::varchar[], ?::int[], ?::int[], "
                        + "?::varchar[]) AS r ON CONFLICT (issuer_id, purpose, list_no, idx) DO NOTHING "
                        + "RETURNING credential_id, purpose, list_no, idx")) {
            int n = batch.size();
            String[] issuers = new String[n];
            String[] purposes = new String[n];
            Integer[] listNos = new Integer[n];
            Integer[] indexes = new Integer[n];
            String[] credentials = new String[n];
            for (int i = 0; i < n; i++) {
                Reservation r = batch.get(i);
                issuers[i] = r.issuerId();
                purposes[i] = StatusLists.segment(r.purpose());
                listNos[i] = r.listNo();
                indexes[i] = r.index();
                credentials[i] = r.credentialId();
            }
            s.setObject(1, Instant.now().atOffset(ZoneOffset.UTC));
            s.setArray(2, c.createArrayOf("varchar", issuers));
            s.setArray(3, c.createArrayOf("varchar", purposes));
            s.setArray(4, c.createArrayOf("integer", listNos));
            s.setArray(5, c.createArrayOf("integer", indexes));
            s.setArray(6, c.createArrayOf("varchar", credentials));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    inserted.add(key(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert status entries", e);
        }
        for (Reservation r : batch) {
            if (!inserted.contains(key(r.credentialId(), StatusLists.segment(r.purpose()), r.listNo(), r.index()))) {
                collided.add(r.credentialId());
            }
        }
    }

    private static String key(String credentialId, String purpose, int listNo, int index) {
        return credentialId + "/" + purpose + "/" + listNo + "/" + index;
    }

    /** Removes every entry of credentials that will not be issued (prepared again under a new id). */
    void release(Set<String> credentialIds) {
        if (credentialIds.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM status_entry WHERE credential_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("varchar", credentialIds.toArray(String[]::new)));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release status entries", e);
        }
    }
}
