package org.credstack.recognition.rplclaim.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.credstack.recognition.rplclaim.application.EvidenceOffer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Evidence in JSON: a credential of the learner's wallet (under a consent), a credential "
        + "issued elsewhere (verified on arrival), or a link to a portfolio. Files are uploaded instead.")
public record EvidenceRequest(
        @Schema(description = "wallet-credential, external-credential or portfolio-link")
        @NotBlank @Pattern(regexp = "wallet-credential|external-credential|portfolio-link",
                message = "must be wallet-credential, external-credential or portfolio-link") String kind,
        @Schema(description = "wallet-credential: the credential's id in the wallet")
        @Size(max = 64) String credentialId,
        @Schema(description = "wallet-credential: the consent that covers it; any covering consent when absent")
        @Size(max = 64) String consentId,
        @Schema(description = "external-credential: the credential with its embedded proof (Data Integrity)")
        ObjectNode credential,
        @Schema(description = "external-credential: the compact VC-JWT instead") @Size(max = 200_000) String jwt,
        @Schema(description = "portfolio-link: an https URL") @Size(max = 2048) String url) {

    EvidenceOffer offer() {
        return new EvidenceOffer(kind, credentialId, consentId, credential, jwt, url);
    }
}
