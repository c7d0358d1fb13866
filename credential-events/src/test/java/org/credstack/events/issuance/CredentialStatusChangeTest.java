package org.credstack.events.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialStatusChangeTest {

    private static final String REF = "a".repeat(64);
    private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");
    private static final Instant EVENT_TIME = Instant.parse("2026-11-29T11:00:00Z");

    @Test
    void each_status_event_reads_as_its_status_with_its_own_time_where_it_carries_one() {
        assertEquals(new CredentialStatusChange("c1", "REVOKED", AT, "misconduct", null),
                CredentialStatusChange.of(new CredentialRevoked("c1", "uni", REF, "misconduct", AT), EVENT_TIME));
        assertEquals(new CredentialStatusChange("c1", "SUSPENDED", EVENT_TIME, "inquiry", null),
                CredentialStatusChange.of(new CredentialSuspended("c1", "uni", REF, "inquiry"), EVENT_TIME));
        assertEquals(new CredentialStatusChange("c1", "ACTIVE", EVENT_TIME, null, null),
                CredentialStatusChange.of(new CredentialReinstated("c1", "uni", REF), EVENT_TIME));
        assertEquals(new CredentialStatusChange("c1", "EXPIRED", AT, null, null),
                CredentialStatusChange.of(new CredentialExpired("c1", "uni", REF, AT), EVENT_TIME));
        assertEquals(new CredentialStatusChange("c1", "REPLACED", EVENT_TIME, "typo", "c2"),
                CredentialStatusChange.of(new CredentialReplaced("c1", "uni", REF, "c2", "typo"), EVENT_TIME));
    }

    @Test
    void an_event_that_changes_no_status_reads_as_none() {
        assertNull(CredentialStatusChange.of("not an event", EVENT_TIME));
    }
}
