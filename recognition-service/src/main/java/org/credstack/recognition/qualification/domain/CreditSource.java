package org.credstack.recognition.qualification.domain;

/** Where counted credits come from, in the order a component prefers them. */
public enum CreditSource {
    /** A credential of the component's own achievement. */
    CREDENTIAL,
    /** A nested qualification the learner is eligible for. */
    QUALIFICATION,
    /** A credential of an external achievement the rules accept in place of the component. */
    ACCEPTED_EQUIVALENT,
    /** A credential of an external achievement the institution's credit transfer rules count as the component. */
    CREDIT_TRANSFER,
    /** Credits from recognition of prior learning. */
    RPL;

    /** Whether these credits fall under maxRplShare: RPL and every kind of credit transfer. */
    public boolean capped() {
        return this == ACCEPTED_EQUIVALENT || this == CREDIT_TRANSFER || this == RPL;
    }
}
