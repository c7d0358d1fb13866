package org.credstack.issuance.statuslist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.credstack.events.issuance.StatusEntry;
import org.credstack.events.issuance.StatusPurpose;
import org.credstack.platform.persistence.NativeRows;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Allocates credentials' entries in their issuer's Bitstring Status Lists: a random free index (W3C Bitstring
 * Status List, "herd privacy": the index must not reveal the order of issuance) in the newest list of the issuer and
 * purpose, unique by the database constraint on status_entry, so that replicas allocating at once never share an
 * index. Runs in the caller's transaction: a failed issuance releases its indexes.
 */
@ApplicationScoped
public class StatusLists {

    /** Give up after this many taken indexes in a row: the list is then far fuller than {@link #fillLimit} allows. */
    static final int MAX_ATTEMPTS = 64;

    @Inject
    EntityManager em;
    @ConfigProperty(name = "credstack.public-base-url")
    URI publicBaseUrl;
    /** Entries per list (131,072 is the specification's minimum). */
    @ConfigProperty(name = "credstack.status-lists.size", defaultValue = "131072")
    int size;
    /**
     * A list takes new entries until this share of it is allocated; then the next list is opened. Keeps random
     * allocation cheap (few collisions) while lists stay large enough to hide any one credential.
     */
    @ConfigProperty(name = "credstack.status-lists.fill-limit", defaultValue = "0.5")
    double fillLimit;

    /** At most this many allocations between two counts of a list's entries, per replica. */
    static final int RECOUNT_AFTER = 1000;

    private final SecureRandom random = new SecureRandom();
    private final java.util.Map<String, OpenList> open = new java.util.concurrent.ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** The public URL of a list: {@code <public-base-url>/status-lists/<issuerId>/<purpose>-<listNo>}. */
    public String url(String issuerId, StatusPurpose purpose, int listNo) {
        String base = publicBaseUrl.toString().replaceAll("/+$", "");
        return base + "/status-lists/" + issuerId + "/" + listId(purpose, listNo);
    }

    /** Allocates an entry for the credential; must run inside a transaction. */
    public StatusEntry allocate(String issuerId, StatusPurpose purpose, String credentialId) {
        OpenList open = openList(issuerId, purpose);
        int listNo = open.listNo();
        int listSize = open.size();
        Instant now = clock.instant();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            int index = random.nextInt(listSize);
            int inserted = em.createNativeQuery("INSERT INTO status_entry (issuer_id, purpose, list_no, idx, "
                            + "credential_id, allocated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                            + "ON CONFLICT (issuer_id, purpose, list_no, idx) DO NOTHING")
                    .setParameter(1, issuerId).setParameter(2, segment(purpose)).setParameter(3, listNo)
                    .setParameter(4, index).setParameter(5, credentialId).setParameter(6, now)
                    .executeUpdate();
            if (inserted == 1) {
                return new StatusEntry(purpose, url(issuerId, purpose, listNo), Integer.toString(index));
            }
        }
        throw new IllegalStateException("No free index found in status list " + url(issuerId, purpose, listNo));
    }

    /**
     * How many more entries a list takes before its fill limit, counted now (the caller's transaction sees its own
     * inserts); for callers that reserve indexes of one list in bulk. The room they take is not in the count a
     * remembered open list acts on, so this replica counts the list again at its next allocation. Near the limit
     * (under {@link #BULK_TURNS_BELOW}) the caller first waits for its turn among bulk callers of the issuer and
     * purpose, and holds it until its transaction ends (a transaction-scoped advisory lock), so that the count
     * includes what the others reserved, as they have committed.
     */
    public long room(StatusListInfo list) {
        recount(list.issuerId(), list.purpose());
        long room = countedRoom(list);
        if (room < BULK_TURNS_BELOW) {
            em.createNativeQuery("SELECT count(*) FROM pg_advisory_xact_lock(hashtext('status-list-bulk:' || ?1"
                            + " || '/' || ?2))").setParameter(1, list.issuerId())
                    .setParameter(2, segment(list.purpose())).getSingleResult();
            room = countedRoom(list);
        }
        return room;
    }

    /**
     * Below this much room, bulk callers take a list's room one transaction at a time ({@link #room}): two chunks
     * counting the same small room at once each took all of it, and the list ended past its fill limit (seen in CI:
     * 65,540 entries against 65,536). Far from the limit they run side by side; what one chunk reserves (at most a
     * chunk of rows) is then small against the room the other counted.
     */
    static final long BULK_TURNS_BELOW = 10_000;

    private long countedRoom(StatusListInfo list) {
        long allocated = ((Number) em.createNativeQuery("SELECT count(*) FROM status_entry WHERE issuer_id = ?1 "
                        + "AND purpose = ?2 AND list_no = ?3")
                .setParameter(1, list.issuerId()).setParameter(2, segment(list.purpose()))
                .setParameter(3, list.listNo()).getSingleResult()).longValue();
        return (long) (list.size() * fillLimit) - allocated;
    }

    /**
     * Forgets what this replica remembers of the issuer's open list for the purpose, so that the next allocation
     * counts it again: for callers that reserved its room in bulk, past the count the remembered list acts on.
     */
    public void recount(String issuerId, StatusPurpose purpose) {
        open.remove(issuerId + "/" + segment(purpose));
    }

    /** A list as it exists, or empty. */
    public Optional<StatusListInfo> find(String issuerId, StatusPurpose purpose, int listNo) {
        List<?> rows = em.createNativeQuery("SELECT size FROM status_list WHERE issuer_id = ?1 AND purpose = ?2 "
                        + "AND list_no = ?3")
                .setParameter(1, issuerId).setParameter(2, segment(purpose)).setParameter(3, listNo)
                .getResultList();
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(new StatusListInfo(issuerId, purpose, listNo, ((Number) rows.get(0)).intValue()));
    }

    /**
     * Sets or clears a credential's bit for one purpose (revoked; suspended or reinstated); must run in the
     * transaction of the command that changed the credential, so that the served list and the events agree.
     *
     * @return the number of entries changed (0 when the credential has no entry for the purpose)
     */
    public int mark(String credentialId, StatusPurpose purpose, boolean set) {
        int changed = em.createNativeQuery("UPDATE status_entry SET bit_set = ?1 WHERE credential_id = ?2 "
                        + "AND purpose = ?3")
                .setParameter(1, set).setParameter(2, credentialId).setParameter(3, segment(purpose))
                .executeUpdate();
        em.createNativeQuery("UPDATE status_list l SET revision = revision + 1 FROM status_entry e "
                        + "WHERE e.credential_id = ?1 AND e.purpose = ?2 AND l.issuer_id = e.issuer_id "
                        + "AND l.purpose = e.purpose AND l.list_no = e.list_no")
                .setParameter(1, credentialId).setParameter(2, segment(purpose)).executeUpdate();
        return changed;
    }

    /**
     * How often a list's bits have changed, or empty when the list does not exist: a served copy signed at the same
     * revision is still current.
     */
    public Optional<Long> revision(String issuerId, StatusPurpose purpose, int listNo) {
        List<?> rows = em.createNativeQuery("SELECT revision FROM status_list WHERE issuer_id = ?1 "
                        + "AND purpose = ?2 AND list_no = ?3")
                .setParameter(1, issuerId).setParameter(2, segment(purpose)).setParameter(3, listNo)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /** The indexes whose bit is set in a list (revoked or suspended credentials). */
    public List<Integer> setBits(String issuerId, StatusPurpose purpose, int listNo) {
        return em.createNativeQuery("SELECT idx FROM status_entry WHERE issuer_id = ?1 AND purpose = ?2 "
                        + "AND list_no = ?3 AND bit_set")
                .setParameter(1, issuerId).setParameter(2, segment(purpose)).setParameter(3, listNo)
                .getResultList().stream().map(n -> ((Number) n).intValue()).toList();
    }

    /**
     * The newest list that still takes entries, opening the next one when it is full enough (or none exists).
     * Counting a list's entries grows with the list, so a replica counts again only after a share of the room left
     * below the fill limit has been allocated (by any replica, the count it acts on is at most that share too low,
     * so a list never ends much beyond the fill limit). Only lists created a while ago are remembered: they are
     * committed, not the uncommitted insert of a transaction that may still roll back.
     */
    private OpenList openList(String issuerId, StatusPurpose purpose) {
        String key = issuerId + "/" + segment(purpose);
        OpenList cached = open.get(key);
        if (cached != null && cached.take()) {
            return cached;
        }
        List<?> newest = em.createNativeQuery("SELECT l.list_no, l.size, (SELECT count(*) FROM status_entry e "
                        + "WHERE e.issuer_id = l.issuer_id AND e.purpose = l.purpose AND e.list_no = l.list_no), "
                        + "l.created_at FROM status_list l WHERE l.issuer_id = ?1 AND l.purpose = ?2 "
                        + "ORDER BY l.list_no DESC LIMIT 1")
                .setParameter(1, issuerId).setParameter(2, segment(purpose)).getResultList();
        int listNo = 1;
        if (!newest.isEmpty()) {
            Object[] row = (Object[]) newest.get(0);
            listNo = ((Number) row[0]).intValue();
            int listSize = ((Number) row[1]).intValue();
            long room = (long) (listSize * fillLimit) - ((Number) row[2]).longValue();
            if (room > 0) {
                OpenList list = new OpenList(listNo, listSize, (int) Math.min(RECOUNT_AFTER, (room - 1) / 4));
                if (NativeRows.instant(row[3]).isBefore(clock.instant().minus(java.time.Duration.ofSeconds(10)))) {
                    open.put(key, list);
                }
                return list;
            }
            listNo++;
        }
        open.remove(key);
        // Two replicas opening the same list both succeed: the second insert is a no-op.
        em.createNativeQuery("INSERT INTO status_list (issuer_id, purpose, list_no, size, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                .setParameter(1, issuerId).setParameter(2, segment(purpose)).setParameter(3, listNo)
                .setParameter(4, size).setParameter(5, clock.instant()).executeUpdate();
        return new OpenList(listNo, find(issuerId, purpose, listNo).orElseThrow().size(), 0);
    }

    /** An open list as a replica last counted it, and how many more entries it hands out before counting again. */
    private static final class OpenList {
        private final int listNo;
        private final int size;
        private final java.util.concurrent.atomic.AtomicInteger left;

        OpenList(int listNo, int size, int left) {
            this.listNo = listNo;
            this.size = size;
            this.left = new java.util.concurrent.atomic.AtomicInteger(left);
        }

        boolean take() {
            return left.getAndDecrement() > 0;
        }

        int listNo() {
            return listNo;
        }

        int size() {
            return size;
        }
    }

    /** The purpose as it appears in URLs and the table: the Bitstring Status List statusPurpose value. */
    public static String segment(StatusPurpose purpose) {
        return purpose.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A list's id within its issuer, as in its URL: {@code revocation-1}, {@code suspension-3}. */
    public static String listId(StatusPurpose purpose, int listNo) {
        return segment(purpose) + "-" + listNo;
    }

    /** The purpose and number a list id names, or empty when it names none. */
    public static Optional<ListId> parseListId(String listId) {
        int dash = listId.lastIndexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            int listNo = Integer.parseInt(listId.substring(dash + 1));
            return listNo < 1 ? Optional.empty()
                    : Optional.of(new ListId(purpose(listId.substring(0, dash)), listNo));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public record ListId(StatusPurpose purpose, int listNo) {
    }

    /** @throws IllegalArgumentException for anything but revocation or suspension */
    public static StatusPurpose purpose(String segment) {
        for (StatusPurpose purpose : StatusPurpose.values()) {
            if (segment(purpose).equals(segment)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("Unknown status purpose: " + segment);
    }

    public record StatusListInfo(String issuerId, StatusPurpose purpose, int listNo, int size) {
    }
}
