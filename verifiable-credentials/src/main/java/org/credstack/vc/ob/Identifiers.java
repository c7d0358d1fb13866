package org.credstack.vc.ob;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/** Input checks shared by the records of this package; every failure names the field. */
final class Identifiers {

    private Identifiers() {
    }

    static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String optionalText(String field, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank when given");
        }
        return value;
    }

    /** {@code urn:uuid:<uuid>}, an https URL, or an http URL on a loopback host (local development). */
    static String requireCredentialId(String field, String value) {
        requireText(field, value);
        if (value.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
            try {
                UUID uuid = UUID.fromString(value.substring(9));
                if (!uuid.toString().equalsIgnoreCase(value.substring(9))) {
                    throw new IllegalArgumentException(field + " is not a urn:uuid: " + value);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field + " is not a urn:uuid: " + value, e);
            }
            return value;
        }
        return requireHttpUrl(field, value);
    }

    /** An https URL, or an http URL on a loopback host; no fragment. */
    static String requireHttpUrl(String field, String value) {
        requireText(field, value);
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a URL: " + value, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(field + " must be an absolute URL with a host and no fragment: "
                    + value);
        }
        boolean loopback = "localhost".equalsIgnoreCase(host) || host.startsWith("127.") || "[::1]".equals(host);
        if (!"https".equals(scheme) && !("http".equals(scheme) && loopback)) {
            throw new IllegalArgumentException(field + " must be an https URL (http only on a loopback host): "
                    + value);
        }
        return value;
    }

    /** Any absolute URI (a scheme, then something). */
    static String requireAbsoluteUri(String field, String value) {
        requireText(field, value);
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException(field + " must be an absolute URI: " + value);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a URI: " + value, e);
        }
        return value;
    }

    static String optionalAbsoluteUri(String field, String value) {
        return value == null ? null : requireAbsoluteUri(field, value);
    }

    static String requireDid(String field, String value) {
        requireText(field, value);
        if (!value.matches("did:[a-z0-9]+:[A-Za-z0-9._:%\\-]+")) {
            throw new IllegalArgumentException(field + " must be a DID (did:<method>:<id>, no path or fragment): "
                    + value);
        }
        return value;
    }

    /** XML Schema dateTimeStamp in UTC, second precision: {@code 2025-01-15T10:00:00Z}. */
    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
