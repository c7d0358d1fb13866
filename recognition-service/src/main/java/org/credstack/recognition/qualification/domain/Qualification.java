package org.credstack.recognition.qualification.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.credstack.events.recognition.QualificationPublished;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;

/**
 * A stackable qualification of one institution, in numbered versions. At most one version is a draft (the next
 * one); publishing it puts it in force from the command's instant, while earlier versions stay answerable for the
 * instants they were in force. The rules are checked by {@link RuleCheck} before each command, since that needs the
 * catalogue; the aggregate checks only what its own history knows.
 */
public class Qualification {

    @AggregateIdentifier
    private String qualificationId;
    private String issuerId;
    private int latestVersion;
    private QualificationDefinition draft;
    private QualificationDefinition lastPublished;
    private PublishedVersions published = PublishedVersions.NONE;

    protected Qualification() {
    }

    @CommandHandler
    public Qualification(DefineQualification command) {
        apply(new QualificationDefined(command.qualificationId(), command.issuerId(), 1, command.definition()));
    }

    @CommandHandler
    public void handle(ReviseQualification command) {
        requireOwnedBy(command.issuerId());
        QualificationDefinition current = draft != null ? draft : lastPublished;
        if (!command.definition().equals(current)) {
            int version = draft != null ? latestVersion : latestVersion + 1;
            apply(new QualificationRevised(qualificationId, issuerId, version, command.definition()));
        }
    }

    @CommandHandler
    public void handle(PublishQualification command) {
        requireOwnedBy(command.issuerId());
        if (draft == null) {
            throw new DomainRuleViolation("no-draft-to-publish", "Version " + latestVersion
                    + " is already published and no newer draft is open: revise the qualification first");
        }
        Optional<QualificationVersion> previous = published.latest();
        if (previous.isPresent() && command.publishedAt().isBefore(previous.get().publishedAt())) {
            // "In force at T" relies on versions taking effect in the order they are published.
            throw new DomainRuleViolation("publication-out-of-order", "Version " + previous.get().version()
                    + " took effect at " + previous.get().publishedAt() + "; version " + latestVersion
                    + " cannot take effect before it, at " + command.publishedAt());
        }
        apply(new QualificationPublished(qualificationId, issuerId, latestVersion, draft.name(),
                draft.targetAchievementId(), draft.creditsRequired(), draft.awardPolicy(),
                RulesJson.toJson(draft.rules())));
        apply(new QualificationVersionTookEffect(qualificationId, latestVersion, command.publishedAt()));
    }

    /** The version learners were evaluated against at {@code at}; empty before the first publication. */
    public Optional<QualificationVersion> versionInForceAt(Instant at) {
        return published.inForceAt(at);
    }

    private void requireOwnedBy(String tenant) {
        if (!issuerId.equals(tenant)) {
            throw new NotFound("Qualification", qualificationId);
        }
    }

    @EventSourcingHandler
    void on(QualificationDefined event) {
        qualificationId = event.qualificationId();
        issuerId = event.issuerId();
        latestVersion = event.version();
        draft = event.definition();
    }

    @EventSourcingHandler
    void on(QualificationRevised event) {
        latestVersion = event.version();
        draft = event.definition();
    }

    @EventSourcingHandler
    void on(QualificationPublished event) {
        lastPublished = draft;
        draft = null;
    }

    @EventSourcingHandler
    void on(QualificationVersionTookEffect event) {
        published = published.with(new QualificationVersion(event.version(), lastPublished, event.publishedAt()));
    }
}
