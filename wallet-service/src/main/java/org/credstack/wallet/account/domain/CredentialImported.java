package org.credstack.wallet.account.domain;

/**
 * A credential issued elsewhere was imported. Internal to the wallet's event store, and only the fact: the
 * credential itself may name its holder, so it stays in the mutable import table.
 */
public record CredentialImported(String walletId, String importId, String outcome) {
}
