package org.credstack.issuance.achievement.api;

import jakarta.ws.rs.core.EntityTag;

/**
 * ETags of achievements are the aggregate version (the last event's sequence number); a client sends the one it
 * saw back in {@code If-Match}, and Axon's target aggregate version turns a stale one into a conflict.
 */
final class IfMatch {

    static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /** The version in an If-Match header, or {@code null} when the header is absent or {@code *}. */
    static Long expectedVersion(String header) {
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
            throw new IllegalArgumentException("If-Match must be an ETag this API returned, such as \"3\"");
        }
    }

    static EntityTag etag(long aggregateVersion) {
        return new EntityTag(Long.toString(aggregateVersion));
    }
}
