package org.credstack.issuance.credential.batch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.credstack.issuance.credential.api.IssueCredentialRequest;
import org.credstack.issuance.credential.batch.application.BatchRejected;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    static List<List<String>> records(String csv) throws Exception {
        CsvRecords reader = new CsvRecords(new StringReader(csv));
        List<List<String>> records = new ArrayList<>();
        for (List<String> r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    static CsvRecords.MalformedCsv malformed(String csv) {
        try {
            records(csv);
        } catch (CsvRecords.MalformedCsv e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused: " + csv);
    }

    static BatchRejected rejected(String csv, int maxRows) {
        try {
            CsvRows.read(new StringReader(csv), maxRows);
        } catch (BatchRejected e) {
            return e;
        }
        throw new AssertionError("not refused: " + csv);
    }

    static List<String> fields(BatchRejected e) {
        return e.errors().stream().map(BatchRejected.FieldError::field).toList();
    }

    @Test
    void records_are_split_at_commas_and_line_breaks_keeping_empty_fields_and_whitespace() throws Exception {
        assertThat(records("a,b,c\r\n1,,3\r\n , x ,\r\n")).containsExactly(
                List.of("a", "b", "c"), List.of("1", "", "3"), List.of(" ", " x ", ""));
    }

    @Test
    void quoted_fields_hold_commas_doubled_quotes_and_line_breaks() throws Exception {
        assertThat(records("name,note\r\n\"Lovelace, Ada\",\"said \"\"hi\"\"\"\r\n\"two\r\nlines\",\"\"\r\n"))
                .containsExactly(List.of("name", "note"), List.of("Lovelace, Ada", "said \"hi\""),
                        List.of("two\r\nlines", ""));
    }

    @Test
    void lf_line_breaks_a_missing_last_line_break_blank_lines_and_a_byte_order_mark_are_accepted() throws Exception {
        assertThat(records("\uFEFFa,b\n\n1,2\n3,4")).containsExactly(List.of("a", "b"), List.of("1", "2"),
                List.of("3", "4"));
        assertThat(records("")).isEmpty();
        assertThat(records("a\r\n\r\n")).containsExactly(List.of("a"));
    }

    @Test
    void a_record_starting_after_a_multi_line_field_knows_its_line() throws Exception {
        CsvRecords reader = new CsvRecords(new StringReader("h\r\n\"x\r\ny\"\r\nz\r\n"));
        reader.next();
        reader.next();
        assertThat(reader.recordLine()).isEqualTo(2);
        assertThat(reader.next()).containsExactly("z");
        assertThat(reader.recordLine()).isEqualTo(4);
    }

    @Test
    void broken_quoting_is_refused_with_line_and_field() {
        CsvRecords.MalformedCsv unterminated = malformed("a,b\r\n1,\"open\r\n");
        assertThat(unterminated.line()).isEqualTo(2);
        assertThat(unterminated.field()).isEqualTo(2);
        assertThat(unterminated.getMessage()).contains("not closed");

        CsvRecords.MalformedCsv strayQuote = malformed("a,b\r\n1,ab\"c\r\n");
        assertThat(strayQuote.line()).isEqualTo(2);
        assertThat(strayQuote.field()).isEqualTo(2);

        CsvRecords.MalformedCsv afterClosing = malformed("a,b\r\n\"x\"y,2\r\n");
        assertThat(afterClosing.field()).isEqualTo(1);
        assertThat(afterClosing.getMessage()).contains("closing quote");
    }

    @Test
    void columns_in_any_order_fill_the_fields_of_the_json_row_and_empty_cells_are_left_out() {
        List<IssueCredentialRequest> rows = CsvRows.read(new StringReader(
                "email,displayName,achievementId,achievementVersion,validFrom,validUntil,learnerId\r\n"
                        + "ada@student.example,\"Lovelace, Ada\",ach-1,2,2026-12-01T00:00:00Z,2027-12-01T00:00:00Z,s1\r\n"
                        + "grace@student.example,,ach-1,,,,\r\n"), 10);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new IssueCredentialRequest("ach-1", 2,
                new IssueCredentialRequest.RecipientFields("ada@student.example", "s1", "Lovelace, Ada"),
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-12-01T00:00:00Z")));
        assertThat(rows.get(1)).isEqualTo(new IssueCredentialRequest("ach-1", null,
                new IssueCredentialRequest.RecipientFields("grace@student.example", null, null), null, null));
    }

    @Test
    void only_achievement_id_and_email_columns_are_required() {
        assertThat(CsvRows.read(new StringReader("achievementId,email\nach-1,a@b.example\n"), 10)).hasSize(1);
        BatchRejected missing = rejected("achievementId,learnerId\nach-1,s1\n", 10);
        assertThat(fields(missing)).containsExactly("email");
        assertThat(missing.kind()).isEqualTo(BatchRejected.Kind.INVALID);
    }

    @Test
    void an_unknown_or_duplicate_column_is_refused_naming_it() {
        BatchRejected unknown = rejected("achievementId,email,status\nach-1,a@b.example,REVOKED\n", 10);
        assertThat(fields(unknown)).containsExactly("status");
        assertThat(unknown.errors().get(0).message()).contains("unknown column");
        assertThat(fields(rejected("achievementId,email,email\nach-1,a@b.example,c@d.example\n", 10)))
                .containsExactly("email");
    }

    @Test
    void malformed_rows_are_named_by_row_index_and_field_with_the_csv_line() {
        BatchRejected e = rejected("achievementId,email,achievementVersion,validFrom\r\n"
                + "ach-1,a@b.example,1,2026-12-01T00:00:00Z\r\n"
                + "ach-1,b@b.example,two,2026-12-01T00:00:00Z\r\n"
                + "ach-1,c@b.example,1,yesterday\r\n"
                + "ach-1,d@b.example\r\n", 10);
        assertThat(fields(e)).containsExactly("rows[1].achievementVersion", "rows[2].validFrom", "rows[3]");
        assertThat(e.errors().get(1).message()).contains("ISO-8601").contains("CSV line 4");
        assertThat(e.errors().get(2).message()).contains("2 fields").contains("header has 4");

        BatchRejected quoting = rejected("achievementId,email,displayName\r\nach-1,a@b.example,\"Ada\r\n", 10);
        assertThat(fields(quoting)).containsExactly("rows[0].recipient.displayName");
        assertThat(quoting.errors().get(0).message()).contains("CSV line 2");
    }

    @Test
    void an_empty_upload_a_header_alone_and_too_many_rows_are_refused() {
        assertThat(fields(rejected("", 10))).containsExactly("rows");
        assertThat(fields(rejected("achievementId,email\r\n", 10))).containsExactly("rows");
        BatchRejected tooMany = rejected("achievementId,email\na,1@b.example\na,2@b.example\na,3@b.example\n", 2);
        assertThat(tooMany.kind()).isEqualTo(BatchRejected.Kind.TOO_LARGE);
        assertThat(fields(tooMany)).containsExactly("rows");
        assertThat(CsvRows.read(new StringReader("achievementId,email\na,1@b.example\n"), 1)).hasSize(1);
    }
}
