package org.credstack.issuance.issuer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.credstack.events.issuance.IssuerKey;
import org.credstack.events.issuance.IssuerKeyRotated;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.issuance.issuer.domain.Issuer;
import org.credstack.issuance.issuer.domain.RegisterIssuer;
import org.credstack.issuance.issuer.domain.RotateIssuerKeys;
import org.credstack.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IssuerTest {

    private static final String ID = "9b7a4f1e-0000-4000-8000-000000000001";
    private static final String DID = "did:web:localhost%3A8081:issuers:" + ID;
    private static final IssuerKey ED_1 = ed25519(1, "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
    private static final IssuerKey RSA_1 = rsa(1);
    private static final IssuerKey ED_2 = ed25519(2, "z6MknGc3ocHs3zdPiJbnaaqDi58NGb4pk1Sp9WxWufuXSdxf");
    private static final IssuerKey RSA_2 = rsa(2);
    private static final IssuerRegistered REGISTERED = new IssuerRegistered(ID, DID, "Demo University",
            "https://demo.example", "office@demo.example", "NL", "NVAO", List.of(ED_1, RSA_1));

    private AggregateTestFixture<Issuer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Issuer.class);
    }

    @Test
    void registering_an_institution_publishes_issuer_registered_with_its_public_keys() {
        fixture.givenNoPriorActivity()
                .when(register(List.of(ED_1, RSA_1)))
                .expectEvents(REGISTERED);
    }

    @Test
    void registering_the_same_issuer_twice_is_rejected() {
        fixture.given(REGISTERED)
                .when(register(List.of(ED_1, RSA_1)))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void registering_without_both_an_ed25519_and_an_rsa_key_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(register(List.of(ED_1)))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("An issuer is registered with one Ed25519 Multikey and one RSA JsonWebKey")
                .expectNoEvents();
    }

    @Test
    void a_key_outside_the_issuers_did_is_rejected() {
        IssuerKey foreign = new IssuerKey("did:web:elsewhere.example#key-1", "Multikey", ED_1.publicKeyMultibase(),
                null, "assertionMethod");
        fixture.givenNoPriorActivity()
                .when(register(List.of(foreign, RSA_1)))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void rotating_retires_the_active_key_of_each_kind() {
        fixture.given(REGISTERED)
                .when(new RotateIssuerKeys(ID, List.of(ED_2, RSA_2)))
                .expectEvents(new IssuerKeyRotated(ID, ED_2, ED_1.keyId()),
                        new IssuerKeyRotated(ID, RSA_2, RSA_1.keyId()));
    }

    @Test
    void a_second_rotation_retires_the_key_of_the_first() {
        IssuerKey ed3 = ed25519(3, "z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH");
        fixture.given(REGISTERED, new IssuerKeyRotated(ID, ED_2, ED_1.keyId()),
                        new IssuerKeyRotated(ID, RSA_2, RSA_1.keyId()))
                .when(new RotateIssuerKeys(ID, List.of(ed3)))
                .expectEvents(new IssuerKeyRotated(ID, ed3, ED_2.keyId()));
    }

    @Test
    void rotating_to_a_key_id_used_before_is_rejected() {
        fixture.given(REGISTERED, new IssuerKeyRotated(ID, ED_2, ED_1.keyId()))
                .when(new RotateIssuerKeys(ID, List.of(ED_2)))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void rotating_an_unregistered_issuer_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RotateIssuerKeys(ID, List.of(ED_2, RSA_2)))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void a_rotation_without_keys_is_rejected() {
        fixture.given(REGISTERED)
                .when(new RotateIssuerKeys(ID, List.of()))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    private static RegisterIssuer register(List<IssuerKey> keys) {
        return new RegisterIssuer(ID, DID, "Demo University", "https://demo.example", "office@demo.example", "NL",
                "NVAO", keys);
    }

    private static IssuerKey ed25519(int n, String multibase) {
        return new IssuerKey(DID + "#key-" + n, "Multikey", multibase, null, "assertionMethod");
    }

    private static IssuerKey rsa(int n) {
        ObjectNode jwk = JsonNodeFactory.instance.objectNode().put("kty", "RSA").put("n", "sXchDaQebHnPiGvyDOAT4s" + n)
                .put("e", "AQAB").put("alg", "RS256").put("kid", DID + "#rsa-" + n);
        return new IssuerKey(DID + "#rsa-" + n, "JsonWebKey", null, jwk, "assertionMethod");
    }
}
