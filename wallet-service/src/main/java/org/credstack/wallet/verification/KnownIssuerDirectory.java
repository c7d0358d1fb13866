package org.credstack.wallet.verification;

import jakarta.enterprise.context.ApplicationScoped;
import org.credstack.platform.issuerdirectory.KnownIssuer;
import org.credstack.vc.verification.IssuerDirectory;

/** The verifier's view of the wallet's issuer directory projection: an issuer is known when its DID is listed. */
@ApplicationScoped
public class KnownIssuerDirectory implements IssuerDirectory {

    @Override
    public boolean knows(String issuerId) {
        return KnownIssuer.count("did", issuerId) > 0;
    }
}
