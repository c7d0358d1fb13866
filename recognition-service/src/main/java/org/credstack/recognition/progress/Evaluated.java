package org.credstack.recognition.progress;

import org.credstack.recognition.qualification.application.PublishedQualification;
import org.credstack.recognition.qualification.domain.Progress;

/** A learner's progress toward one version of a qualification. */
public record Evaluated(PublishedQualification qualification, Progress progress) {
}
