package org.credstack.recognition.award.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the institution withdraws or keeps an award. */
public record DecisionRequest(@NotBlank @Size(max = 2000) String reason) {
}
