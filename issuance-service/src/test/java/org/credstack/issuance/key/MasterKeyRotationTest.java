package org.credstack.issuance.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.credstack.devstack.CredstackTestResource;
import org.junit.jupiter.api.Test;

/**
 * A master-key rotation: the new key configured, the old one listed as previous. Runs against a database of its
 * own, so that the other tests' keys stay under the usual test master key.
 */
@QuarkusTest
@TestProfile(MasterKeyRotationTest.Rotating.class)
class MasterKeyRotationTest {

    static final byte[] OLD = new byte[32];
    static final byte[] NEW = new byte[32];

    static {
        new SecureRandom().nextBytes(OLD);
        new SecureRandom().nextBytes(NEW);
    }

    public static class Rotating implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("credstack.keys.master-key", Base64.getEncoder().encodeToString(NEW),
                    "credstack.keys.master-key-id", "rotated-2",
                    "credstack.keys.previous-master-keys", "rotated-1=" + Base64.getEncoder().encodeToString(OLD));
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CredstackTestResource.class,
                    Map.of(CredstackTestResource.SERVICE_ARG, "issuance_key_rotation")));
        }
    }

    @Inject
    IssuerKeyStore store;
    @Inject
    IssuerSigningKeys signingKeys;
    @Inject
    EntityManager em;

    @Test
    void keys_under_the_previous_master_key_are_re_wrapped_under_the_new_one_and_still_sign() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        String issuer = "rotation-university";
        String keyId = "did:web:localhost%3A8081:issuers:" + issuer + "#key-1";
        SealedKey sealed = new EnvelopeEncryption(OLD, "rotated-1").seal(keyId, seed);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO issuer_key (key_id, issuer_id, "
                        + "algorithm, key_number, public_key_multibase, encrypted_private_key, private_key_iv, "
                        + "wrapped_data_key, data_key_iv, master_key_id, status, created_at) VALUES (?1, ?2, 'Ed25519', "
                        + "1, 'z6Mk-test', ?3, ?4, ?5, ?6, 'rotated-1', 'ACTIVE', ?7)")
                .setParameter(1, keyId).setParameter(2, issuer).setParameter(3, sealed.ciphertext())
                .setParameter(4, sealed.iv()).setParameter(5, sealed.wrappedDataKey())
                .setParameter(6, sealed.dataKeyIv()).setParameter(7, Instant.now()).executeUpdate());

        int[] result = QuarkusTransaction.requiringNew().call(store::rewrapUnderCurrentMasterKey);

        assertThat(result).containsExactly(1, 0);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT master_key_id FROM issuer_key WHERE key_id = ?1").setParameter(1, keyId).getSingleResult()))
                .isEqualTo("rotated-2");
        assertThat(signingKeys.activeEd25519(issuer).privateKey().seed()).isEqualTo(seed);
        assertThat(QuarkusTransaction.requiringNew().call(store::rewrapUnderCurrentMasterKey)).containsExactly(0, 0);
    }
}
