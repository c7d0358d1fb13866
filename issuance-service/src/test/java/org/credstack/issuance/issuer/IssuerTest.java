package org.credstack.issuance.issuer;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.issuance.issuer.domain.Issuer;
import org.credstack.issuance.issuer.domain.RegisterIssuer;
import org.credstack.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IssuerTest {

    private static final String ID = "9b7a4f1e-0000-4000-8000-000000000001";
    private static final String DID = "did:web:localhost%3A8081:issuers:" + ID;
    private AggregateTestFixture<Issuer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Issuer.class);
    }

    @Test
    void registering_an_institution_publishes_issuer_registered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterIssuer(ID, DID, "Demo University", "https://demo.example", "office@demo.example",
                        "NL", "NVAO"))
                .expectEvents(new IssuerRegistered(ID, DID, "Demo University", "https://demo.example",
                        "office@demo.example", "NL", "NVAO", List.of()));
    }

    @Test
    void registering_the_same_issuer_twice_is_rejected() {
        fixture.given(new IssuerRegistered(ID, DID, "Demo University", "https://demo.example",
                        "office@demo.example", "NL", null, List.of()))
                .when(new RegisterIssuer(ID, DID, "Demo University", "https://demo.example", "office@demo.example",
                        "NL", null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }
}
