package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An OB 3.0 {@code Alignment} of an achievement with a node of an external framework (ESCO skills, EQF levels).
 *
 * @param targetName        required
 * @param targetUrl         required: the node's URL (for ESCO, the skill's concept URI)
 * @param targetFramework   optional, e.g. {@code ESCO 1.2.0} or {@code EQF}
 * @param targetCode        optional, e.g. the EQF level
 * @param targetType        optional; OB's enumeration or an {@code ext:} extension
 *                          ({@code ext:ESCOSkill}, {@code ext:EQFLevel})
 * @param targetDescription optional
 * @param escoVersion       optional credstack term: the ESCO version the skill URI was taken from
 */
public record Alignment(String targetName, String targetUrl, String targetFramework, String targetCode,
        String targetType, String targetDescription, String escoVersion) {

    /** The EU's EQF level vocabulary ({@code http://data.europa.eu/snb/eqf/<level>}, Europass / ELM). */
    public static final String EQF_LEVEL_BASE = "http://data.europa.eu/snb/eqf/";
    public static final String ESCO_SKILL_TYPE = "ext:ESCOSkill";
    public static final String EQF_LEVEL_TYPE = "ext:EQFLevel";

    private static final String ALIGNMENT_TARGET_TYPE = "ceasn:Competency|ceterms:Credential|CFItem|CFRubric"
            + "|CFRubricCriterion|CFRubricCriterionLevel|CTDL|ext:[A-Za-z0-9.\\-_]+";

    public Alignment {
        Identifiers.requireText("alignment.targetName", targetName);
        Identifiers.requireAbsoluteUri("alignment.targetUrl", targetUrl);
        Identifiers.optionalText("alignment.targetFramework", targetFramework);
        Identifiers.optionalText("alignment.targetCode", targetCode);
        Identifiers.optionalText("alignment.targetDescription", targetDescription);
        Identifiers.optionalText("alignment.escoVersion", escoVersion);
        if (targetType != null && !targetType.matches(ALIGNMENT_TARGET_TYPE)) {
            throw new IllegalArgumentException("alignment.targetType must be one of OB's AlignmentTargetType values"
                    + " or ext:<name>: " + targetType);
        }
    }

    /**
     * An ESCO skill: targetFramework {@code "ESCO <version>"}, targetType {@code ext:ESCOSkill}, and the version
     * also in credstack's {@code escoVersion}.
     *
     * @param skillUri e.g. {@code http://data.europa.eu/esco/skill/...}
     * @param version  the ESCO version, e.g. {@code 1.2.0}
     */
    public static Alignment escoSkill(String skillUri, String preferredLabel, String version) {
        Identifiers.requireText("alignment.escoVersion", version);
        if (skillUri == null || !skillUri.startsWith("http://data.europa.eu/esco/")) {
            throw new IllegalArgumentException("An ESCO skill URI starts with http://data.europa.eu/esco/: "
                    + skillUri);
        }
        return new Alignment(preferredLabel, skillUri, "ESCO " + version, null, ESCO_SKILL_TYPE, null, version);
    }

    /** An EQF level (1 to 8): targetFramework {@code EQF}, targetCode the level, targetType {@code ext:EQFLevel}. */
    public static Alignment eqfLevel(int level) {
        if (level < 1 || level > 8) {
            throw new IllegalArgumentException("An EQF level is 1 to 8: " + level);
        }
        return new Alignment("EQF level " + level, EQF_LEVEL_BASE + level, "EQF", Integer.toString(level),
                EQF_LEVEL_TYPE, null, null);
    }

    ObjectNode toJson() {
        ObjectNode alignment = JsonNodeFactory.instance.objectNode();
        alignment.putArray("type").add("Alignment");
        alignment.put("targetName", targetName);
        alignment.put("targetUrl", targetUrl);
        if (targetFramework != null) {
            alignment.put("targetFramework", targetFramework);
        }
        if (targetCode != null) {
            alignment.put("targetCode", targetCode);
        }
        if (targetType != null) {
            alignment.put("targetType", targetType);
        }
        if (targetDescription != null) {
            alignment.put("targetDescription", targetDescription);
        }
        if (escoVersion != null) {
            alignment.put("escoVersion", escoVersion);
        }
        return alignment;
    }
}
