package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Components a learner chooses among. The group is met when {@code choose} of its components are held, and the
 * components held carry at least {@code minCredits}; either condition may be left out, not both.
 *
 * @param name a name registrars and learners recognise ("Data electives"); unique within the rules
 */
public record ElectiveGroup(String name, Integer choose, BigDecimal minCredits, List<Component> components) {

    public ElectiveGroup {
        minCredits = Credits.canonical(minCredits);
        components = components == null ? List.of() : List.copyOf(components);
    }

    public static ElectiveGroup choose(String name, int choose, List<Component> components) {
        return new ElectiveGroup(name, choose, null, components);
    }

    public static ElectiveGroup minCredits(String name, BigDecimal minCredits, List<Component> components) {
        return new ElectiveGroup(name, null, minCredits, components);
    }
}
