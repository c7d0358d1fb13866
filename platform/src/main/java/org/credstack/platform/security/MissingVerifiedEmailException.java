package org.credstack.platform.security;

/** A learner operation called with a token that carries no e-mail address the provider verified (403). */
public class MissingVerifiedEmailException extends RuntimeException {
    public MissingVerifiedEmailException() {
        super("The bearer token carries no verified e-mail address ('email' with 'email_verified' true); a learner's "
                + "wallet is found by it");
    }
}
