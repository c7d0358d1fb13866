package org.credstack.issuance.key;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.credstack.events.EventJson;
import org.credstack.events.issuance.IssuerKey;
import org.credstack.issuance.key.PublicIssuerKey.KeyStatus;

/**
 * The {@code issuer_key} table: public parts in the clear, private parts sealed by {@link EnvelopeEncryption}.
 * Writes join the caller's transaction, so keys are stored with the command that announces them.
 */
@ApplicationScoped
public class IssuerKeyStore {

    @Inject
    DataSource dataSource;
    @Inject
    EnvelopeEncryption envelope;

    /** Serialises key changes of one issuer until the transaction ends (across replicas). */
    public void lock(String issuerId) {
        execute("SELECT pg_advisory_xact_lock(hashtext('issuer_key:' || ?))", issuerId);
    }

    /** The number of the next key pair: one more than the highest so far, 1 for a new issuer. */
    public int nextNumber(String issuerId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(key_number), 0) + 1 FROM issuer_key WHERE issuer_id = ?")) {
            s.setString(1, issuerId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read issuer keys", e);
        }
    }

    public void retireActive(String issuerId, KeyAlgorithm algorithm, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE issuer_key SET status = 'RETIRED', retired_at = ? WHERE issuer_id = ? AND algorithm = ?"
                        + " AND status = 'ACTIVE'")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, issuerId);
            s.setString(3, algorithm.name());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not retire issuer keys", e);
        }
    }

    public void saveActive(String issuerId, GeneratedKey key, Instant at) {
        SealedKey sealed = envelope.seal(key.keyId(), key.privateKey());
        IssuerKey pub = key.publicKey();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO issuer_key (key_id, issuer_id, algorithm, key_number, public_key_multibase, public_jwk,"
                        + " encrypted_private_key, private_key_iv, wrapped_data_key, data_key_iv, master_key_id,"
                        + " status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)")) {
            s.setString(1, key.keyId());
            s.setString(2, issuerId);
            s.setString(3, key.algorithm().name());
            s.setInt(4, key.number());
            s.setString(5, pub.publicKeyMultibase());
            s.setString(6, pub.publicJwk() == null ? null : pub.publicJwk().toString());
            s.setBytes(7, sealed.ciphertext());
            s.setBytes(8, sealed.iv());
            s.setBytes(9, sealed.wrappedDataKey());
            s.setBytes(10, sealed.dataKeyIv());
            s.setString(11, sealed.masterKeyId());
            s.setTimestamp(12, Timestamp.from(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store issuer key " + key.keyId(), e);
        }
    }

    /** Every key of the issuer, active and retired, oldest first. */
    public List<PublicIssuerKey> publicKeys(String issuerId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT key_id, algorithm, public_key_multibase, public_jwk, status, created_at, retired_at"
                        + " FROM issuer_key WHERE issuer_id = ? ORDER BY key_number, algorithm")) {
            s.setString(1, issuerId);
            List<PublicIssuerKey> keys = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(new PublicIssuerKey(issuerId, KeyAlgorithm.valueOf(rs.getString(2)),
                            publicKey(rs.getString(1), rs.getString(3), rs.getString(4)),
                            KeyStatus.valueOf(rs.getString(5)), instant(rs.getTimestamp(6)),
                            instant(rs.getTimestamp(7))));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read issuer keys", e);
        }
    }

    /** The id of the active key of an algorithm, and the key still sealed. */
    Optional<StoredKey> active(String issuerId, KeyAlgorithm algorithm) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT key_id, encrypted_private_key, private_key_iv, wrapped_data_key, data_key_iv, master_key_id"
                        + " FROM issuer_key WHERE issuer_id = ? AND algorithm = ? AND status = 'ACTIVE'")) {
            s.setString(1, issuerId);
            s.setString(2, algorithm.name());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredKey(rs.getString(1), new SealedKey(rs.getBytes(2), rs.getBytes(3),
                        rs.getBytes(4), rs.getBytes(5), rs.getString(6))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read issuer keys", e);
        }
    }

    /** Opens a stored key: its private encoding. Callers must not keep the bytes. */
    OpenedKey open(StoredKey stored) {
        return new OpenedKey(stored.keyId(), envelope.open(stored.keyId(), stored.sealed()));
    }

    record StoredKey(String keyId, SealedKey sealed) {
    }

    /**
     * Moves every row wrapped under a previous master key under the current one (a master-key rotation). Rows are
     * locked and skipped when another replica holds them; a row under an unknown master key is left and counted.
     *
     * @return {re-wrapped, left because their master key is unknown}
     */
    public int[] rewrapUnderCurrentMasterKey() {
        int rewrapped = 0;
        int unknown = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT key_id, encrypted_private_key, private_key_iv, wrapped_data_key, data_key_iv, master_key_id"
                        + " FROM issuer_key WHERE master_key_id <> ? FOR UPDATE SKIP LOCKED");
             PreparedStatement update = c.prepareStatement("UPDATE issuer_key SET wrapped_data_key = ?,"
                     + " data_key_iv = ?, master_key_id = ? WHERE key_id = ? AND master_key_id = ?")) {
            select.setString(1, envelope.masterKeyId());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String keyId = rs.getString(1);
                    SealedKey sealed = new SealedKey(rs.getBytes(2), rs.getBytes(3), rs.getBytes(4), rs.getBytes(5),
                            rs.getString(6));
                    if (!envelope.knows(sealed.masterKeyId())) {
                        unknown++;
                        continue;
                    }
                    SealedKey moved = envelope.rewrap(keyId, sealed);
                    update.setBytes(1, moved.wrappedDataKey());
                    update.setBytes(2, moved.dataKeyIv());
                    update.setString(3, moved.masterKeyId());
                    update.setString(4, keyId);
                    update.setString(5, sealed.masterKeyId());
                    rewrapped += update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not re-wrap issuer keys", e);
        }
        return new int[] {rewrapped, unknown};
    }

    record OpenedKey(String keyId, byte[] privateKey) {
        void erase() {
            Arrays.fill(privateKey, (byte) 0);
        }

        @Override
        public String toString() {
            return "OpenedKey[" + keyId + "]";
        }
    }

    private void execute(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock issuer keys", e);
        }
    }

    private static IssuerKey publicKey(String keyId, String multibase, String jwk) {
        if (multibase != null) {
            return new IssuerKey(keyId, "Multikey", multibase, null, IssuerKeyGenerator.PURPOSE);
        }
        try {
            return new IssuerKey(keyId, "JsonWebKey", null, (ObjectNode) EventJson.mapper().readTree(jwk),
                    IssuerKeyGenerator.PURPOSE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JWK of " + keyId + " is not JSON", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
