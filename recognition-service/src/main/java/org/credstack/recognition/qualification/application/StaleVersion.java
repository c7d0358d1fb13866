package org.credstack.recognition.qualification.application;

/** If-Match named a version the qualification is no longer at (412): the client read it, then it changed. */
public class StaleVersion extends RuntimeException {

    public StaleVersion(String qualificationId, Long expected) {
        super("Qualification " + qualificationId + " has changed since version " + expected
                + " (If-Match): read it again, then retry with its ETag");
    }
}
