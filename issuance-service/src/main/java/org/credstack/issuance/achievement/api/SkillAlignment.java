package org.credstack.issuance.achievement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.credstack.events.issuance.Skill;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An ESCO skill the achievement develops (an OB 3.0 alignment with targetFramework ESCO)")
public record SkillAlignment(
        @Schema(example = "http://data.europa.eu/esco/skill/0a8d2e9b-3b4f-4c0e-9f7a-2e3c0f6a9d11",
                description = "The ESCO skill URI")
        @NotBlank @Size(max = 512)
        @Pattern(regexp = "https?://data\\.europa\\.eu/esco/skill/[A-Za-z0-9][A-Za-z0-9-]*",
                message = "must be an ESCO skill URI such as http://data.europa.eu/esco/skill/<id>")
        String uri,
        @Schema(example = "v1.2.0", description = "The ESCO classification version the URI belongs to")
        @NotBlank @Pattern(regexp = "v\\d+\\.\\d+(\\.\\d+)?", message = "must be an ESCO version such as v1.2.0")
        String escoVersion,
        @Schema(example = "analyse data", description = "The skill's preferred label") @Size(max = 512)
        String label) {

    Skill toSkill() {
        return new Skill(uri, escoVersion, label);
    }

    static SkillAlignment of(Skill skill) {
        return new SkillAlignment(skill.uri(), skill.escoVersion(), skill.label());
    }
}
