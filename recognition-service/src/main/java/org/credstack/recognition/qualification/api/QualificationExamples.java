package org.credstack.recognition.qualification.api;

/** OpenAPI examples of the qualification API: the two worked examples of docs/recognition.md. */
final class QualificationExamples {

    private QualificationExamples() {
    }

    static final String CERTIFICATE = """
            {"name":"Certificate in Data Analytics","targetAchievementId":"ach-cert-analytics",
             "creditsRequired":15,"awardPolicy":"AUTOMATIC",
             "rules":{"required":[{"achievementId":"ach-statistics"},{"achievementId":"ach-python"},
                                  {"achievementId":"ach-visualisation"}]}}""";

    static final String DIPLOMA = """
            {"name":"Diploma in Applied Data Science","targetAchievementId":"ach-diploma",
             "creditsRequired":60,"awardPolicy":"CONFIRMED",
             "rules":{"required":[{"qualificationId":"qual-cert-analytics"},{"achievementId":"ach-research-methods"}],
                      "electiveGroups":[
                        {"name":"Data electives","choose":2,
                         "components":[{"achievementId":"ach-machine-learning"},{"achievementId":"ach-data-ethics"},
                                       {"achievementId":"ach-cloud"},{"achievementId":"ach-nlp"}]},
                        {"name":"Project","minCredits":15,
                         "components":[{"achievementId":"ach-capstone"},
                                       {"achievementId":"ach-internship","minEqfLevel":5}]}],
                      "minEqfLevel":6,"recencyYears":5,"maxRplShare":0.25,
                      "acceptedEquivalents":[{"issuerId":"partner-college","achievementId":"ach-partner-aml",
                                              "countsAs":"ach-machine-learning","credits":5}]}}""";

    static final String DEFINED = """
            {"id":"qual-cert-analytics","issuerId":"demo-university","name":"Certificate in Data Analytics",
             "state":"DRAFT","latestVersion":1,"publishedVersion":null,"draftVersion":1,
             "createdAt":"2026-11-30T09:00:00Z","updatedAt":"2026-11-30T09:00:00Z",
             "draft":{"version":1,"updatedAt":"2026-11-30T09:00:00Z",
                      "definition":{"name":"Certificate in Data Analytics","targetAchievementId":"ach-cert-analytics",
                                    "creditsRequired":15,"awardPolicy":"AUTOMATIC",
                                    "rules":{"required":[{"achievementId":"ach-statistics"},
                                                         {"achievementId":"ach-python"},
                                                         {"achievementId":"ach-visualisation"}],
                                             "electiveGroups":[],"acceptedEquivalents":[]}}},
             "versions":[]}""";

    static final String PUBLISHED = """
            {"id":"qual-cert-analytics","issuerId":"demo-university","name":"Certificate in Data Analytics",
             "state":"PUBLISHED","latestVersion":2,"publishedVersion":1,"draftVersion":2,
             "createdAt":"2026-11-30T09:00:00Z","updatedAt":"2026-12-02T14:00:00Z",
             "draft":{"version":2,"updatedAt":"2026-12-02T14:00:00Z",
                      "definition":{"name":"Certificate in Data Analytics","targetAchievementId":"ach-cert-analytics",
                                    "creditsRequired":15,"awardPolicy":"AUTOMATIC",
                                    "rules":{"required":[{"achievementId":"ach-statistics"},
                                                         {"achievementId":"ach-python"},
                                                         {"achievementId":"ach-visualisation"}],
                                             "electiveGroups":[],"recencyYears":5,"acceptedEquivalents":[]}}},
             "versions":[{"version":1,"publishedAt":"2026-12-01T08:00:00Z",
                          "definition":{"name":"Certificate in Data Analytics",
                                        "targetAchievementId":"ach-cert-analytics","creditsRequired":15,
                                        "awardPolicy":"AUTOMATIC",
                                        "rules":{"required":[{"achievementId":"ach-statistics"},
                                                             {"achievementId":"ach-python"},
                                                             {"achievementId":"ach-visualisation"}],
                                                 "electiveGroups":[],"acceptedEquivalents":[]}}}]}""";

    static final String LIST = """
            {"items":[{"id":"qual-cert-analytics","issuerId":"demo-university","name":"Certificate in Data Analytics",
                       "state":"PUBLISHED","latestVersion":2,"publishedVersion":1,"draftVersion":2,
                       "versions":[{"version":1,"publishedAt":"2026-12-01T08:00:00Z"}],
                       "updatedAt":"2026-12-02T14:00:00Z"},
                      {"id":"qual-diploma-data-science","issuerId":"demo-university",
                       "name":"Diploma in Applied Data Science","state":"DRAFT","latestVersion":1,
                       "publishedVersion":null,"draftVersion":1,"versions":[],
                       "updatedAt":"2026-12-02T15:00:00Z"}]}""";

    static final String REFUSED = """
            {"type":"https://credstack.org/problems/rule/elective-group-unsatisfiable",
             "title":"The rules cannot be accepted","status":422,
             "detail":"2 problems, the first: Elective group 'Data electives' asks for 3 of 2 components",
             "instance":"/v1/qualifications","rule":"elective-group-unsatisfiable",
             "errors":[{"rule":"elective-group-unsatisfiable","field":"rules.electiveGroups[0].choose",
                        "message":"Elective group 'Data electives' asks for 3 of 2 components"},
                       {"rule":"eqf-level-out-of-range","field":"rules.minEqfLevel",
                        "message":"An EQF level is 1 to 8, not 9"}]}""";

    static final String CYCLE = """
            {"type":"https://credstack.org/problems/rule/component-cycle",
             "title":"The rules cannot be accepted","status":422,
             "detail":"'Certificate in Data Analytics' would include itself: 'Certificate in Data Analytics' → 'Diploma in Applied Data Science' → 'Certificate in Data Analytics'",
             "instance":"/v1/qualifications/qual-cert-analytics","rule":"component-cycle",
             "errors":[{"rule":"component-cycle","field":"rules.required[3]",
                        "message":"'Certificate in Data Analytics' would include itself: 'Certificate in Data Analytics' → 'Diploma in Applied Data Science' → 'Certificate in Data Analytics'"}]}""";

    static final String STALE = """
            {"type":"https://credstack.org/problems/rule/stale-version","title":"Precondition Failed","status":412,
             "detail":"Qualification qual-cert-analytics has changed since version 0 (If-Match): read it again, then retry with its ETag",
             "instance":"/v1/qualifications/qual-cert-analytics","rule":"stale-version"}""";
}
