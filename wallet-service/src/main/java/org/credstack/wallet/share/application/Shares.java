package org.credstack.wallet.share.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.wallet.account.application.LearnerWallet;
import org.credstack.wallet.credential.projection.WalletCredentialSearch;
import org.credstack.wallet.share.domain.CreateShare;
import org.credstack.wallet.share.domain.RevokeShare;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Share links. The link carries 256 random bits; only their SHA-256 is stored, so the table (and the event store)
 * cannot be turned back into working links. Opening a link counts a view atomically against its limit.
 */
@ApplicationScoped
public class Shares {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A share as its learner sees it; {@code token} only right after creation. */
    public record ShareInfo(String shareId, String token, List<String> credentialIds, Instant expiresAt,
                            Integer maxViews, int views, Instant createdAt, Instant revokedAt, Instant lastViewedAt,
                            List<Instant> viewedAt) {
        public String state(Instant now) {
            if (revokedAt != null) {
                return "REVOKED";
            }
            if (!expiresAt.isAfter(now)) {
                return "EXPIRED";
            }
            return maxViews != null && views >= maxViews ? "USED_UP" : "ACTIVE";
        }
    }

    /** What an opened link shows: the credentials it names of the wallet that made it, and when it ends. */
    public record Opened(String shareId, String walletId, List<String> credentialIds, Instant expiresAt) {
    }

    /** Why a link shows nothing (410 for all of them: the link existed). */
    public static final class ShareGone extends RuntimeException {
        public ShareGone(String why) {
            super(why);
        }
    }

    @Inject
    Commands commands;
    @Inject
    EntityManager em;
    @Inject
    WalletCredentialSearch credentials;
    @ConfigProperty(name = "credstack.wallet.shares.default-validity", defaultValue = "P30D")
    Duration defaultValidity;
    @ConfigProperty(name = "credstack.wallet.shares.max-validity", defaultValue = "P365D")
    Duration maxValidity;

    private final Clock clock = Clock.systemUTC();

    public ShareInfo create(LearnerWallet wallet, List<String> credentialIds, Instant expiresAt, Integer maxViews) {
        Instant now = clock.instant();
        Instant until = expiresAt == null ? now.plus(defaultValidity) : expiresAt;
        if (!until.isAfter(now) || until.isAfter(now.plus(maxValidity))) {
            throw new DomainRuleViolation("share-expiry", "expiresAt must be in the future and within "
                    + maxValidity.toDays() + " days", DomainRuleViolation.Kind.INVALID);
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(credentialIds));
        credentials.requireOwned(wallet.recipientRefs(), ids);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String shareId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> commands.send(new CreateShare(shareId, wallet.walletId(),
                hash(token), ids, until, maxViews)));
        ShareInfo created = find(wallet, shareId);
        return new ShareInfo(shareId, token, created.credentialIds(), created.expiresAt(), created.maxViews(), 0,
                created.createdAt(), null, null, List.of());
    }

    public void revoke(LearnerWallet wallet, String shareId) {
        find(wallet, shareId);
        QuarkusTransaction.requiringNew().run(() -> commands.send(new RevokeShare(shareId, wallet.walletId())));
    }

    public List<ShareInfo> list(LearnerWallet wallet) {
        return rows("WHERE wallet_id = ?1 ORDER BY created_at DESC, share_id", wallet.walletId());
    }

    public ShareInfo find(LearnerWallet wallet, String shareId) {
        return rows("WHERE wallet_id = ?1 AND share_id = ?2", wallet.walletId(), shareId).stream().findFirst()
                .orElseThrow(() -> new NotFound("Share", shareId));
    }

    /** Opens a link: counts the view, or says why the link is gone. Empty when no link has this token. */
    public Optional<Opened> open(String token) {
        String hash = hash(token);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> counted = NativeRows.select(em, "UPDATE wallet_share SET views = views + 1,"
                    + " last_viewed_at = now() WHERE token_hash = ?1 AND revoked_at IS NULL AND expires_at > now()"
                    + " AND (max_views IS NULL OR views < max_views)"
                    + " RETURNING share_id, wallet_id, credential_ids, expires_at", hash);
            if (counted.isEmpty()) {
                return gone(hash);
            }
            Object[] row = counted.get(0);
            NativeRows.update(em, "INSERT INTO wallet_share_view (share_id, viewed_at) VALUES (?1, now())", row[0]);
            return Optional.of(new Opened((String) row[0], (String) row[1], Arrays.asList((String[]) row[2]),
                    NativeRows.instant(row[3])));
        });
    }

    private Optional<Opened> gone(String hash) {
        List<Object[]> rows = NativeRows.select(em, "SELECT revoked_at, expires_at FROM wallet_share WHERE"
                + " token_hash = ?1", hash);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        throw new ShareGone(row[0] != null ? "This link was withdrawn by its owner"
                : !NativeRows.instant(row[1]).isAfter(clock.instant()) ? "This link has expired"
                : "This link was viewed as often as its owner allowed");
    }

    private List<ShareInfo> rows(String where, Object... args) {
        return NativeRows.select(em, "SELECT share_id, credential_ids, expires_at, max_views, views, created_at,"
                        + " revoked_at, last_viewed_at, ARRAY(SELECT to_char(v.viewed_at AT TIME ZONE 'UTC',"
                        + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM wallet_share_view v WHERE v.share_id = s.share_id"
                        + " ORDER BY v.viewed_at DESC LIMIT 100) FROM wallet_share s " + where, args).stream()
                .map(r -> new ShareInfo((String) r[0], null, Arrays.asList((String[]) r[1]),
                        NativeRows.instant(r[2]), (Integer) r[3], ((Number) r[4]).intValue(), NativeRows.instant(r[5]),
                        NativeRows.instant(r[6]), NativeRows.instant(r[7]),
                        Arrays.stream((String[]) r[8]).map(Instant::parse).toList()))
                .toList();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
