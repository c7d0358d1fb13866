package org.credstack.recognition.equivalence.api;

/** OpenAPI examples of the credit transfer API. */
final class EquivalenceExamples {

    private EquivalenceExamples() {
    }

    static final String REQUEST = """
            {"externalIssuerId":"partner-college","externalAchievementId":"ach-partner-stats",
             "countsAs":"ach-statistics","credits":5}""";

    static final String LARGER = """
            {"externalIssuerId":"partner-college","externalAchievementId":"ach-partner-ml-full",
             "countsAs":"ach-machine-learning","credits":7.5,"exceedsInternalCredits":true}""";

    static final String RECORDED = """
            {"id":"5b0f7c52-8a3e-4f0d-9c61-2e7a9b4d1f38","issuerId":"demo-university",
             "externalIssuerId":"partner-college","externalAchievementId":"ach-partner-stats",
             "countsAs":"ach-statistics","credits":5,"exceedsInternalCredits":false,
             "createdAt":"2026-12-01T10:00:00Z","withdrawnAt":null}""";

    static final String PAGE = "{\"items\":[" + RECORDED + "]}";

    static final String REFUSED = """
            {"type":"https://credstack.org/problems/rule/equivalence-credits-above-internal",
             "title":"The rules cannot be accepted","status":422,
             "detail":"7.5 credits is more than 'Machine Learning' carries (5); set exceedsInternalCredits if that is what you mean",
             "instance":"/v1/equivalences","rule":"equivalence-credits-above-internal",
             "errors":[{"rule":"equivalence-credits-above-internal","field":"credits",
                        "message":"7.5 credits is more than 'Machine Learning' carries (5); set exceedsInternalCredits if that is what you mean"}]}""";

    static final String DUPLICATE = """
            {"type":"https://credstack.org/problems/rule/duplicate-equivalence",
             "title":"A business rule forbids this","status":409,"rule":"duplicate-equivalence",
             "detail":"Equivalence 5b0f7c52-8a3e-4f0d-9c61-2e7a9b4d1f38 already makes ach-partner-stats count as ach-statistics: withdraw it first to change its credits",
             "instance":"/v1/equivalences"}""";
}
