package org.credstack.recognition.rplclaim.domain;

/** An assessor's finding on one learning outcome. */
public enum Verdict {
    MET,
    NOT_MET
}
