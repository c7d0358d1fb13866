package org.credstack.events;

import java.util.Locale;

/** The services that publish contract events; each owns one topic. */
public enum Service {
    ISSUANCE, WALLET, RECOGNITION;

    /** Lowercase identifier, for example {@code issuance}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The service's own stream, for example {@code credstack.issuance.v1}. */
    public String topic() {
        return "credstack." + id() + ".v1";
    }

    /** Where consumers put records of this topic they cannot process, for example {@code credstack.issuance.dlt}. */
    public String deadLetterTopic() {
        return "credstack." + id() + ".dlt";
    }

    /** The CloudEvents {@code source} of every event the service publishes, for example {@code /credstack/issuance}. */
    public String source() {
        return "/credstack/" + id();
    }
}
