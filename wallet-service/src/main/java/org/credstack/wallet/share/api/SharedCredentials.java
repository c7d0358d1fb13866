package org.credstack.wallet.share.api;

import java.time.Instant;
import java.util.List;
import org.credstack.vc.verification.VerificationReport;
import org.credstack.wallet.credential.api.WalletCredentialView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a share link shows: each credential with a verification made just now")
public record SharedCredentials(Instant expiresAt, List<Item> credentials) {

    @Schema(description = "A shared credential and its fresh verification report")
    public record Item(WalletCredentialView credential, VerificationReport verification) {
    }
}
