package org.credstack.issuance.credential.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.UUID;
import org.credstack.issuance.achievement.projection.PublishedAchievements;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.vc.ob.Evidence;

/**
 * The evidence a qualification's credential lists: one OB 3.0 {@code Evidence} entry per credential recognition
 * counted toward it, identified by {@code urn:uuid:<credentialId>} (the counted credential's own id), so that a
 * verifier can ask for each component. Must run inside a transaction (it reads the credential view).
 */
@ApplicationScoped
public class AwardEvidence {

    static final String UNNAMED = "Counted credential";

    @Inject
    PublishedAchievements achievements;

    public List<Evidence> of(AwardRequest request) {
        String description = "A credential counted toward qualification " + request.qualificationId()
                + " (version " + request.qualificationVersion() + ")";
        return request.countedCredentialIds().stream().map(id -> {
            String evidenceId = evidenceId(id);
            return new Evidence(evidenceId, name(request.issuerId(), id),
                    evidenceId != null ? description : description + ": credential " + id, null);
        }).toList();
    }

    /**
     * The counted credential's achievement name when the credential is this issuer's own; another institution's
     * credential is not this issuer's to describe (tenant isolation), so it is named generically.
     */
    private String name(String issuerId, String credentialId) {
        CredentialRecord counted = CredentialRecord.findById(credentialId);
        if (counted == null || !counted.issuerId.equals(issuerId)) {
            return UNNAMED;
        }
        return achievements.find(issuerId, counted.achievementId, counted.achievementVersion)
                .map(achievement -> achievement.definition().name()).orElse(UNNAMED);
    }

    /** credstack credential ids are UUIDs; an id that is already an absolute URI (an import's URL) is kept as is. */
    static String evidenceId(String credentialId) {
        try {
            UUID uuid = UUID.fromString(credentialId);
            if (uuid.toString().equalsIgnoreCase(credentialId)) {
                return "urn:uuid:" + uuid;
            }
        } catch (IllegalArgumentException notUuid) {
            // not a UUID: maybe a URI
        }
        try {
            return new URI(credentialId).isAbsolute() ? credentialId : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
