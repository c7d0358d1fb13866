package org.credstack.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyRowsTest {

    @Test
    void fields_are_escaped_as_copy_text_and_rows_end_with_a_newline() {
        CopyRows rows = new CopyRows().text("a\tb").text(null).number(42).endRow()
                .text("line\nbreak\r\\end").endRow();
        assertThat(rows.text()).isEqualTo("a\\tb\t\\N\t42\nline\\nbreak\\r\\\\end\n");
        assertThat(rows.rows()).isEqualTo(2);
    }

    @Test
    void a_byte_slice_is_copied_escaped_and_multibyte_text_untouched() {
        byte[] json = "{\"name\":\"Zoë \\\"Z\\\"\"}".getBytes(StandardCharsets.UTF_8);
        CopyRows rows = new CopyRows().bytes(json, 0, json.length).endRow();
        assertThat(rows.text()).isEqualTo("{\"name\":\"Zoë \\\\\"Z\\\\\"\"}\n");
    }

    @Test
    void an_array_literal_quotes_its_elements() {
        CopyRows rows = new CopyRows().textArray(List.of("http://x/a", "say \"hi\"")).textArray(List.of()).endRow();
        assertThat(rows.text()).isEqualTo("{\"http://x/a\",\"say \\\\\"hi\\\\\"\"}\t{}\n");
    }

    @Test
    void a_buffer_grows_past_its_first_size() {
        CopyRows rows = new CopyRows();
        String big = "x".repeat(200_000);
        rows.text(big).endRow();
        assertThat(rows.text()).hasSize(200_001);
    }
}
