package org.credstack.issuance.credential.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.issuance.credential.batch.BatchFixtures.BATCHES;
import static org.credstack.issuance.credential.batch.BatchFixtures.as;
import static org.credstack.issuance.credential.batch.BatchFixtures.csvAs;
import static org.credstack.issuance.credential.batch.BatchFixtures.draft;
import static org.credstack.issuance.credential.batch.BatchFixtures.published;
import static org.credstack.issuance.credential.batch.BatchFixtures.registerIssuer;
import static org.credstack.issuance.credential.batch.BatchFixtures.row;
import static org.credstack.issuance.credential.batch.BatchFixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.credstack.devstack.CredstackTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every malformed or invalid upload is refused as a whole, naming the row and field, and writes nothing. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class CredentialBatchValidationTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "credstack.batches.max-rows")
    int maxRows;
    @TestHTTPResource("/")
    URL base;

    String issuer;
    String admin;
    String achievement;

    @BeforeEach
    void anIssuerWithAnAchievement() {
        issuer = registerIssuer();
        admin = token(issuer, "issuer-admin");
        achievement = published(admin);
    }

    @Test
    void json_rows_with_missing_invalid_wrongly_typed_or_unknown_fields_are_refused_naming_row_and_field() {
        List<Map<String, Object>> rows = List.of(row(achievement, "ok@s.example"), row(achievement, "not-an-address"),
                Map.of("recipient", Map.of("email", "a@s.example")), Map.of("achievementId", achievement),
                dates(row(achievement, "d@s.example"), "2027-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
                dates(row(achievement, "e@s.example"), null, "2020-01-01T00:00:00Z"));
        refusedJson(rows, 400).body("errors.field", hasItems("rows[1].recipient.email", "rows[2].achievementId",
                "rows[3].recipient", "rows[4].validUntil", "rows[5].validUntil"))
                .body("errors.field", org.hamcrest.Matchers.not(hasItem(org.hamcrest.Matchers.startsWith("rows[0]"))));

        Map<String, Object> unknown = row(achievement, "a@s.example");
        unknown.put("status", "REVOKED");
        refusedJson(List.of(row(achievement, "b@s.example"), unknown), 400)
                .body("errors.field", equalTo(List.of("rows[1].status")))
                .body("errors[0].message", equalTo("unknown field"));
        Map<String, Object> massAssignment = row(achievement, "a@s.example");
        massAssignment.put("recipient", Map.of("email", "a@s.example", "recipientRef", "f00"));
        refusedJson(List.of(massAssignment), 400).body("errors.field", equalTo(List.of("rows[0].recipient.recipientRef")));
        Map<String, Object> wrongDate = row(achievement, "a@s.example");
        wrongDate.put("validFrom", "yesterday");
        refusedJson(List.of(wrongDate), 400).body("errors.field", equalTo(List.of("rows[0].validFrom")));
        Map<String, Object> wrongVersion = row(achievement, "a@s.example");
        wrongVersion.put("achievementVersion", "two");
        refusedJson(List.of(wrongVersion), 400).body("errors.field", equalTo(List.of("rows[0].achievementVersion")));
        nothingWritten();
    }

    @Test
    void a_body_that_is_not_a_json_array_of_rows_is_refused() {
        refused(as(admin).body("[]"), 400).body("errors.field", equalTo(List.of("rows")));
        refused(as(admin).body("{\"achievementId\":\"" + achievement + "\"}"), 400)
                .body("errors.field", equalTo(List.of("rows")));
        refused(as(admin).body("[{\"achievementId\": "), 400).body("errors.field", equalTo(List.of("rows")));
        refused(as(admin).body("[null]"), 400).body("errors.field", equalTo(List.of("rows[0]")));
        refused(as(admin).body("[42]"), 400).body("errors.field", equalTo(List.of("rows[0]")));
        refused(as(admin).body(""), 400).body("errors.field", equalTo(List.of("rows")));
        refused(as(admin).contentType("text/plain").body("hello"), 415);
        nothingWritten();
    }

    @Test
    void rows_naming_an_achievement_that_cannot_be_issued_are_refused_with_the_rule() {
        String draftOnly = draft(admin);
        String foreign = published(token(registerIssuer(), "issuer-admin"));
        Map<String, Object> wrongVersion = row(achievement, "v@s.example");
        wrongVersion.put("achievementVersion", 2);
        refusedJson(List.of(row(achievement, "a@s.example"), row("no-such-achievement", "b@s.example"),
                row(draftOnly, "c@s.example"), row(foreign, "d@s.example"), wrongVersion), 422)
                .body("rule", equalTo("achievement-not-found"))
                .body("errors.field", equalTo(List.of("rows[1].achievementId", "rows[2].achievementId",
                        "rows[3].achievementId", "rows[4].achievementVersion")))
                .body("errors[1].message", org.hamcrest.Matchers.startsWith("achievement-version-not-issuable"));
        nothingWritten();
    }

    @Test
    void csv_uploads_with_unknown_missing_or_malformed_columns_and_rows_are_refused_naming_them() {
        refusedCsv("achievementId,email,status\r\n" + achievement + ",a@s.example,REVOKED\r\n", 400)
                .body("errors.field", equalTo(List.of("status")));
        refusedCsv("achievementId,learnerId\r\n" + achievement + ",s1\r\n", 400)
                .body("errors.field", equalTo(List.of("email")));
        refusedCsv("achievementId,email,displayName\r\n" + achievement + ",a@s.example,ok\r\n"
                + achievement + ",b@s.example,\"unterminated\r\n", 400)
                .body("errors.field", equalTo(List.of("rows[1].recipient.displayName")));
        refusedCsv("achievementId,email,validFrom\r\n" + achievement + ",a@s.example,yesterday\r\n"
                + achievement + ",b@s.example\r\n" + achievement + ",not-an-address,\r\n", 400)
                .body("errors.field", equalTo(List.of("rows[0].validFrom", "rows[1]")));
        refusedCsv("achievementId,email\r\n" + achievement + ",not-an-address\r\n,b@s.example\r\n", 400)
                .body("errors.field", hasItems("rows[0].recipient.email", "rows[1].achievementId"));
        refusedCsv("achievementId,email\r\n", 400).body("errors.field", equalTo(List.of("rows")));
        refusedCsv("", 400).body("errors.field", equalTo(List.of("rows")));
        refused(csvAs(admin).contentType("text/csv; charset=utf-8")
                .body(new byte[] {'a', 'c', 'h', (byte) 0xC3, (byte) 0x28, '\r', '\n'}), 400);
        refusedCsv("achievementId,email\r\nunknown-achievement,a@s.example\r\n", 422)
                .body("errors.field", equalTo(List.of("rows[0].achievementId")));
        nothingWritten();
    }

    @Test
    void more_rows_than_a_batch_may_have_are_refused_with_413_naming_the_limit() {
        StringBuilder csv = new StringBuilder("achievementId,email\r\n");
        for (int i = 0; i <= maxRows; i++) {
            csv.append(achievement).append(",l").append(i).append("@s.example\r\n");
        }
        refusedCsv(csv.toString(), 413).body("errors.field", equalTo(List.of("rows")))
                .body("detail", org.hamcrest.Matchers.containsString(Integer.toString(maxRows)));

        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i <= maxRows; i++) {
            json.append(i == 0 ? "" : ",").append("{\"achievementId\":\"").append(achievement)
                    .append("\",\"recipient\":{\"email\":\"l").append(i).append("@s.example\"}}");
        }
        refused(as(admin).body(json.append(']').toString()), 413).body("errors.field", equalTo(List.of("rows")));
        nothingWritten();
    }

    @Test
    void a_body_larger_than_the_limit_is_refused_with_a_413_problem_before_it_is_read() throws Exception {
        // a raw request: a client library would insist on sending the gigabyte it announced
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + BATCHES + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                    + admin + "\r\nContent-Type: text/csv\r\nContent-Length: 1000000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("achievementId,email\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = response(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"field\":\"body\"");
        }
        nothingWritten();
    }

    /** The status line, headers and body (as long as Content-Length says) of one HTTP/1.1 response. */
    private static String response(InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                .matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head + new String(body, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> dates(Map<String, Object> row, String validFrom, String validUntil) {
        Map<String, Object> dated = new HashMap<>(row);
        if (validFrom != null) {
            dated.put("validFrom", validFrom);
        }
        dated.put("validUntil", validUntil);
        return dated;
    }

    private ValidatableResponse refusedJson(List<Map<String, Object>> rows, int status) {
        return refused(as(admin).body(new ArrayList<>(rows)), status);
    }

    private ValidatableResponse refusedCsv(String csv, int status) {
        return refused(csvAs(admin).body(csv.getBytes(StandardCharsets.UTF_8)), status);
    }

    private static ValidatableResponse refused(io.restassured.specification.RequestSpecification request, int status) {
        return request.post(BATCHES).then().statusCode(status).contentType(PROBLEM);
    }

    /** No batch, no batch row and no credential of the issuer exist. */
    private void nothingWritten() {
        assertThat(count("SELECT count(*) FROM credential_batch WHERE issuer_id = ?")).isZero();
        assertThat(count("SELECT count(*) FROM credential_batch_row r JOIN credential_batch b USING (batch_id) "
                + "WHERE b.issuer_id = ?")).isZero();
        assertThat(count("SELECT count(*) FROM credential WHERE issuer_id = ?")).isZero();
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, issuer);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
