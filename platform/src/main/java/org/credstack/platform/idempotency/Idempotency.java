package org.credstack.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.credstack.events.EventJson;
import org.credstack.platform.domain.DomainRuleViolation;

/**
 * Idempotency-Key support for mutating POSTs: the first request with a key runs and its response is remembered
 * (per tenant); a retry with the same key and the same body gets the same response without running again; the same
 * key with a different body is refused (422), and so is a retry while the first is still running (409).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;

    @Inject
    DataSource dataSource;

    public Response execute(String tenant, String key, String operation, Object request, Supplier<Response> work) {
        if (key == null || key.isBlank()) {
            return work.get();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("Idempotency-Key must be at most " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(operation, request);
        Stored stored = QuarkusTransaction.requiringNew().call(() -> reserve(tenant, key, operation, hash));
        if (stored != null) {
            if (!stored.hash().equals(hash) || !stored.operation().equals(operation)) {
                throw new DomainRuleViolation("idempotency-key-reused",
                        "Idempotency-Key '" + key + "' was used before with a different request",
                        DomainRuleViolation.Kind.INVALID);
            }
            if (stored.status() == null) {
                throw new DomainRuleViolation("idempotency-key-in-progress",
                        "A request with Idempotency-Key '" + key + "' is still being processed");
            }
            return stored.replay();
        }
        Response response;
        try {
            response = work.get();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> forget(tenant, key));
            throw e;
        }
        if (response.getStatus() >= 500) {
            QuarkusTransaction.requiringNew().run(() -> forget(tenant, key));
            return response;
        }
        byte[] body = serialize(response.getEntity());
        QuarkusTransaction.requiringNew().run(() -> remember(tenant, key, response, body));
        return Response.fromResponse(response).header("Idempotent-Replayed", "false").build();
    }

    /** Inserts a placeholder for the key, or returns what is stored for it already. */
    private Stored reserve(String tenant, String key, String operation, String hash) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO idempotency_key (tenant, idem_key,"
                    + " operation, request_hash) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, tenant);
                insert.setString(2, key);
                insert.setString(3, operation);
                insert.setString(4, hash);
                if (insert.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT operation, request_hash, status,"
                    + " content_type, location, body, etag FROM idempotency_key WHERE tenant = ? AND idem_key = ?")) {
                select.setString(1, tenant);
                select.setString(2, key);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    int status = rs.getInt(3);
                    return new Stored(rs.getString(1), rs.getString(2), rs.wasNull() ? null : status,
                            rs.getString(4), rs.getString(5), rs.getBytes(6), rs.getString(7));
                }
            }
        }
    }

    private void remember(String tenant, String key, Response response, byte[] body) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, body = ?, etag = ?"
                        + " WHERE tenant = ? AND idem_key = ?")) {
            update.setInt(1, response.getStatus());
            update.setString(2, response.getMediaType() == null ? null : response.getMediaType().toString());
            update.setString(3, response.getLocation() == null ? null : response.getLocation().toString());
            update.setBytes(4, body);
            update.setString(5, response.getHeaderString("ETag"));
            update.setString(6, tenant);
            update.setString(7, key);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void forget(String tenant, String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "DELETE FROM idempotency_key WHERE tenant = ? AND idem_key = ?")) {
            delete.setString(1, tenant);
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] serialize(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : EventJson.mapper().writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(EventJson.mapper().writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(String operation, String hash, Integer status, String contentType, String location,
                          byte[] body, String etag) {
        Response replay() {
            Response.ResponseBuilder builder = Response.status(status).header("Idempotent-Replayed", "true");
            if (body != null) {
                builder.entity(body).type(contentType);
            }
            if (location != null) {
                builder.location(URI.create(location));
            }
            if (etag != null) {
                builder.header("ETag", etag);
            }
            return builder.build();
        }
    }
}
