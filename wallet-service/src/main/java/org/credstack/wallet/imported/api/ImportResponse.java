package org.credstack.wallet.imported.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.credstack.wallet.imported.application.Imports;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A credential imported from elsewhere, with the verification report made on import")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportResponse(String id, @Schema(description = "data-integrity or vc-jwt") String format,
                             String credentialId, String issuer,
                             @Schema(description = "VALID, INVALID (expired, revoked...) or NOT_VERIFIABLE") String outcome,
                             @JsonRawValue @Schema(description = "The verifier's report") String verification,
                             @JsonRawValue String credential, String credentialJwt, Instant importedAt) {

    static ImportResponse of(Imports.Imported i, boolean withCredential) {
        return new ImportResponse(i.importId(), i.format(), i.credentialId(), i.issuer(), i.outcome(), i.report(),
                withCredential ? i.credential() : null, withCredential ? i.credentialJwt() : null, i.importedAt());
    }
}
