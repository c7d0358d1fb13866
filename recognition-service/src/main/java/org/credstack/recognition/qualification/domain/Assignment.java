package org.credstack.recognition.qualification.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each component at most one item and each credential at most one component. Greedy and deterministic:
 * components are filled in rule order (required first, then each elective group's in order), each taking its
 * most preferred candidate ({@link Candidate#PREFERENCE}) whose credentials are still unused. RPL toward the
 * qualification as a whole comes last.
 */
final class Assignment {

    /** An item taken, for a placement; {@code placement} is {@code null} for RPL toward the qualification. */
    record Taken(Placement placement, Candidate candidate) {
    }

    private record Offer(Placement placement, Candidate candidate) {
    }

    private final ComponentLabels labels;
    private final List<Taken> taken = new ArrayList<>();
    private final List<Offer> passedOver = new ArrayList<>();
    private final Map<String, Component> componentOfCredential = new HashMap<>();
    private final Set<String> takenItems = new HashSet<>();

    Assignment(ComponentLabels labels) {
        this.labels = labels;
    }

    void fill(Placement placement, List<Candidate> candidates) {
        boolean filled = false;
        for (Candidate candidate : candidates) {
            if (!filled && available(candidate)) {
                taken.add(new Taken(placement, candidate));
                takenItems.add(candidate.itemId());
                candidate.credentialIds().forEach(id -> componentOfCredential.put(id, placement.component()));
                filled = true;
            } else {
                passedOver.add(new Offer(placement, candidate));
            }
        }
    }

    void addToWhole(Candidate rpl) {
        taken.add(new Taken(null, rpl));
        takenItems.add(rpl.itemId());
    }

    List<Taken> taken() {
        return List.copyOf(taken);
    }

    /**
     * Items that could have filled a component but did not, with why: used up by another component, or the
     * component was already met by a preferred item. An item counted for one component is still reported for the
     * others it could have filled, so that a registrar sees why those stay open.
     */
    List<NotCounted> passedOver() {
        Set<NotCounted> reasons = new LinkedHashSet<>();
        for (Offer offer : passedOver) {
            String filledBy = taken.stream().filter(t -> offer.placement().equals(t.placement()))
                    .map(t -> t.candidate().itemId()).findFirst().orElse(null);
            if (!offer.candidate().itemId().equals(filledBy)) { // the same item, matched twice, filled it
                reasons.add(new NotCounted(offer.candidate().itemId(), offer.placement().component().key(),
                        reason(offer, filledBy)));
            }
        }
        return List.copyOf(reasons);
    }

    private String reason(Offer offer, String filledBy) {
        for (String credentialId : offer.candidate().credentialIds()) {
            Component other = componentOfCredential.get(credentialId);
            if (other != null && !other.equals(offer.placement().component())) {
                return "already counted for " + labels.of(other);
            }
        }
        return labels.of(offer.placement().component()) + " is already met by "
                + (filledBy == null ? "another item" : filledBy);
    }

    private boolean available(Candidate candidate) {
        return !takenItems.contains(candidate.itemId())
                && candidate.credentialIds().stream().noneMatch(componentOfCredential::containsKey);
    }
}
