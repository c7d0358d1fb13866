package org.credstack.vc.verification;

/**
 * The issuers credstack knows (the wallet's issuer directory). An interface so that this library needs no database:
 * the service that verifies supplies the lookup. Not knowing an issuer is no fault of the credential.
 */
@FunctionalInterface
public interface IssuerDirectory {

    /** Whether the issuer id (a DID or URL) is a registered credstack issuer. */
    boolean knows(String issuerId);

    /** A directory that knows nobody (every issuer is reported as not known to credstack). */
    static IssuerDirectory empty() {
        return issuerId -> false;
    }
}
