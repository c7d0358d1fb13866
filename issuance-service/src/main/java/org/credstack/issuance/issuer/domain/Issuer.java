package org.credstack.issuance.issuer.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.credstack.events.issuance.IssuerKey;
import org.credstack.events.issuance.IssuerKeyRotated;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.platform.domain.DomainRuleViolation;

/**
 * An institution that issues credentials: the tenant of issuance. It holds one active signing key of each
 * {@link KeyKind}; a rotation retires the active key, which stays in the DID document so old credentials verify.
 */
public class Issuer {

    @AggregateIdentifier
    private String issuerId;
    private String did;
    private final Set<String> keyIds = new HashSet<>();
    private final Map<KeyKind, String> activeKeys = new EnumMap<>(KeyKind.class);

    protected Issuer() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterIssuer command) {
        if (issuerId != null) {
            throw new DomainRuleViolation("issuer-already-registered",
                    "Issuer " + command.issuerId() + " is already registered");
        }
        Set<KeyKind> kinds = checkNewKeys(command.did(), command.publicKeys());
        if (!kinds.equals(EnumSet.allOf(KeyKind.class))) {
            throw new DomainRuleViolation("issuer-keys-required",
                    "An issuer is registered with one Ed25519 Multikey and one RSA JsonWebKey",
                    DomainRuleViolation.Kind.INVALID);
        }
        apply(new IssuerRegistered(command.issuerId(), command.did(), command.name(), command.url(),
                command.email(), command.country(), command.accreditation(), command.publicKeys()));
    }

    @CommandHandler
    public void handle(RotateIssuerKeys command) {
        Set<KeyKind> kinds = checkNewKeys(did, command.newKeys());
        if (kinds.isEmpty()) {
            throw new DomainRuleViolation("no-keys-to-rotate", "A rotation names at least one new key",
                    DomainRuleViolation.Kind.INVALID);
        }
        for (KeyKind kind : kinds) {
            if (!activeKeys.containsKey(kind)) {
                throw new DomainRuleViolation("no-active-key", "Issuer " + issuerId + " has no active " + kind
                        + " key to retire");
            }
        }
        for (IssuerKey key : command.newKeys()) {
            apply(new IssuerKeyRotated(issuerId, key, activeKeys.get(KeyKind.of(key))));
        }
    }

    /** Every new key is of a known kind (at most one of each), has a DID URL under the issuer's DID, and is new. */
    private Set<KeyKind> checkNewKeys(String issuerDid, List<IssuerKey> keys) {
        Set<KeyKind> kinds = EnumSet.noneOf(KeyKind.class);
        for (IssuerKey key : keys) {
            KeyKind kind = KeyKind.of(key);
            if (kind == null || !kinds.add(kind)) {
                throw new DomainRuleViolation("unsupported-key", "Key " + key.keyId() + " is not an Ed25519 "
                        + "Multikey or an RSA JsonWebKey, or a second key of its kind",
                        DomainRuleViolation.Kind.INVALID);
            }
            if (!key.keyId().startsWith(issuerDid + "#")) {
                throw new DomainRuleViolation("key-outside-did", "Key " + key.keyId() + " is not a DID URL of "
                        + issuerDid, DomainRuleViolation.Kind.INVALID);
            }
            if (keyIds.contains(key.keyId())) {
                throw new DomainRuleViolation("key-id-in-use", "Key id " + key.keyId() + " was used before");
            }
        }
        return kinds;
    }

    @EventSourcingHandler
    void on(IssuerRegistered event) {
        issuerId = event.issuerId();
        did = event.did();
        event.publicKeys().forEach(this::activate);
    }

    @EventSourcingHandler
    void on(IssuerKeyRotated event) {
        activate(event.newKey());
    }

    private void activate(IssuerKey key) {
        keyIds.add(key.keyId());
        KeyKind kind = KeyKind.of(key);
        if (kind != null) {
            activeKeys.put(kind, key.keyId());
        }
    }
}
