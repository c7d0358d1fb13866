package org.credstack.issuance.key;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
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
    static final String PREVIOUS_PROPERTY = "credstack.keys.previous-master-keys";

    @ConfigProperty(name = KEY_PROPERTY)
    Optional<String> masterKey;
    @ConfigProperty(name = "credstack.keys.master-key-id")
    String masterKeyId;
    /** During a master-key rotation: the old keys as {@code id=base64} pairs, comma-separated. */
    @ConfigProperty(name = PREVIOUS_PROPERTY)
    Optional<String> previousMasterKeys;

    @Produces
    @Startup
    @ApplicationScoped
    EnvelopeEncryption envelopeEncryption() {
        return fromConfiguration(masterKey, masterKeyId, previousMasterKeys);
    }

    static EnvelopeEncryption fromConfiguration(Optional<String> base64Key, String keyId) {
        return fromConfiguration(base64Key, keyId, Optional.empty());
    }

    static EnvelopeEncryption fromConfiguration(Optional<String> base64Key, String keyId, Optional<String> previous) {
        String value = base64Key.map(String::trim).filter(v -> !v.isEmpty()).orElseThrow(() ->
                new IllegalStateException("No master key for issuer keys: set " + KEY_PROPERTY
                        + " (environment variable CREDSTACK_KEYS_MASTER_KEY, for example from a Kubernetes Secret) "
                        + "to the base64 encoding of 32 random bytes, for example `openssl rand -base64 32`"));
        return new EnvelopeEncryption(decode(KEY_PROPERTY, value), keyId, previous(previous.orElse("")));
    }

    private static Map<String, byte[]> previous(String pairs) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String pair : pairs.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(PREVIOUS_PROPERTY + " must be id=base64 pairs separated by commas");
            }
            String id = pair.substring(0, eq).trim();
            keys.put(id, decode(PREVIOUS_PROPERTY + " (" + id + ")", pair.substring(eq + 1).trim()));
        }
        return keys;
    }

    private static byte[] decode(String what, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " is not valid base64");
        }
        if (key.length != EnvelopeEncryption.KEY_BYTES) {
            throw new IllegalStateException(what + " must decode to 32 bytes (AES-256), not " + key.length);
        }
        return key;
    }
}
