package org.credstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The qualifications the progress benchmarks publish: each made of required achievement components and one elective
 * group ("choose 3 of 5"), 10 to 12 components to fill, {@code creditsRequired} = the credits of those components
 * (3.5 each, the bench achievement's), policy {@code CONFIRMED} (an eligible learner's award waits for staff, so no
 * award credential is issued in the middle of a measurement).
 * <p>
 * Components come from the achievements the learner holds ({@code held}); every {@value #MET_EVERY}th qualification
 * (the first, the eleventh, ...) takes all of them from there, so the learner meets a few; the others also name one
 * {@code missing} achievement among the required (the learner mostly, but not fully, holds them), and every other one
 * of those has three more missing components in its elective group when there are four missing achievements. With
 * no missing achievements (the rebuild's synthetic learners hold a handful of credentials each), every component is a
 * held one. Deterministic for a seed.
 */
final class QualificationPlan {

    static final int MET_EVERY = 10;
    static final int ELECTIVES = 5;
    static final int CHOOSE = 3;
    /** The least held achievements a plan needs: the most components one qualification draws from them. */
    static final int MIN_HELD = 12 - CHOOSE + ELECTIVES;
    static final BigDecimal CREDITS_PER_COMPONENT = new BigDecimal("3.5");
    static final String POLICY = "CONFIRMED";

    /** One qualification: its JSON and whether the learner holding every {@code held} achievement meets it. */
    record Planned(String name, String json, List<String> components, boolean metByHolder) {
    }

    private QualificationPlan() {
    }

    /**
     * @param count   qualifications
     * @param tag     the run tag, in the names
     * @param target  the issuer's own published achievement that the qualifications award (never a component)
     * @param held    achievements the learner holds; at least {@link #MIN_HELD}
     * @param missing achievements the learner does not hold (may be empty)
     */
    static List<Planned> plan(int count, String tag, String target, List<String> held, List<String> missing,
                              long seed, ObjectMapper json) {
        if (held.size() < MIN_HELD) {
            throw new IllegalArgumentException("a qualification plan needs at least " + MIN_HELD
                    + " held achievements, got " + held.size());
        }
        List<Planned> out = new ArrayList<>(count);
        for (int q = 0; q < count; q++) {
            Random random = new Random(seed * 31 + q);
            int toFill = 10 + q % 3;                 // 10, 11, 12 components
            int required = toFill - CHOOSE;          // 7, 8, 9
            boolean met = missing.isEmpty() || q % MET_EVERY == 0;
            List<String> pool = new ArrayList<>(held);
            Collections.shuffle(pool, random);
            List<String> requiredIds = new ArrayList<>(pool.subList(0, required));
            List<String> electiveIds = new ArrayList<>(pool.subList(required, required + ELECTIVES));
            if (!met) {
                requiredIds.set(required - 1, missing.get(q % missing.size()));
                if (q % 2 == 1 && missing.size() > CHOOSE) {
                    for (int i = 0; i < CHOOSE; i++) { // distinct from each other and from the required one
                        electiveIds.set(ELECTIVES - 1 - i, missing.get((q + 1 + i) % missing.size()));
                    }
                }
            }
            String name = "Bench Qualification " + tag + " " + (q + 1);
            ObjectNode definition = json.createObjectNode().put("name", name).put("targetAchievementId", target)
                    .put("creditsRequired", CREDITS_PER_COMPONENT.multiply(BigDecimal.valueOf(toFill)))
                    .put("awardPolicy", POLICY);
            ObjectNode rules = definition.putObject("rules");
            ArrayNode req = rules.putArray("required");
            requiredIds.forEach(id -> req.addObject().put("achievementId", id));
            ObjectNode group = rules.putArray("electiveGroups").addObject().put("name", "Electives")
                    .put("choose", CHOOSE);
            ArrayNode components = group.putArray("components");
            electiveIds.forEach(id -> components.addObject().put("achievementId", id));
            List<String> all = new ArrayList<>(requiredIds);
            all.addAll(electiveIds);
            out.add(new Planned(name, definition.toString(), List.copyOf(all), met));
        }
        return out;
    }
}
