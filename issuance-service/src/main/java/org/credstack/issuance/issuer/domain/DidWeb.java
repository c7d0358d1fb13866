package org.credstack.issuance.issuer.domain;

import java.net.URI;
import java.util.Locale;

/**
 * did:web identifiers under the deployment's public base URL (W3C did:web: the host, a port as {@code %3A}, then
 * the path segments joined by colons). Plain http is accepted for loopback hosts only.
 */
public final class DidWeb {

    private DidWeb() {
    }

    public static String forIssuer(URI publicBaseUrl, String issuerId) {
        String host = publicBaseUrl.getHost().toLowerCase(Locale.ROOT);
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        if (!"https".equals(publicBaseUrl.getScheme()) && !("http".equals(publicBaseUrl.getScheme()) && loopback)) {
            throw new IllegalArgumentException("The public base URL must be https (http only for loopback hosts): "
                    + publicBaseUrl);
        }
        StringBuilder did = new StringBuilder("did:web:").append(host);
        if (publicBaseUrl.getPort() != -1) {
            did.append("%3A").append(publicBaseUrl.getPort());
        }
        String path = publicBaseUrl.getPath() == null ? "" : publicBaseUrl.getPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                did.append(':').append(segment);
            }
        }
        return did.append(":issuers:").append(issuerId).toString();
    }
}
