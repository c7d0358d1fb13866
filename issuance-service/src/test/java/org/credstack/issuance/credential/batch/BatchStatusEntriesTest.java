package org.credstack.issuance.credential.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.issuance.credential.batch.BatchFixtures.as;
import static org.credstack.issuance.credential.batch.BatchFixtures.completed;
import static org.credstack.issuance.credential.batch.BatchFixtures.published;
import static org.credstack.issuance.credential.batch.BatchFixtures.registerIssuer;
import static org.credstack.issuance.credential.batch.BatchFixtures.row;
import static org.credstack.issuance.credential.batch.BatchFixtures.submit;
import static org.credstack.issuance.credential.batch.BatchFixtures.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.credstack.issuance.statuslist.StatusLists;
import org.credstack.devstack.CredstackTestResource;
import org.junit.jupiter.api.Test;

/** Bulk issuance allocates status list entries a chunk at a time, with the guarantees of a single allocation. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class BatchStatusEntriesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int SIZE = 131_072;
    static final int FILL_LIMIT = SIZE / 2;

    @Inject
    DataSource dataSource;

    @Test
    void entries_taken_already_are_avoided_and_a_full_list_continues_in_the_next_one() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String achievement = published(admin);
        // the revocation list is 30 entries short of its fill limit, with every even index taken: about half of the
        // random indexes a chunk picks collide, and the chunk must go on in list 2. Created a while ago, so that the
        // single allocator remembers it as open (it does not remember lists younger than ten seconds)
        sql("INSERT INTO status_list (issuer_id, purpose, list_no, size, created_at) "
                + "VALUES (?, 'revocation', 1, " + SIZE + ", now() - interval '1 minute')", issuer);
        sql("INSERT INTO status_entry (issuer_id, purpose, list_no, idx, credential_id, allocated_at) "
                + "SELECT ?, 'revocation', 1, 2 * n, 'earlier-' || n, now() FROM generate_series(0, "
                + (FILL_LIMIT - 31) + ") AS n", issuer);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            rows.add(row(achievement, "l" + i + "." + UUID.randomUUID() + "@s.example"));
        }

        JsonPath done = completed(admin, submit(admin, rows));
        assertThat(done.getInt("issued")).isEqualTo(80);

        Set<String> revocations = new HashSet<>();
        for (String id : done.getList("results.credentialId", String.class)) {
            JsonNode credential = JSON.readTree(as(admin).get("/v1/credentials/" + id).asString());
            for (JsonNode entry : credential.get("credentialStatus")) {
                String url = entry.get("statusListCredential").asText();
                int listNo = StatusLists.parseListId(url.substring(url.lastIndexOf('/') + 1)).orElseThrow().listNo();
                String purpose = entry.get("statusPurpose").asText();
                int index = Integer.parseInt(entry.get("statusListIndex").asText());
                assertThat(owner(issuer, purpose, listNo, index)).as(purpose + " " + listNo + "/" + index)
                        .isEqualTo(id);
                if (purpose.equals("revocation")) {
                    assertThat(revocations.add(listNo + "/" + index)).isTrue();
                    if (listNo == 1) {
                        // taken before: the even indexes up to 2 × (FILL_LIMIT − 31); the 30 even ones above are free
                        boolean takenBefore = index % 2 == 0 && index / 2 <= FILL_LIMIT - 31;
                        assertThat(takenBefore).as("an index taken before is never reused: " + index).isFalse();
                    }
                }
            }
        }
        assertThat(count("SELECT count(*) FROM status_entry WHERE issuer_id = ? AND purpose = 'revocation' "
                + "AND list_no = 1", issuer)).isBetween((long) FILL_LIMIT - 1, (long) FILL_LIMIT + 1);
        assertThat(count("SELECT count(*) FROM status_entry WHERE issuer_id = ? AND purpose = 'revocation' "
                + "AND list_no = 2", issuer)).isGreaterThanOrEqualTo(80 - 31);
        assertThat(count("SELECT count(*) FROM status_entry e WHERE issuer_id = ? AND credential_id NOT LIKE "
                + "'earlier-%' AND NOT EXISTS (SELECT 1 FROM credential c WHERE c.credential_id = e.credential_id)",
                issuer)).as("no entry of a credential that was not issued").isZero();
    }

    private String owner(String issuer, String purpose, int listNo, int index) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT credential_id FROM status_entry WHERE issuer_id = ? AND purpose = ? AND list_no = ? "
                        + "AND idx = ?")) {
            s.setString(1, issuer);
            s.setString(2, purpose);
            s.setInt(3, listNo);
            s.setInt(4, index);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void sql(String sql, String issuer) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, issuer);
            s.executeUpdate();
        }
    }

    private long count(String sql, String issuer) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, issuer);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
