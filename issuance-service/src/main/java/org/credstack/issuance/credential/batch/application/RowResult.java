package org.credstack.issuance.credential.batch.application;

/**
 * The outcome of one processed row.
 *
 * @param row          the row's index in the upload, from 0
 * @param credentialId the credential issued, or {@code null} when it failed
 * @param reason       why it failed ({@code <rule>: <message>}), or {@code null} when it was issued
 */
public record RowResult(int row, Outcome outcome, String credentialId, String reason) {

    public enum Outcome {
        ISSUED, FAILED
    }

    static RowResult issued(int row, String credentialId) {
        return new RowResult(row, Outcome.ISSUED, credentialId, null);
    }

    static RowResult failed(int row, String reason) {
        return new RowResult(row, Outcome.FAILED, null, reason);
    }
}
