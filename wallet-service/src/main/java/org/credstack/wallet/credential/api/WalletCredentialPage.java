package org.credstack.wallet.credential.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the wallet's credentials, newest first")
public record WalletCredentialPage(List<WalletCredentialView> items,
                                   @Schema(description = "Pass as cursor for the next page; absent on the last")
                                   String nextCursor) {
}
