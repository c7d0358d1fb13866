package org.credstack.wallet.account.api;

import java.time.Instant;
import java.util.List;
import org.credstack.wallet.account.application.LearnerWallet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's wallet: the verified addresses whose credentials it shows")
public record WalletResponse(
        @Schema(description = "The wallet (learner) id; LearnerErased and RecipientLinked name it") String walletId,
        List<Address> addresses) {

    @Schema(description = "A verified address")
    public record Address(String email,
                          @Schema(description = "HMAC of the address, as events and credentials name it")
                          String recipientRef,
                          Instant verifiedAt,
                          @Schema(description = "The address the caller signs in with (cannot be unlinked)")
                          boolean signIn) {
    }

    static WalletResponse of(LearnerWallet wallet) {
        return new WalletResponse(wallet.walletId(), wallet.addresses().stream()
                .map(a -> new Address(a.email(), a.recipientRef(), a.verifiedAt(),
                        a.recipientRef().equals(wallet.signInRef())))
                .toList());
    }
}
