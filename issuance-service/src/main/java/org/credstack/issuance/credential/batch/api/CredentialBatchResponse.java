package org.credstack.issuance.credential.batch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.credstack.issuance.credential.batch.application.BatchStatus;
import org.credstack.issuance.credential.batch.application.RowResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A batch: its progress, and one page of the results of its processed rows")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CredentialBatchResponse(
        String id,
        @Schema(enumeration = {"accepted", "running", "completed"}) String status,
        @Schema(description = "Rows in the upload") int total,
        @Schema(description = "Rows issued or failed so far") int processed,
        int issued,
        int failed,
        @Schema(description = "Rows processed per second in the current run") double ratePerSecond,
        @Schema(description = "Estimated seconds until completed at the current rate; absent before a rate is known")
        Long etaSeconds,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        @Schema(description = "Processed rows in row order, after the cursor") List<Result> results,
        @Schema(description = "Pass as cursor for the next page; absent on the last page so far") String nextCursor) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
            @Schema(description = "The row's index in the upload, from 0 (the first row after a CSV header is 0)")
            int row,
            @Schema(enumeration = {"issued", "failed"}) String status,
            @Schema(description = "The credential issued, at GET /v1/credentials/{credentialId}") String credentialId,
            @Schema(description = "Why it failed: the rule broken and an explanation") String reason) {

        static Result of(RowResult result) {
            return new Result(result.row(), result.outcome().name().toLowerCase(Locale.ROOT), result.credentialId(),
                    result.reason());
        }
    }

    static CredentialBatchResponse of(BatchStatus batch, List<RowResult> results, String nextCursor, Instant now) {
        return new CredentialBatchResponse(batch.batchId(), batch.state().name().toLowerCase(Locale.ROOT),
                batch.total(), batch.processed(), batch.issued(), batch.failed(),
                Math.round(batch.ratePerSecond(now) * 10) / 10.0, batch.etaSeconds(now), batch.createdAt(),
                batch.startedAt(), batch.completedAt(), results.stream().map(Result::of).toList(), nextCursor);
    }
}
