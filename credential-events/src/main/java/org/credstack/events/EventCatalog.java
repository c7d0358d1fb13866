package org.credstack.events;

import static org.credstack.events.Service.ISSUANCE;
import static org.credstack.events.Service.RECOGNITION;
import static org.credstack.events.Service.WALLET;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credstack.events.issuance.AchievementPublished;
import org.credstack.events.issuance.AchievementRetired;
import org.credstack.events.issuance.CredentialExpired;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialRecorded;
import org.credstack.events.issuance.CredentialReinstated;
import org.credstack.events.issuance.CredentialReplaced;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.CredentialSuspended;
import org.credstack.events.issuance.IssuerKeyRotated;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.recognition.AwardRequested;
import org.credstack.events.recognition.AwardWithdrawalRequested;
import org.credstack.events.recognition.EligibilityReached;
import org.credstack.events.recognition.QualificationPublished;
import org.credstack.events.recognition.RplDecisionMade;
import org.credstack.events.wallet.ConsentGranted;
import org.credstack.events.wallet.ConsentRevoked;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.events.wallet.RecipientUnlinked;

/**
 * Every contract event type, the only ones that may reach Kafka. A new event or a new version of one is added here,
 * with its schema; nothing is ever removed, since history keeps every type that was once published.
 */
public final class EventCatalog {

    private static final List<EventType> ALL = List.of(
            v1(ISSUANCE, IssuerRegistered.class),
            v1(ISSUANCE, IssuerKeyRotated.class),
            v1(ISSUANCE, AchievementPublished.class),
            v1(ISSUANCE, AchievementRetired.class),
            v1(ISSUANCE, CredentialIssued.class),
            v1(ISSUANCE, CredentialRevoked.class),
            v1(ISSUANCE, CredentialSuspended.class),
            v1(ISSUANCE, CredentialReinstated.class),
            v1(ISSUANCE, CredentialExpired.class),
            v1(ISSUANCE, CredentialReplaced.class),
            v1(ISSUANCE, CredentialRecorded.class),
            v1(WALLET, RecipientLinked.class),
            v1(WALLET, RecipientUnlinked.class),
            v1(WALLET, ConsentGranted.class),
            v1(WALLET, ConsentRevoked.class),
            v1(WALLET, LearnerErased.class),
            v1(RECOGNITION, QualificationPublished.class),
            v1(RECOGNITION, EligibilityReached.class),
            v1(RECOGNITION, AwardRequested.class),
            v1(RECOGNITION, AwardWithdrawalRequested.class),
            v1(RECOGNITION, RplDecisionMade.class));

    private static final Map<Class<?>, EventType> BY_JAVA_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));
    private static final Map<String, EventType> BY_CE_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));

    private EventCatalog() {
    }

    /** All event types, grouped by service. */
    public static List<EventType> all() {
        return ALL;
    }

    /** The type that a record class is published as. */
    public static Optional<EventType> byJavaType(Class<?> type) {
        return Optional.ofNullable(BY_JAVA_TYPE.get(type));
    }

    /** The type a CloudEvents {@code type} attribute names. */
    public static Optional<EventType> byCeType(String ceType) {
        return Optional.ofNullable(ceType == null ? null : BY_CE_TYPE.get(ceType));
    }

    /** Whether instances of {@code type} are contract events, published to Kafka; other events stay internal. */
    public static boolean isContractEvent(Class<?> type) {
        return BY_JAVA_TYPE.containsKey(type);
    }

    private static EventType v1(Service service, Class<? extends ContractEvent> type) {
        return new EventType(service, type.getSimpleName(), 1, type);
    }
}
