package org.credstack.issuance.statuslist;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.issuance.StatusPurpose;
import org.junit.jupiter.api.Test;

/** A list takes entries up to its fill limit, then the next list opens; with a tiny limit, on a database of its own. */
@QuarkusTest
@TestProfile(StatusListRolloverTest.TinyFillLimit.class)
class StatusListRolloverTest {

    public static class TinyFillLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("credstack.status-lists.fill-limit", "0.001"); // 131 of 131,072 entries
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CredstackTestResource.class,
                    Map.of(CredstackTestResource.SERVICE_ARG, "issuance_rollover")));
        }
    }

    @Inject
    StatusLists lists;
    @Inject
    EntityManager em;

    @Test
    void a_list_fills_exactly_to_its_limit_then_the_next_list_takes_the_entries() {
        String issuer = "rollover-" + UUID.randomUUID().toString().substring(0, 8);
        // an old list: the allocator remembers it and counts its entries only now and then
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO status_list (issuer_id, "
                        + "purpose, list_no, size, created_at) VALUES (?1, 'revocation', 1, 131072, ?2)")
                .setParameter(1, issuer).setParameter(2, Instant.now().minusSeconds(3600)).executeUpdate());

        for (int i = 0; i < 200; i++) {
            QuarkusTransaction.requiringNew().run(() ->
                    lists.allocate(issuer, StatusPurpose.REVOCATION, UUID.randomUUID().toString()));
        }

        assertThat(entries(issuer, 1)).isEqualTo(131);
        assertThat(entries(issuer, 2)).isEqualTo(69);
        assertThat(lists.url(issuer, StatusPurpose.REVOCATION, 2)).endsWith("/status-lists/" + issuer
                + "/revocation-2");
    }

    private long entries(String issuer, int listNo) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM "
                        + "status_entry WHERE issuer_id = ?1 AND purpose = 'revocation' AND list_no = ?2")
                .setParameter(1, issuer).setParameter(2, listNo).getSingleResult()).longValue());
    }
}
