package org.credstack.recognition.progress.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A learner's progress toward one qualification version: the rules met and missing, the credits counted and where
 * they come from ({@code detail}, the evaluator's Progress).
 */
public record ProgressResponse(String qualificationId, String issuerId, String name, int version, boolean eligible,
        BigDecimal creditsRequired, BigDecimal totalCredits, JsonNode detail, Instant evaluatedAt) {
}
