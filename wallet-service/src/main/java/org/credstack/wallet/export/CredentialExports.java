package org.credstack.wallet.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.credstack.wallet.account.application.LearnerWallet;
import org.credstack.wallet.credential.projection.WalletCredential;
import org.credstack.wallet.share.application.Shares;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exports that leave the wallet: the printable certificate and the LinkedIn certification. Both point at a share
 * link made for them (it appears in the learner's shares and can be withdrawn), whose page verifies the credential.
 */
@ApplicationScoped
public class CredentialExports {

    @Inject
    Shares shares;
    @ConfigProperty(name = "credstack.public-base-url")
    String publicBaseUrl;
    @ConfigProperty(name = "credstack.wallet.exports.link-validity", defaultValue = "P365D")
    java.time.Duration linkValidity;

    public byte[] pdf(LearnerWallet wallet, WalletCredential credential) {
        return CertificatePdf.of(credential, verificationLink(wallet, credential));
    }

    /** LinkedIn's "add a certification" URL, filled in (https://www.linkedin.com/profile/add). */
    public String linkedIn(LearnerWallet wallet, WalletCredential credential) {
        ZonedDateTime issued = credential.issuedAt().atZone(ZoneOffset.UTC);
        return "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
                + "&name=" + encode(credential.achievementName())
                + "&organizationName=" + encode(credential.issuerName())
                + "&issueYear=" + issued.getYear() + "&issueMonth=" + issued.getMonthValue()
                + "&certUrl=" + encode(verificationLink(wallet, credential))
                + "&certId=" + encode(credential.credentialId());
    }

    private String verificationLink(LearnerWallet wallet, WalletCredential credential) {
        Shares.ShareInfo share = shares.create(wallet, List.of(credential.credentialId()),
                Instant.now().plus(linkValidity), null);
        return publicBaseUrl.replaceAll("/+$", "") + "/s/" + share.token();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
