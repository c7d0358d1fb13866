package org.credstack.issuance.statuslist;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.credstack.issuance.issuer.projection.IssuerRecord;
import org.credstack.issuance.key.Ed25519SigningKey;
import org.credstack.issuance.key.IssuerSigningKeys;
import org.credstack.vc.dataintegrity.DataIntegritySigner;
import org.credstack.vc.dataintegrity.ProofOptions;
import org.credstack.vc.ob.StatusListCredentials;
import org.credstack.vc.statuslist.BitstringStatusList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed BitstringStatusListCredential of each list, built from the bits the credential events set and signed
 * by the list's issuer with its active Ed25519 key. A replica keeps the copy it signed last and signs again only
 * when the list's revision moved (a bit changed) or the copy is older than {@code re-sign-after}, so that polling
 * verifiers cost a revision lookup, not a signature.
 */
@ApplicationScoped
public class SignedStatusLists {

    private static final DataIntegritySigner SIGNER = DataIntegritySigner.bundled();

    @Inject
    StatusLists lists;
    @Inject
    IssuerSigningKeys signingKeys;
    /** A rotated key signs served lists from then on at the latest after this long (the old key still verifies). */
    @ConfigProperty(name = "credstack.status-lists.re-sign-after", defaultValue = "PT1H")
    Duration reSignAfter;

    private final Clock clock = Clock.systemUTC();
    private final Map<Key, Signed> cache = new ConcurrentHashMap<>();

    /**
     * The signed list as JSON, or empty when the issuer has no such list. A current cached copy costs one lookup of
     * the list's revision; the list's size and the issuer are read only when signing.
     */
    public Optional<String> signed(String issuerId, StatusLists.ListId id) {
        Optional<Long> found = lists.revision(issuerId, id.purpose(), id.listNo());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long revision = found.get();
        Key key = new Key(issuerId, id);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Signed cached = cache.get(key);
        if (cached != null && cached.revision() >= revision && cached.signedAt().plus(reSignAfter).isAfter(now)) {
            return Optional.of(cached.json());
        }
        Optional<StatusLists.StatusListInfo> info = lists.find(issuerId, id.purpose(), id.listNo());
        IssuerRecord issuer = IssuerRecord.findById(issuerId);
        if (info.isEmpty() || issuer == null) {
            return Optional.empty();
        }
        Signed fresh = new Signed(revision, now, sign(issuer, info.get(), now));
        cache.merge(key, fresh, (old, next) -> next.revision() >= old.revision() ? next : old);
        return Optional.of(fresh.json());
    }

    private String sign(IssuerRecord issuer, StatusLists.StatusListInfo info, Instant now) {
        BitstringStatusList bits = BitstringStatusList.create(info.size());
        lists.setBits(info.issuerId(), info.purpose(), info.listNo()).forEach(index -> bits.set(index, true));
        ObjectNode unsigned = StatusListCredentials.unsigned(lists.url(info.issuerId(), info.purpose(),
                        info.listNo()), issuer.did,
                org.credstack.vc.ob.StatusPurpose.of(StatusLists.segment(info.purpose())), bits, now);
        Ed25519SigningKey key = signingKeys.activeEd25519(info.issuerId());
        return SIGNER.sign(unsigned, ProofOptions.assertionMethod(key.verificationMethod(), now), key.privateKey())
                .toString();
    }

    private record Key(String issuerId, StatusLists.ListId id) {
    }

    private record Signed(long revision, Instant signedAt, String json) {
    }
}
