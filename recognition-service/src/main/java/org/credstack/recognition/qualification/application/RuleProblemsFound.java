package org.credstack.recognition.qualification.application;

import java.util.List;
import org.credstack.recognition.qualification.domain.RuleProblem;

/**
 * A definition (or a credit transfer rule) that recognition refuses, with every problem found: answered with 422
 * and one field-level entry per problem, so that a registrar can fix them all at once.
 */
public class RuleProblemsFound extends RuntimeException {

    private final List<RuleProblem> problems;

    public RuleProblemsFound(List<RuleProblem> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
