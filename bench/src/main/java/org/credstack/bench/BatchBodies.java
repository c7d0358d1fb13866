package org.credstack.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Bodies of POST /v1/credential-batches with {@code rows} distinct recipients: a JSON array of rows shaped like the
 * single-issue body ({@code {"achievementId":..., "recipient":{"email":..., "learnerId":..., "displayName":...}}}),
 * or CSV with the header {@code achievementId,email,learnerId,displayName}. Row {@code i} is recipient
 * {@link IssuanceClient#recipientEmail(String, long)} of the tag, learner id {@code L<tag>-<i>}.
 */
final class BatchBodies {

    static final String CSV_HEADER = "achievementId,email,learnerId,displayName";

    private BatchBodies() {
    }

    static String json(String achievementId, String tag, int rows) {
        StringWriter out = new StringWriter(rows * 130);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartArray();
            for (int i = 0; i < rows; i++) {
                g.writeStartObject();
                g.writeStringField("achievementId", achievementId);
                g.writeObjectFieldStart("recipient");
                g.writeStringField("email", IssuanceClient.recipientEmail(tag, i));
                g.writeStringField("learnerId", learnerId(tag, i));
                g.writeStringField("displayName", displayName(i));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String csv(String achievementId, String tag, int rows) {
        StringBuilder out = new StringBuilder(rows * 100).append(CSV_HEADER).append("\r\n");
        for (int i = 0; i < rows; i++) {
            out.append(CsvResultWriter.escape(achievementId)).append(',')
                    .append(CsvResultWriter.escape(IssuanceClient.recipientEmail(tag, i))).append(',')
                    .append(CsvResultWriter.escape(learnerId(tag, i))).append(',')
                    .append(CsvResultWriter.escape(displayName(i))).append("\r\n");
        }
        return out.toString();
    }

    static String learnerId(String tag, int i) {
        return "L" + tag + "-" + i;
    }

    /** With a comma, so that the CSV form exercises quoting. */
    static String displayName(int i) {
        return "Learner " + i + ", Bench";
    }
}
