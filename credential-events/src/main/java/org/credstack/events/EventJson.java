package org.credstack.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of contract events, used by producers, consumers and the event stores alike.
 * <ul>
 *   <li>Dates and times are ISO-8601 strings ({@code Instant} as {@code 2025-03-01T09:30:00Z}, {@code Period} as
 *       {@code P2Y}), never epoch numbers.</li>
 *   <li>Null properties are omitted: an absent property and {@code null} mean the same, which is also what a consumer
 *       sees for a property added after the event was written. Empty lists are written.</li>
 *   <li>Unknown properties are ignored, so that additive changes within a version are safe for older consumers.</li>
 *   <li>Decimals are written plain ({@code 7.5}, never {@code 7.5E+0}); floating-point numbers inside embedded JSON
 *       (the signed credential) are read as exact decimals and keep their trailing zeros, so the document a consumer
 *       reads is the one that was signed.</li>
 * </ul>
 * The instance is shared: do not reconfigure it; {@link ObjectMapper#copy()} it to derive a differently
 * configured mapper.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private EventJson() {
    }

    /** The configured mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
