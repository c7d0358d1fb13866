package org.credstack.issuance.achievement.domain;

/** How learners take part in the learning activity (EU Council Recommendation on micro-credentials, Annex I). */
public enum FormOfParticipation {
    ONLINE, ONSITE, BLENDED
}
