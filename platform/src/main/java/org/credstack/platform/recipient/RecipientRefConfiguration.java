package org.credstack.platform.recipient;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform secret under which recipientRefs are computed, from {@code credstack.recipient-ref.secret} (its
 * UTF-8 bytes; in production the environment variable {@code CREDSTACK_RECIPIENT_REF_SECRET} from the Kubernetes
 * Secret all services share). There is no default: without it the service does not start, since refs computed under
 * another secret would never match the other services' refs of the same learner.
 */
@ApplicationScoped
public class RecipientRefConfiguration {

    static final String SECRET_PROPERTY = "credstack.recipient-ref.secret";
    /** HMAC-SHA-256 keys shorter than the hash (32 bytes) weaken it (RFC 2104, section 3). */
    static final int MIN_BYTES = 32;

    @ConfigProperty(name = SECRET_PROPERTY)
    Optional<String> secret;

    @Produces
    @Startup
    @ApplicationScoped
    RecipientRefs recipientRefs() {
        return fromConfiguration(secret);
    }

    static RecipientRefs fromConfiguration(Optional<String> value) {
        String text = value.map(String::trim).filter(v -> !v.isEmpty()).orElseThrow(() ->
                new IllegalStateException("No platform secret for recipientRefs: set " + SECRET_PROPERTY
                        + " (environment variable CREDSTACK_RECIPIENT_REF_SECRET, the Kubernetes Secret shared by "
                        + "all services) to at least " + MIN_BYTES + " random bytes of text, for example "
                        + "`openssl rand -base64 48`"));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException(SECRET_PROPERTY + " must be at least " + MIN_BYTES + " bytes long");
        }
        return new RecipientRefs(bytes);
    }
}
