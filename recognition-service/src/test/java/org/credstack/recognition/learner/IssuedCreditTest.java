package org.credstack.recognition.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The rebuild's reading of a CredentialRecorded gives what a full JSON parse of the same record gives. */
class IssuedCreditTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_credential_recorded_reads_as_a_full_parse_does() throws IOException {
        byte[] record = record();
        JsonNode tree = JSON.readTree(record);
        IssuedCredit row = IssuedCredit.parse(record);
        assertThat(row.credentialId).isEqualTo(tree.get("credentialId").asText());
        assertThat(row.recipientRef).isEqualTo(tree.get("recipientRef").asText());
        assertThat(row.issuerId).isEqualTo(tree.get("issuerId").asText());
        assertThat(row.achievementId).isEqualTo(tree.get("achievementId").asText());
        assertThat(row.issuedAt).isEqualTo(tree.get("issuedAt").asText());
        assertThat(row.validUntil).isEqualTo(tree.get("validUntil").asText());
        assertThat(row.credits).isEqualTo(tree.at("/achievement/creditsAvailable").asText());
        assertThat(row.eqfLevel).isEqualTo(tree.at("/achievement/eqfLevel").asText());
        assertThat(row.awardId).isNull();
    }

    @Test
    void absent_and_null_optional_fields_read_as_null() throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(record());
        tree.remove("validUntil");
        ((ObjectNode) tree.get("achievement")).putNull("creditsAvailable");
        ((ObjectNode) tree.get("achievement")).remove("eqfLevel");
        tree.put("awardId", "award-\"1\"");
        IssuedCredit row = IssuedCredit.parse(JSON.writeValueAsBytes(tree));
        assertThat(row.validUntil).isNull();
        assertThat(row.credits).isNull();
        assertThat(row.eqfLevel).isNull();
        assertThat(row.awardId).isEqualTo("award-\"1\"");
    }

    @Test
    void a_record_without_its_ids_or_cut_short_is_refused() throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(record());
        tree.remove("recipientRef");
        assertThatThrownBy(() -> IssuedCredit.parse(JSON.writeValueAsBytes(tree))).isInstanceOf(IOException.class)
                .hasMessageContaining("recipientRef");
        String whole = new String(record(), StandardCharsets.UTF_8);
        byte[] cut = whole.substring(0, whole.length() / 2).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IssuedCredit.parse(cut)).isInstanceOf(IOException.class);
    }

    private static byte[] record() throws IOException {
        try (InputStream in = IssuedCreditTest.class.getResourceAsStream("/events/credential-recorded.json")) {
            return in.readAllBytes();
        }
    }
}
