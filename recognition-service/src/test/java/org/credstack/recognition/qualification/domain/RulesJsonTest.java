package org.credstack.recognition.qualification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.recognition.qualification.domain.Examples.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules' JSON: what the REST layer will accept and what {@code QualificationPublished.rules} carries. */
class RulesJsonTest {

    static final String JSON = """
            {
              "required": [ { "achievementId": "a-statistics" }, { "qualificationId": "q-foundations" } ],
              "electiveGroups": [
                { "name": "Data electives", "choose": 2, "minCredits": 10,
                  "components": [ { "achievementId": "a-data-ethics" },
                                  { "achievementId": "a-machine-learning", "minEqfLevel": 7 },
                                  { "achievementId": "a-visualisation" } ] }
              ],
              "minEqfLevel": 6,
              "recencyYears": 5,
              "maxRplShare": 0.25,
              "acceptedEquivalents": [
                { "issuerId": "partner-college", "achievementId": "p-statistics", "countsAs": "a-statistics",
                  "credits": 5 }
              ]
            }""";

    static final QualificationRules RULES = new QualificationRules(
            List.of(Component.achievement(STATS), Component.qualification("q-foundations")),
            List.of(new ElectiveGroup("Data electives", 2, credits("10"), List.of(Component.achievement(ETHICS),
                    Component.achievement(ML).withMinEqfLevel(7), Component.achievement(VIS)))),
            6, 5, credits("0.25"), List.of(new AcceptedEquivalent(PARTNER, PARTNER_STATS, STATS, credits("5"))));

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void the_rules_are_read_from_their_json_as_they_are() throws Exception {
        assertThat(mapper.readValue(JSON, QualificationRules.class)).isEqualTo(RULES);
    }

    @Test
    void the_published_rules_are_the_same_json_without_absent_parts() throws Exception {
        assertThat(mapper.writeValueAsString(RulesJson.toJson(RULES)))
                .isEqualTo(mapper.writeValueAsString(mapper.readTree(JSON)));
        assertThat(mapper.treeToValue(RulesJson.toJson(RULES), QualificationRules.class)).isEqualTo(RULES);
    }

    @Test
    void absent_lists_read_as_empty_ones() throws Exception {
        QualificationRules rules = mapper.readValue("{\"required\": [{\"achievementId\": \"a-sql\"}]}",
                QualificationRules.class);
        assertThat(rules).isEqualTo(rules(List.of(Component.achievement(SQL)), List.of()));
    }
}
