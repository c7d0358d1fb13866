package org.credstack.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the subject, tenant, roles and (for learners) verified e-mail of the bearer token. Tenant
 * isolation is checked against {@link #tenant()} on every read and write.
 */
@RequestScoped
public class Caller {

    /** Claim naming the institution (issuer) a token acts for. */
    public static final String TENANT_CLAIM = "tenant";

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken jwt;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String subject() {
        return isAuthenticated() ? identity.getPrincipal().getName() : "anonymous";
    }

    public Optional<String> tenant() {
        return isAuthenticated() ? Optional.ofNullable(jwt.<String>getClaim(TENANT_CLAIM)) : Optional.empty();
    }

    /** The tenant, or a 403 problem when the token names none. */
    public String requireTenant() {
        return tenant().orElseThrow(() -> new MissingTenantException());
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The e-mail address the provider verified, if the token carries one. */
    public Optional<String> verifiedEmail() {
        if (!isAuthenticated() || !Boolean.TRUE.equals(jwt.<Boolean>getClaim("email_verified"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(jwt.<String>getClaim("email"));
    }

    /** The verified e-mail address, or a 403 problem when the token carries none. */
    public String requireVerifiedEmail() {
        return verifiedEmail().orElseThrow(MissingVerifiedEmailException::new);
    }

    /** The actor recorded on events: the token subject. */
    public String actor() {
        return subject();
    }
}
