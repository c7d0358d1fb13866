package org.credstack.recognition.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.ContractEvent;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.wallet.ConsentGranted;
import org.credstack.events.wallet.ConsentRevoked;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.events.wallet.RecipientUnlinked;
import org.credstack.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** The recognition-consents projection fed from the real wallet topic, read through the Consents bean. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class ConsentsTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    Consents consents;

    /** Events of one wallet, published in order with its sequence numbers, as the wallet's relay does. */
    private static final class Wallet {
        final String id = "wallet-" + UUID.randomUUID();
        private long sequence;

        void publish(ContractEvent event, String tenant) {
            KafkaTestClient.publish(event, tenant, sequence++);
        }
    }

    @Test
    void a_consent_covers_what_it_names_until_it_is_revoked_and_an_expired_one_never() {
        Wallet wallet = new Wallet();
        String uni = "uni-" + UUID.randomUUID();
        Instant past = Instant.now().minusSeconds(60);
        wallet.publish(new ConsentGranted("c-claim-" + wallet.id, wallet.id, uni, List.of("cred-1", "cred-2"),
                "rpl:claim-1", null), uni);
        wallet.publish(new ConsentGranted("c-any-" + wallet.id, wallet.id, uni, List.of("cred-3"), null, null), uni);
        wallet.publish(new ConsentGranted("c-old-" + wallet.id, wallet.id, uni, List.of("cred-4"), null, past), uni);

        await().atMost(BOUND).until(() -> consents.ofWallet(wallet.id).size() == 3);
        Instant now = Instant.now();
        assertThat(consents.covers(uni, wallet.id, "cred-1", "rpl:claim-1", now)).isTrue();
        assertThat(consents.covers(uni, wallet.id, "cred-1", "rpl:claim-2", now)).isFalse();
        assertThat(consents.covers(uni, wallet.id, "cred-3", "qualification:msc", now)).isTrue();
        assertThat(consents.covers("another-uni", wallet.id, "cred-3", null, now)).isFalse();
        assertThat(consents.covers(uni, wallet.id, "cred-4", null, now)).isFalse();
        assertThat(consents.covers(uni, "another-wallet", "cred-3", null, now)).isFalse();
        assertThat(consents.covering(uni, wallet.id, "cred-3", null, now))
                .extracting(Consents.Consent::consentId).containsExactly("c-any-" + wallet.id);

        wallet.publish(new ConsentRevoked("c-any-" + wallet.id, wallet.id, uni), uni);
        await().atMost(BOUND).until(() -> !consents.covers(uni, wallet.id, "cred-3", null, Instant.now()));
        assertThat(consents.ofWallet(wallet.id)).filteredOn(c -> c.revokedAt() != null).hasSize(1);
    }

    @Test
    void a_wallets_recipient_refs_follow_links_and_unlinks_and_a_moved_ref_belongs_to_its_new_wallet() {
        Wallet first = new Wallet();
        Wallet second = new Wallet();
        String ref1 = ref();
        String ref2 = ref();
        first.publish(new RecipientLinked(first.id, ref1), "platform");
        first.publish(new RecipientLinked(first.id, ref2), "platform");
        await().atMost(BOUND).until(() -> consents.recipientRefs(first.id).size() == 2);
        assertThat(consents.recipientRefs(first.id)).containsExactlyInAnyOrder(ref1, ref2);
        assertThat(consents.walletOf(ref1)).contains(first.id);

        first.publish(new RecipientUnlinked(first.id, ref1), "platform");
        second.publish(new RecipientLinked(second.id, ref1), "platform");
        await().atMost(BOUND).until(() -> consents.walletOf(ref1).filter(second.id::equals).isPresent()
                && consents.recipientRefs(first.id).size() == 1);
        assertThat(consents.recipientRefs(first.id)).containsExactly(ref2);
        assertThat(consents.walletOf(ref()).isEmpty()).isTrue();
    }

    @Test
    void learner_erased_purges_the_wallets_consents_and_links() {
        Wallet wallet = new Wallet();
        String uni = "uni-" + UUID.randomUUID();
        String ref = ref();
        wallet.publish(new RecipientLinked(wallet.id, ref), "platform");
        wallet.publish(new ConsentGranted("c-" + wallet.id, wallet.id, uni, List.of("cred-1"), null, null), uni);
        await().atMost(BOUND).until(() -> consents.covers(uni, wallet.id, "cred-1", null, Instant.now()));

        wallet.publish(new LearnerErased(wallet.id, List.of(ref), Instant.now()), "platform");
        await().atMost(BOUND).until(() -> consents.ofWallet(wallet.id).isEmpty() && consents.walletOf(ref).isEmpty());
        assertThat(consents.recipientRefs(wallet.id)).isEmpty();
    }

    private static String ref() {
        return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }
}
