package org.credstack.e2e;

import static org.hamcrest.Matchers.lessThan;

import java.util.List;
import java.util.Map;

/** The institution's side of an RPL claim: completeness, an assessor, verdicts and the decision. */
final class Rpl {

    private Rpl() {
    }

    /**
     * Has {@code assessor} assess the claim (lo-1 met, lo-2 not) and decide it: a new claim is first found complete;
     * an appealed one goes to the assessor as its appeal assessor.
     */
    static void decide(Institution institution, String claim, String assessor, String outcome, double credits) {
        String state = institution.atRecognition("registrar", "issuer-staff").get("/v1/rpl-claims/" + claim)
                .then().statusCode(200).extract().path("state");
        if (state.equals("SUBMITTED") || state.equals("RESUBMITTED")) {
            institution.atRecognition("registrar", "issuer-staff").body(Map.of("complete", true))
                    .post("/v1/rpl-claims/" + claim + "/completeness").then().statusCode(lessThan(300));
        }
        institution.atRecognition("registrar", "issuer-admin").body(Map.of("assessorSubject", assessor))
                .post("/v1/rpl-claims/" + claim + "/assign").then().statusCode(lessThan(300));
        institution.atRecognition(assessor, "assessor").body(Map.of("assessments", List.of(
                        Map.of("outcomeId", "lo-1", "verdict", "MET", "comment", "Dashboards in the portfolio"),
                        Map.of("outcomeId", "lo-2", "verdict", "NOT_MET", "comment", "No cleaning shown"))))
                .post("/v1/rpl-claims/" + claim + "/assessments").then().statusCode(lessThan(300));
        institution.atRecognition(assessor, "assessor").body(Map.of("outcome", outcome, "creditsAwarded", credits,
                        "rationale", "lo-1 evidenced by the portfolio; lo-2 not evidenced"))
                .post("/v1/rpl-claims/" + claim + "/decision").then().statusCode(lessThan(300));
    }
}
