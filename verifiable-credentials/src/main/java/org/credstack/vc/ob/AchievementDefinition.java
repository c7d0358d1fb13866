package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A published version of a micro-credential definition, as the OB 3.0 {@code Achievement} embedded in every
 * credential issued from it. OB terms where OB has them (achievementType, creditsAvailable for ECTS, alignment for
 * EQF and ESCO, resultDescription); the EU micro-credential elements OB lacks in the credstack context
 * ({@code workloadHours}, {@code assessmentType}, {@code formOfParticipation}, {@code qualityAssurance},
 * {@code prerequisites}, {@code stackability}). Use {@link #builder(String, String, String, String)}.
 *
 * @param id                  the URI of this achievement version (a credential keeps pointing at it)
 * @param achievementType     OB's AchievementType (e.g. {@code MicroCredential}, {@code Course}) or ext:name
 * @param name                required
 * @param description         required
 * @param criteriaNarrative   required: what earning it takes (Markdown allowed)
 * @param criteriaUrl         optional page describing the criteria ({@code criteria.id})
 * @param image               optional
 * @param creditsAvailable    optional ECTS credits (OB {@code creditsAvailable})
 * @param workloadHours       optional notional workload in hours (credstack)
 * @param alignments          ESCO skills, the EQF level, ...
 * @param resultDescriptions  possible results
 * @param assessmentType      optional (credstack)
 * @param formOfParticipation optional, e.g. online, on-site, blended (credstack)
 * @param qualityAssurance    optional (credstack)
 * @param prerequisites       optional (credstack)
 * @param stackability        optional (credstack)
 * @param suspensionAllowed   whether credentials of this achievement may be suspended: they then carry a suspension
 *                            status entry too (see {@link OpenBadgeCredentials})
 */
public record AchievementDefinition(String id, String achievementType, String name, String description,
        String criteriaNarrative, String criteriaUrl, Image image, BigDecimal creditsAvailable,
        BigDecimal workloadHours, List<Alignment> alignments, List<ResultDescription> resultDescriptions,
        String assessmentType, String formOfParticipation, QualityAssurance qualityAssurance, String prerequisites,
        String stackability, boolean suspensionAllowed) {

    private static final String ACHIEVEMENT_TYPE = "Achievement|ApprenticeshipCertificate|Assessment|Assignment"
            + "|AssociateDegree|Award|Badge|BachelorDegree|Certificate|CertificateOfCompletion|Certification"
            + "|CommunityService|Competency|Course|CoCurricular|Degree|Diploma|DoctoralDegree|Fieldwork"
            + "|GeneralEducationDevelopment|JourneymanCertificate|LearningProgram|License|Membership"
            + "|ProfessionalDoctorate|QualityAssuranceCredential|MasterCertificate|MasterDegree|MicroCredential"
            + "|ResearchDoctorate|SecondarySchoolDiploma|ext:[A-Za-z0-9.\\-_]+";

    public AchievementDefinition {
        Identifiers.requireAbsoluteUri("achievement.id", id);
        Identifiers.requireText("achievement.achievementType", achievementType);
        if (!achievementType.matches(ACHIEVEMENT_TYPE)) {
            throw new IllegalArgumentException("achievement.achievementType must be one of OB's AchievementType"
                    + " values or ext:<name>: " + achievementType);
        }
        Identifiers.requireText("achievement.name", name);
        Identifiers.requireText("achievement.description", description);
        Identifiers.requireText("achievement.criteria.narrative", criteriaNarrative);
        Identifiers.optionalAbsoluteUri("achievement.criteria.id", criteriaUrl);
        requireNonNegative("achievement.creditsAvailable", creditsAvailable);
        requireNonNegative("achievement.workloadHours", workloadHours);
        alignments = alignments == null ? List.of() : List.copyOf(alignments);
        resultDescriptions = resultDescriptions == null ? List.of() : List.copyOf(resultDescriptions);
        if (resultDescriptions.stream().map(ResultDescription::id).distinct().count() != resultDescriptions.size()) {
            throw new IllegalArgumentException("achievement.resultDescription ids must be distinct");
        }
        Identifiers.optionalText("achievement.assessmentType", assessmentType);
        Identifiers.optionalText("achievement.formOfParticipation", formOfParticipation);
        Identifiers.optionalText("achievement.prerequisites", prerequisites);
        Identifiers.optionalText("achievement.stackability", stackability);
    }

    public static Builder builder(String id, String name, String description, String criteriaNarrative) {
        return new Builder(id, name, description, criteriaNarrative);
    }

    /**
     * The {@code Achievement}: {@code {id, type ["Achievement"], achievementType, name, description,
     * criteria {id?, narrative}, image?, creditsAvailable?, alignment?, resultDescription?, workloadHours?,
     * assessmentType?, formOfParticipation?, qualityAssurance?, prerequisites?, stackability?}}.
     */
    public ObjectNode toJson() {
        ObjectNode achievement = JsonNodeFactory.instance.objectNode();
        achievement.put("id", id);
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", achievementType);
        achievement.put("name", name);
        achievement.put("description", description);
        ObjectNode criteria = achievement.putObject("criteria");
        if (criteriaUrl != null) {
            criteria.put("id", criteriaUrl);
        }
        criteria.put("narrative", criteriaNarrative);
        if (image != null) {
            achievement.set("image", image.toJson());
        }
        if (creditsAvailable != null) {
            achievement.set("creditsAvailable", number(creditsAvailable));
        }
        if (!alignments.isEmpty()) {
            ArrayNode array = achievement.putArray("alignment");
            alignments.forEach(a -> array.add(a.toJson()));
        }
        if (!resultDescriptions.isEmpty()) {
            ArrayNode array = achievement.putArray("resultDescription");
            resultDescriptions.forEach(r -> array.add(r.toJson()));
        }
        if (workloadHours != null) {
            achievement.set("workloadHours", number(workloadHours));
        }
        putIfPresent(achievement, "assessmentType", assessmentType);
        putIfPresent(achievement, "formOfParticipation", formOfParticipation);
        if (qualityAssurance != null) {
            achievement.set("qualityAssurance", qualityAssurance.toJson());
        }
        putIfPresent(achievement, "prerequisites", prerequisites);
        putIfPresent(achievement, "stackability", stackability);
        return achievement;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void requireNonNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(field + " must be 0 or more: " + value);
        }
    }

    /** Integral values as JSON integers ({@code 5}, not {@code 5.0} or {@code 5E+0}); others in plain decimal. */
    static NumericNode number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return LongNode.valueOf(stripped.longValueExact());
        }
        return DecimalNode.valueOf(new BigDecimal(stripped.toPlainString()));
    }

    /** Builds an {@link AchievementDefinition}; achievementType defaults to {@code MicroCredential}. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final String description;
        private final String criteriaNarrative;
        private String achievementType = "MicroCredential";
        private String criteriaUrl;
        private Image image;
        private BigDecimal creditsAvailable;
        private BigDecimal workloadHours;
        private final List<Alignment> alignments = new ArrayList<>();
        private final List<ResultDescription> resultDescriptions = new ArrayList<>();
        private String assessmentType;
        private String formOfParticipation;
        private QualityAssurance qualityAssurance;
        private String prerequisites;
        private String stackability;
        private boolean suspensionAllowed;

        private Builder(String id, String name, String description, String criteriaNarrative) {
            this.id = id;
            this.name = name;
            this.description = description;
            this.criteriaNarrative = criteriaNarrative;
        }

        public Builder achievementType(String value) {
            this.achievementType = value;
            return this;
        }

        public Builder criteriaUrl(String value) {
            this.criteriaUrl = value;
            return this;
        }

        public Builder image(Image value) {
            this.image = value;
            return this;
        }

        /** ECTS credits. */
        public Builder creditsAvailable(BigDecimal value) {
            this.creditsAvailable = value;
            return this;
        }

        public Builder workloadHours(BigDecimal value) {
            this.workloadHours = value;
            return this;
        }

        public Builder alignment(Alignment value) {
            this.alignments.add(Objects.requireNonNull(value, "alignment"));
            return this;
        }

        public Builder resultDescription(ResultDescription value) {
            this.resultDescriptions.add(Objects.requireNonNull(value, "resultDescription"));
            return this;
        }

        public Builder assessmentType(String value) {
            this.assessmentType = value;
            return this;
        }

        public Builder formOfParticipation(String value) {
            this.formOfParticipation = value;
            return this;
        }

        public Builder qualityAssurance(QualityAssurance value) {
            this.qualityAssurance = value;
            return this;
        }

        public Builder prerequisites(String value) {
            this.prerequisites = value;
            return this;
        }

        public Builder stackability(String value) {
            this.stackability = value;
            return this;
        }

        public Builder suspensionAllowed(boolean value) {
            this.suspensionAllowed = value;
            return this;
        }

        public AchievementDefinition build() {
            return new AchievementDefinition(id, achievementType, name, description, criteriaNarrative, criteriaUrl,
                    image, creditsAvailable, workloadHours, alignments, resultDescriptions, assessmentType,
                    formOfParticipation, qualityAssurance, prerequisites, stackability, suspensionAllowed);
        }
    }
}
