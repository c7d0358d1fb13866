package org.credstack.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonSkimTest {

    private static final JsonSkim.Name ID = JsonSkim.Name.of("id");
    private static final JsonSkim.Name NAME = JsonSkim.Name.of("name");
    private static final JsonSkim.Name INNER = JsonSkim.Name.of("inner");

    @Test
    void wanted_fields_are_read_and_nested_values_skipped_whatever_they_hold() throws IOException {
        Map<String, String> read = read("{ \"skip\": {\"a\": [1, {\"b\": \"}]\\\"\"}], \"c\": null},\n"
                + "\"id\" : \"x-1\", \"list\": [[], {}], \"name\": \"Zo\u00eb \\\"Z\\\" \\u00e9\\n\", \"n\": 7.50,"
                + " \"t\": true }  ");
        assertThat(read).containsExactly(Map.entry("id", "x-1"), Map.entry("name", "Zo\u00eb \"Z\" \u00e9\n"));
    }

    @Test
    void scalars_read_as_their_text_and_null_as_null() throws IOException {
        JsonSkim skim = skim("{\"n\": 7.50, \"t\": true, \"z\": null, \"inner\": {\"id\": -2e3}}");
        skim.enterObject();
        StringBuilder seen = new StringBuilder();
        while (skim.nextField()) {
            if (skim.is(INNER)) {
                skim.enterObject();
                while (skim.nextField()) {
                    seen.append(skim.is(ID)).append('=').append(skim.text()).append(';');
                }
            } else {
                seen.append(skim.text()).append(';');
            }
        }
        skim.end();
        assertThat(seen).hasToString("7.50;true;null;true=-2e3;");
    }

    @Test
    void a_name_written_with_escapes_still_matches() throws IOException {
        assertThat(read("{\"\\u0069d\": \"escaped\"}")).containsExactly(Map.entry("id", "escaped"));
    }

    @Test
    void an_empty_object_has_no_fields() throws IOException {
        assertThat(read("{}")).isEmpty();
    }

    @Test
    void broken_shapes_are_refused_not_read_past() {
        assertThatThrownBy(() -> read("{\"skip\": {\"a\": [1}, \"id\": \"x\"}")).isInstanceOf(IOException.class)
                .hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> read("{\"id\": \"x")).isInstanceOf(IOException.class)
                .hasMessageContaining("unterminated");
        assertThatThrownBy(() -> read("{\"id\": \"x\"} trailing")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("{\"id\" \"x\"}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("[1]")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("{\"id\": \"x\" \"name\": \"y\"}")).isInstanceOf(IOException.class);
    }

    /** The id and name fields, skipping everything else. */
    private static Map<String, String> read(String json) throws IOException {
        JsonSkim skim = skim(json);
        Map<String, String> read = new LinkedHashMap<>();
        skim.enterObject();
        while (skim.nextField()) {
            if (skim.is(ID)) {
                read.put("id", skim.text());
            } else if (skim.is(NAME)) {
                read.put("name", skim.text());
            } else {
                skim.skipValue();
            }
        }
        skim.end();
        return read;
    }

    private static JsonSkim skim(String json) {
        return new JsonSkim(json.getBytes(StandardCharsets.UTF_8));
    }
}
