package org.credstack.events.cloudevents;

/**
 * The Kafka headers of a CloudEvents 1.0 record in binary content mode (Kafka protocol binding: each attribute is a
 * header named {@code ce_<attribute>}, the data content type is the {@code content-type} header). Extension names
 * are lowercase letters and digits only, as the CloudEvents specification requires.
 */
public final class CloudEventHeaders {

    public static final String SPECVERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    /** The aggregate id, also the record key. */
    public static final String SUBJECT = "ce_subject";
    /** When the event occurred, RFC 3339 in UTC. */
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    public static final String TENANT = "ce_tenant";
    public static final String ACTOR = "ce_actor";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    /** The aggregate sequence number, zero-padded to {@link #SEQUENCE_DIGITS} digits so that it sorts as text. */
    public static final String SEQUENCE = "ce_sequence";

    public static final String SPECVERSION_VALUE = "1.0";
    public static final String JSON = "application/json";
    public static final int SEQUENCE_DIGITS = 20;

    private CloudEventHeaders() {
    }
}
