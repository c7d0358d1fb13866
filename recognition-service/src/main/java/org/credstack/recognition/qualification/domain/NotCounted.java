package org.credstack.recognition.qualification.domain;

/**
 * An item that could fill a component but does not fill it, with the reason a registrar can tell the learner
 * ("revoked", "EQF level 5 is below the minimum of 6", "already counted for 'Statistics'").
 */
public record NotCounted(String itemId, String component, String reason) {
}
