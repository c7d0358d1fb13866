package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;

/**
 * One step in a claim's history.
 *
 * @param actor   the token subject of whoever took the step
 * @param details what the step recorded, in one line of English; never text the learner wrote
 */
public record TimelineEntry(Instant at, String actor, RplStep step, String details) {
}
