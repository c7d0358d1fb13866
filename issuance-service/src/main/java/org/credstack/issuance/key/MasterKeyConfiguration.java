package org.credstack.issuance.key;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The master key that wraps every data key, from configuration: {@code credstack.keys.master-key} (base64 of 32
 * bytes; in production the environment variable {@code CREDSTACK_KEYS_MASTER_KEY} from a Kubernetes Secret) and
 * {@code credstack.keys.master-key-id}. There is no default: without a master key the service does not start.
 */
@ApplicationScoped
public class MasterKeyConfiguration {

    static final String KEY_PROPERTY = "credstack.keys.master-key";

    @ConfigProperty(name = KEY_PROPERTY)
    Optional<String> masterKey;
    @ConfigProperty(name = "credstack.keys.master-key-id")
    String masterKeyId;

    @Produces
    @Startup
    @ApplicationScoped
    EnvelopeEncryption envelopeEncryption() {
        return fromConfiguration(masterKey, masterKeyId);
    }

    static EnvelopeEncryption fromConfiguration(Optional<String> base64Key, String keyId) {
        String value = base64Key.map(String::trim).filter(v -> !v.isEmpty()).orElseThrow(() ->
                new IllegalStateException("No master key for issuer keys: set " + KEY_PROPERTY
                        + " (environment variable CREDSTACK_KEYS_MASTER_KEY, for example from a Kubernetes Secret) "
                        + "to the base64 encoding of 32 random bytes, for example `openssl rand -base64 32`"));
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY_PROPERTY + " is not valid base64");
        }
        if (key.length != EnvelopeEncryption.KEY_BYTES) {
            throw new IllegalStateException(KEY_PROPERTY + " must decode to 32 bytes (AES-256), not " + key.length);
        }
        return new EnvelopeEncryption(key, keyId);
    }
}
