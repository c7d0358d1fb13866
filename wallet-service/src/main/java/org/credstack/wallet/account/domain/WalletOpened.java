package org.credstack.wallet.account.domain;

/** A wallet was opened. Internal to the wallet's event store: RecipientLinked tells the other services. */
public record WalletOpened(String walletId) {
}
