package org.credstack.recognition.rplclaim.application;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Evidence as a learner offers it in JSON, before it is checked. Which fields count depends on {@code kind}:
 * {@value #WALLET_CREDENTIAL} ({@code credentialId}, optionally the {@code consentId} that covers it),
 * {@value #EXTERNAL_CREDENTIAL} ({@code credential} with an embedded proof, or {@code jwt}) and
 * {@value #PORTFOLIO_LINK} ({@code url}). Files come by upload instead.
 */
public record EvidenceOffer(String kind, String credentialId, String consentId, ObjectNode credential, String jwt,
                            String url) {

    public static final String WALLET_CREDENTIAL = "wallet-credential";
    public static final String EXTERNAL_CREDENTIAL = "external-credential";
    public static final String PORTFOLIO_LINK = "portfolio-link";
}
