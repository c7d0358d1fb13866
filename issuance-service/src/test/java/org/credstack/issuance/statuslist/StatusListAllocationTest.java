package org.credstack.issuance.statuslist;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.issuance.StatusEntry;
import org.credstack.events.issuance.StatusPurpose;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class StatusListAllocationTest {

    @Inject
    StatusLists lists;

    @Test
    void concurrent_allocations_get_distinct_random_indexes_in_list_one_of_the_issuer_and_purpose() {
        String issuer = "alloc-" + UUID.randomUUID().toString().substring(0, 8);
        Set<String> indexes = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            workers.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 50; i++) {
                    StatusEntry entry = QuarkusTransaction.requiringNew().call(() ->
                            lists.allocate(issuer, StatusPurpose.REVOCATION, UUID.randomUUID().toString()));
                    assertThat(entry.statusListCredential()).endsWith("/status-lists/" + issuer + "/revocation-1");
                    assertThat(Integer.parseInt(entry.statusListIndex())).isBetween(0, 131_071);
                    indexes.add(entry.statusListIndex());
                }
            }));
        }
        workers.forEach(CompletableFuture::join);
        assertThat(indexes).hasSize(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> lists.find(issuer, StatusPurpose.SUSPENSION, 1)))
                .as("suspension lists are separate and opened only when needed").isEmpty();
    }
}
