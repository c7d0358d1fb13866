package org.credstack.platform.web;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over REST (decision D13): an aggregate's ETag is its version (the last event's sequence
 * number); a client sends the one it saw back in {@code If-Match}, and Axon's target aggregate version turns a stale
 * one into a 409.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    public static final String DOC = "The ETag the client last saw (the aggregate version, such as \"0\"); a stale "
            + "one answers 409 stale-version. Without it the change applies to whatever version is current.";

    private IfMatch() {
    }

    /** The version in an If-Match header, or {@code null} when the header is absent or {@code *}. */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must be an ETag this API returned, such as \"0\"");
        }
    }

    public static EntityTag etag(long aggregateVersion) {
        return new EntityTag(Long.toString(aggregateVersion));
    }
}
