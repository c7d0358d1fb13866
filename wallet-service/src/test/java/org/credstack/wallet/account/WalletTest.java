package org.credstack.wallet.account;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.wallet.ConsentGranted;
import org.credstack.events.wallet.ConsentRevoked;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.events.wallet.RecipientUnlinked;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.credstack.wallet.account.domain.EraseWallet;
import org.credstack.wallet.account.domain.GrantConsent;
import org.credstack.wallet.account.domain.LinkRecipient;
import org.credstack.wallet.account.domain.OpenWallet;
import org.credstack.wallet.account.domain.RevokeConsent;
import org.credstack.wallet.account.domain.UnlinkRecipient;
import org.credstack.wallet.account.domain.Wallet;
import org.credstack.wallet.account.domain.WalletOpened;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WalletTest {

    private static final String ID = "wallet-1";
    private static final String FIRST = "a".repeat(64);
    private static final String SECOND = "b".repeat(64);
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private FixtureConfiguration<Wallet> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Wallet.class);
    }

    @Test
    void opening_a_wallet_links_the_sign_in_address() {
        fixture.givenNoPriorActivity()
                .when(new OpenWallet(ID, FIRST))
                .expectEvents(new WalletOpened(ID), new RecipientLinked(ID, FIRST));
    }

    @Test
    void a_wallet_is_opened_once() {
        fixture.given(new WalletOpened(ID), new RecipientLinked(ID, FIRST))
                .when(new OpenWallet(ID, FIRST))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Wallet " + ID + " is already open");
    }

    @Test
    void linking_a_further_address_publishes_it_once() {
        fixture.given(new WalletOpened(ID), new RecipientLinked(ID, FIRST))
                .when(new LinkRecipient(ID, SECOND))
                .expectEvents(new RecipientLinked(ID, SECOND));
        fixture.given(new WalletOpened(ID), new RecipientLinked(ID, FIRST), new RecipientLinked(ID, SECOND))
                .when(new LinkRecipient(ID, SECOND))
                .expectNoEvents();
    }

    @Test
    void unlinking_publishes_it_and_an_address_not_linked_is_a_no_op() {
        fixture.given(new WalletOpened(ID), new RecipientLinked(ID, FIRST), new RecipientLinked(ID, SECOND))
                .when(new UnlinkRecipient(ID, SECOND))
                .expectEvents(new RecipientUnlinked(ID, SECOND));
        fixture.given(new WalletOpened(ID), new RecipientLinked(ID, FIRST))
                .when(new UnlinkRecipient(ID, SECOND))
                .expectNoEvents();
    }

    @Test
    void the_last_address_cannot_be_unlinked() {
        fixture.given(new WalletOpened(ID), new RecipientLinked(ID, FIRST))
                .when(new UnlinkRecipient(ID, FIRST))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_consent_is_granted_and_withdrawn_naming_its_institution() {
        fixture.given(new WalletOpened(ID), new RecipientLinked(ID, FIRST))
                .when(new GrantConsent(ID, "c-1", "uni-a", List.of("cred-1"), "RPL", null))
                .expectEvents(new ConsentGranted("c-1", ID, "uni-a", List.of("cred-1"), "RPL", null));
        fixture.given(new WalletOpened(ID), new RecipientLinked(ID, FIRST),
                        new ConsentGranted("c-1", ID, "uni-a", List.of("cred-1"), "RPL", null))
                .when(new RevokeConsent(ID, "c-1"))
                .expectEvents(new ConsentRevoked("c-1", ID, "uni-a"));
    }

    @Test
    void withdrawing_a_consent_not_in_force_is_not_found() {
        fixture.given(new WalletOpened(ID), new RecipientLinked(ID, FIRST),
                        new ConsentGranted("c-1", ID, "uni-a", List.of("cred-1"), "RPL", null),
                        new ConsentRevoked("c-1", ID, "uni-a"))
                .when(new RevokeConsent(ID, "c-1"))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void erasing_names_every_linked_address_and_closes_the_wallet() {
        fixture.given(new WalletOpened(ID), new RecipientLinked(ID, FIRST), new RecipientLinked(ID, SECOND),
                        new RecipientUnlinked(ID, SECOND), new RecipientLinked(ID, SECOND))
                .when(new EraseWallet(ID, NOW))
                .expectEvents(new LearnerErased(ID, List.of(FIRST, SECOND), NOW));
        fixture.given(new WalletOpened(ID), new RecipientLinked(ID, FIRST), new LearnerErased(ID, List.of(FIRST), NOW))
                .when(new LinkRecipient(ID, SECOND))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Wallet " + ID + " was erased");
    }
}
