package org.credstack.vc.did;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The hosts outbound fetches may reach. Patterns: {@code example.edu} (that host), {@code *.example.edu} (any
 * subdomain, not the domain itself), either with {@code :port} to allow only that port, and IP literals
 * ({@code 127.0.0.1}, {@code [::1]}). Matching is case-insensitive. Nothing is implied: loopback hosts are allowed
 * only when listed.
 */
public final class HostAllowList {

    private record Pattern(String host, boolean wildcard, int port) {
    }

    private final List<Pattern> patterns;
    private final List<String> source;

    private HostAllowList(List<Pattern> patterns, List<String> source) {
        this.patterns = patterns;
        this.source = source;
    }

    /** @throws IllegalArgumentException on an empty pattern, a bare {@code *} or a bad port */
    public static HostAllowList of(Collection<String> patterns) {
        List<Pattern> parsed = new ArrayList<>();
        for (String raw : patterns) {
            parsed.add(parse(raw));
        }
        return new HostAllowList(List.copyOf(parsed), List.copyOf(patterns));
    }

    public static HostAllowList of(String... patterns) {
        return of(List.of(patterns));
    }

    /** Allows nothing. */
    public static HostAllowList none() {
        return of(List.of());
    }

    /** Whether a host (as {@link java.net.URI#getHost()} gives it) and port (-1: the scheme's default) may be reached. */
    public boolean permits(String host, int port) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = normalize(host);
        for (Pattern p : patterns) {
            if (p.port() >= 0 && p.port() != port) {
                continue;
            }
            if (p.wildcard() ? h.endsWith("." + p.host()) : h.equals(p.host())) {
                return true;
            }
        }
        return false;
    }

    /** The patterns as given. */
    public List<String> patterns() {
        return source;
    }

    private static Pattern parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Empty host pattern");
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        int port = -1;
        String host = s;
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                throw new IllegalArgumentException("Bad IPv6 host pattern " + raw);
            }
            host = s.substring(0, end + 1);
            if (end + 1 < s.length()) {
                port = port(s.substring(end + 1), raw);
            }
        } else if (s.indexOf(':') >= 0) {
            int colon = s.lastIndexOf(':');
            host = s.substring(0, colon);
            port = port(s.substring(colon), raw);
        }
        boolean wildcard = host.startsWith("*.");
        if (wildcard) {
            host = host.substring(2);
        }
        if (host.isEmpty() || host.contains("*")) {
            throw new IllegalArgumentException("Bad host pattern " + raw + ": only a leading '*.' is allowed");
        }
        return new Pattern(normalize(host), wildcard, port);
    }

    private static int port(String colonPort, String raw) {
        try {
            int port = Integer.parseInt(colonPort.substring(1));
            if (!colonPort.startsWith(":") || port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Bad port in host pattern " + raw);
        }
    }

    private static String normalize(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    @Override
    public String toString() {
        return "HostAllowList" + source;
    }
}
