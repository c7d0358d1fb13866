package org.credstack.recognition.qualification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.credstack.platform.persistence.NativeRows;

/**
 * Serialises one institution's changes of one kind, on every replica, until the caller's transaction ends (a
 * PostgreSQL advisory lock). A check that reads other rows and the command it guards then see the same world: two
 * qualifications cannot each be saved nesting the other, two equal credit transfer rules cannot both be recorded.
 * Institutions never wait for one another, and such changes are rare enough to queue.
 */
@ApplicationScoped
public class TenantLock {

    @Inject
    EntityManager em;

    public void lock(String kind, String tenant) {
        NativeRows.select(em, "SELECT true FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS locked",
                kind + ":" + tenant);
    }
}
