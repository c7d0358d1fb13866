package org.credstack.events.issuance;

import java.util.Objects;

/**
 * A skill an achievement develops, aligned to ESCO.
 *
 * @param uri         the ESCO skill URI, for example {@code http://data.europa.eu/esco/skill/...}
 * @param escoVersion the ESCO classification version the URI belongs to, for example {@code v1.2.0}
 * @param label       the preferred label, in the achievement's language
 */
public record Skill(String uri, String escoVersion, String label) {

    public Skill {
        Objects.requireNonNull(uri, "uri");
    }
}
