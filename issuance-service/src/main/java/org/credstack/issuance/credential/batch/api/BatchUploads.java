package org.credstack.issuance.credential.batch.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.credstack.issuance.credential.api.IssueCredentialRequest;
import org.credstack.issuance.credential.batch.application.BatchRejected;
import org.credstack.issuance.credential.batch.application.RowErrors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads an upload (a JSON array of rows, or CSV) and checks each row as POST /v1/credentials checks its body
 * (the same bean constraints, the same strict JSON), plus the order of its dates. Refusals name the row and field.
 */
@ApplicationScoped
class BatchUploads {

    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;
    @ConfigProperty(name = "credstack.batches.max-rows", defaultValue = "100000")
    int maxRows;

    List<IssueCredentialRequest> json(InputStream body) {
        List<IssueCredentialRequest> rows = new ArrayList<>();
        ObjectReader reader = mapper.readerFor(IssueCredentialRequest.class);
        try (JsonParser parser = mapper.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw BatchRejected.of(BatchRejected.Kind.INVALID, "rows", first == null ? "the body is empty: send "
                        + "a JSON array of rows" : "must be a JSON array of rows");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (rows.size() >= maxRows) {
                    throw CsvRows.tooLarge(maxRows);
                }
                rows.add(token == JsonToken.VALUE_NULL ? null : element(reader, parser, rows.size()));
            }
            if (parser.nextToken() != null) {
                throw BatchRejected.of(BatchRejected.Kind.INVALID, "rows", "unexpected content after the array");
            }
        } catch (JsonProcessingException e) {
            throw BatchRejected.of(BatchRejected.Kind.INVALID, "rows", "the body is not valid JSON: "
                    + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checked(rows);
    }

    private static IssueCredentialRequest element(ObjectReader reader, JsonParser parser, int index)
            throws IOException {
        try {
            return reader.readValue(parser);
        } catch (MismatchedInputException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining());
            throw BatchRejected.of(BatchRejected.Kind.INVALID, RowErrors.row(index) + path,
                    e instanceof UnrecognizedPropertyException ? "unknown field" : "wrong type or format");
        }
    }

    List<IssueCredentialRequest> csv(InputStream body, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return checked(CsvRows.read(new InputStreamReader(body, decoder), maxRows));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw BatchRejected.of(BatchRejected.Kind.INVALID, "rows", "the body is not valid " + charset.name());
            }
            throw e;
        }
    }

    /** The bean constraints of each row, and its dates in order (as the credential will state them, in seconds). */
    private List<IssueCredentialRequest> checked(List<IssueCredentialRequest> rows) {
        RowErrors errors = new RowErrors();
        if (rows.isEmpty()) {
            errors.add("rows", "must contain at least one row");
        }
        Instant now = Instant.now();
        for (int i = 0; i < rows.size(); i++) {
            IssueCredentialRequest row = rows.get(i);
            String at = RowErrors.row(i);
            if (row == null) {
                errors.add(at, "must not be null");
                continue;
            }
            for (ConstraintViolation<IssueCredentialRequest> v : validator.validate(row)) {
                errors.add(at + "." + v.getPropertyPath(), v.getMessage());
            }
            Instant from = seconds(row.validFrom());
            Instant until = seconds(row.validUntil());
            if (until != null && from != null && !until.isAfter(from)) {
                errors.add(at + ".validUntil", "must be after validFrom");
            } else if (until != null && from == null && !until.isAfter(now)) {
                errors.add(at + ".validUntil", "must be in the future (validFrom is the time of issue when left out)");
            }
        }
        errors.throwIfAny(BatchRejected.Kind.INVALID);
        return rows;
    }

    private static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
