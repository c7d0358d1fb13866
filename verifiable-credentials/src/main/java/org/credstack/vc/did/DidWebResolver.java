package org.credstack.vc.did;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.credstack.vc.crypto.Ed25519PublicKey;
import org.credstack.vc.dataintegrity.KeyResolutionException;
import org.credstack.vc.dataintegrity.KeyResolver;
import org.credstack.vc.jwt.JwtJson;
import org.credstack.vc.jwt.JwtPublicKey;

/**
 * The {@code did:web} method (W3C CCG did:web): {@code did:web:host%3Aport:path:segments} is resolved by fetching
 * {@code https://host:port/path/segments/did.json}, or {@code https://host/.well-known/did.json} when there is no
 * path. Plain http is used only for loopback hosts (localhost, 127.0.0.1, [::1]; the local stack), and only when
 * this resolver is told to ({@code httpForLoopback}, on by default). Every fetch goes through an
 * {@link OutboundFetchGuard} (allow-list, time-outs, size limit, no cross-host redirects, JSON content type). The
 * document's {@code id} must be the DID. Nothing is cached.
 *
 * <p>As a {@link KeyResolver} it resolves Ed25519 verification methods for Data Integrity;
 * {@link #resolveJwtKey(String)} resolves RSA, P-256 and Ed25519 keys for VC-JWT (see {@link DidJwtKeyResolver}).
 * Both check that the method is listed under the proof purpose ({@code assertionMethod} for JWTs).
 */
public final class DidWebResolver implements KeyResolver {

    public static final String PREFIX = "did:web:";
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");

    private final OutboundFetchGuard guard;
    private final boolean httpForLoopback;

    /** A resolver that uses plain http for loopback hosts (the local stack) and https everywhere else. */
    public DidWebResolver(OutboundFetchGuard guard) {
        this(guard, true);
    }

    public DidWebResolver(OutboundFetchGuard guard, boolean httpForLoopback) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.httpForLoopback = httpForLoopback;
    }

    /** The https URL of a did:web DID's document. @throws IllegalArgumentException for a malformed did:web */
    public static URI documentUrl(String did) {
        return documentUrl(did, false);
    }

    /**
     * The URL of a did:web DID's document; with {@code plainHttp}, an http URL, which is allowed for loopback hosts
     * only. A query or fragment on the DID is ignored.
     *
     * @throws IllegalArgumentException for a malformed did:web, or plain http for a host that is not loopback
     */
    public static URI documentUrl(String did, boolean plainHttp) {
        if (did == null || !did.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a did:web: " + did);
        }
        String id = did.substring(PREFIX.length());
        int end = indexOfAny(id, '#', '?', '/');
        if (end >= 0) {
            id = id.substring(0, end);
        }
        String[] parts = id.split(":", -1);
        if (!SEGMENT.matcher(parts[0]).matches()) {
            throw new IllegalArgumentException("Bad did:web domain in " + did);
        }
        String authority = decode(parts[0]);
        String host;
        int port = -1;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("Bad IPv6 host in " + did);
            }
            host = authority.substring(0, close + 1);
            if (close + 1 < authority.length()) {
                if (authority.charAt(close + 1) != ':') {
                    throw new IllegalArgumentException("Bad host in " + did);
                }
                portText = authority.substring(close + 2);
            }
            if (!host.substring(1, host.length() - 1).matches("[0-9A-Fa-f:.]+")) {
                throw new IllegalArgumentException("Bad IPv6 host in " + did);
            }
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
            if (!HOST_NAME.matcher(host).matches()) {
                throw new IllegalArgumentException("Bad did:web host '" + host + "' in " + did);
            }
        }
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535 || !portText.matches("\\d+")) {
                throw new IllegalArgumentException("Bad port '" + portText + "' in " + did);
            }
        }
        List<String> segments = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (!SEGMENT.matcher(parts[i]).matches()) {
                throw new IllegalArgumentException("Bad or empty path segment '" + parts[i] + "' in " + did);
            }
            String segment = decode(parts[i]);
            if (segment.equals(".") || segment.equals("..") || segment.contains("/") || segment.contains("\\")) {
                throw new IllegalArgumentException("Path segment '" + segment + "' not allowed in " + did);
            }
            segments.add(segment);
        }
        if (plainHttp && !OutboundFetchGuard.isLoopbackHost(host)) {
            throw new IllegalArgumentException("Plain http is allowed for loopback hosts only, not " + host);
        }
        String path = segments.isEmpty() ? "/.well-known/did.json" : "/" + String.join("/", segments) + "/did.json";
        try {
            return new URI(plainHttp ? "http" : "https", null, host, port, path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot form the document URL of " + did + ": " + e.getMessage(), e);
        }
    }

    /** Fetches and parses the DID document. @throws KeyResolutionException when malformed, refused or failed */
    public ObjectNode resolveDocument(String did) throws KeyResolutionException {
        URI url;
        try {
            URI https = documentUrl(did, false);
            boolean http = httpForLoopback && OutboundFetchGuard.isLoopbackHost(https.getHost());
            url = http ? documentUrl(did, true) : https;
        } catch (IllegalArgumentException e) {
            throw new KeyResolutionException(e.getMessage(), e);
        }
        byte[] body;
        try {
            body = guard.fetchJson(url);
        } catch (OutboundFetchException e) {
            throw new KeyResolutionException("Cannot fetch the DID document of " + did + ": " + e.getMessage(), e);
        }
        ObjectNode document;
        try {
            document = JwtJson.parseObject(body);
        } catch (IllegalArgumentException e) {
            throw new KeyResolutionException("The DID document of " + did + " at " + url + " is " + e.getMessage(), e);
        }
        if (!did.equals(DidDocuments.text(document.get("id")))) {
            throw new KeyResolutionException("The document at " + url + " has id " + document.get("id") + ", not " + did);
        }
        return document;
    }

    /** The verification method a did:web DID URL names, authorized for the purpose. */
    public ObjectNode verificationMethod(String didUrl, String purpose) throws KeyResolutionException {
        if (didUrl == null || !didUrl.startsWith(PREFIX)) {
            throw new KeyResolutionException("Not a did:web verification method: " + didUrl);
        }
        int hash = didUrl.indexOf('#');
        if (hash < 0) {
            throw new KeyResolutionException("A did:web verification method needs a fragment: " + didUrl);
        }
        String did = didUrl.substring(0, hash);
        if (did.indexOf('?') >= 0 || did.indexOf('/') >= 0) {
            throw new KeyResolutionException("DID URL paths and queries are not supported: " + didUrl);
        }
        return DidDocuments.verificationMethod(resolveDocument(did), didUrl, purpose);
    }

    /** As a {@link KeyResolver}: the Ed25519 key of a did:web method authorized for the proof purpose. */
    @Override
    public Ed25519PublicKey resolve(String verificationMethod, String proofPurpose) throws KeyResolutionException {
        return DidDocuments.ed25519PublicKey(verificationMethod(verificationMethod, proofPurpose));
    }

    /** The key a VC-JWT kid (did:web DID URL) names, which must be listed in {@code assertionMethod}. */
    public JwtPublicKey resolveJwtKey(String kid) throws KeyResolutionException {
        return DidDocuments.jwtPublicKey(verificationMethod(kid, "assertionMethod"));
    }

    private static String decode(String segment) {
        byte[] out = new byte[segment.length()];
        int n = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                out[n++] = (byte) Integer.parseInt(segment.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                out[n++] = (byte) c;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String s, char... chars) {
        int best = -1;
        for (char c : chars) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
