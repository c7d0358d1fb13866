package org.credstack.recognition.qualification.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Qualification definitions as a registrar's JSON, for the API tests. */
public final class Definitions {

    private Definitions() {
    }

    public static Map<String, Object> achievement(String achievementId) {
        return Map.of("achievementId", achievementId);
    }

    public static Map<String, Object> qualification(String qualificationId) {
        return Map.of("qualificationId", qualificationId);
    }

    /** A qualification awarding {@code target} to whoever holds every required component. */
    public static Map<String, Object> requiring(String name, String target, Object credits,
            List<Map<String, Object>> required) {
        return definition(name, target, credits, rules(required));
    }

    /** Every achievement required, for the credits given. */
    public static Map<String, Object> requiringAchievements(String name, String target, Object credits,
            String... achievementIds) {
        List<Map<String, Object>> required = new ArrayList<>();
        for (String id : achievementIds) {
            required.add(achievement(id));
        }
        return requiring(name, target, credits, required);
    }

    public static Map<String, Object> definition(String name, String target, Object credits,
            Map<String, Object> rules) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("name", name);
        definition.put("targetAchievementId", target);
        definition.put("creditsRequired", credits);
        definition.put("awardPolicy", "AUTOMATIC");
        definition.put("rules", rules);
        return definition;
    }

    public static Map<String, Object> rules(List<Map<String, Object>> required) {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("required", required);
        return rules;
    }

    /** A copy with one more top-level or rules entry. */
    public static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> withRule(Map<String, Object> definition, String key, Object value) {
        return with(definition, "rules", with((Map<String, Object>) definition.get("rules"), key, value));
    }
}
