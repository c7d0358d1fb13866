package org.credstack.wallet.account.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A learner's wallet as its owner sees it: the verified addresses whose credentials it shows. */
public record LearnerWallet(String walletId, String signInRef, List<Address> addresses) {

    /** A verified address: e-mail, its recipientRef and when control was proven. */
    public record Address(String email, String recipientRef, Instant verifiedAt) {
    }

    public LearnerWallet {
        addresses = List.copyOf(addresses);
    }

    /** The recipientRefs of every linked address. */
    public Set<String> recipientRefs() {
        return addresses.stream().map(Address::recipientRef).collect(Collectors.toUnmodifiableSet());
    }
}
