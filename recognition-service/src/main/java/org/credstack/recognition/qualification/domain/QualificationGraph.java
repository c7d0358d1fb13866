package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** What recognition knows about other qualifications, to check nested stacking (backed by a projection). */
@FunctionalInterface
public interface QualificationGraph {

    Optional<QualificationFacts> find(String qualificationId);

    /**
     * @param creditsRequired           what the qualification counts for when nested
     * @param componentQualificationIds the qualifications it nests, over its published versions and its open draft:
     *                                  a cycle through any of them would make a later publication loop
     */
    record QualificationFacts(String issuerId, String name, BigDecimal creditsRequired,
            Set<String> componentQualificationIds) {

        public QualificationFacts {
            componentQualificationIds = componentQualificationIds == null ? Set.of()
                    : Set.copyOf(componentQualificationIds);
        }
    }
}
