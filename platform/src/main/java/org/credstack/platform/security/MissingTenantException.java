package org.credstack.platform.security;

/** The token authenticates someone who acts for no tenant, on an endpoint that needs one. */
public class MissingTenantException extends RuntimeException {
    public MissingTenantException() {
        super("The bearer token carries no 'tenant' claim; this operation acts for an institution");
    }
}
