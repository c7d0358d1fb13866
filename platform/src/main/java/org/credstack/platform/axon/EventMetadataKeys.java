package org.credstack.platform.axon;

/** Keys of the Axon message metadata that every command and event carries (design: metadata cannot be added later). */
public final class EventMetadataKeys {
    public static final String TENANT = "tenant";
    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private EventMetadataKeys() {
    }
}
