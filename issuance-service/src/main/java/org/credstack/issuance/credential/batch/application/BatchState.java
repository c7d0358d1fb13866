package org.credstack.issuance.credential.batch.application;

/** Where a batch stands: accepted (nothing processed yet), running, completed (every row issued or failed). */
public enum BatchState {
    ACCEPTED, RUNNING, COMPLETED
}
