package org.credstack.vc.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.stream.Collectors;
import org.credstack.vc.ob.AchievementCredentialSchema;
import org.credstack.vc.verification.VerificationReport.Check;

/**
 * The schema check: a VC 2.0 credential against the OB 3.0 AchievementCredential JSON Schema. An
 * EndorsementCredential has its own schema, which is not bundled; VC 1.1 credentials are not judged here.
 */
final class SchemaCheck {

    private static final int SHOWN = 5;

    private SchemaCheck() {
    }

    static Check check(JsonNode credential, DataModel model) {
        if (model.vc11()) {
            return Checks.notRun(Checks.SCHEMA, "not verifiable here (VC 1.1): the OB 3.0 JSON Schema describes "
                    + "VC 2.0 credentials");
        }
        if (DataModel.types(credential).contains("EndorsementCredential")) {
            return Checks.notRun(Checks.SCHEMA, "EndorsementCredential: its JSON Schema "
                    + "(ob_v3p0_endorsementcredential_schema.json) is not bundled here");
        }
        JsonNode status = credential.get("credentialStatus");
        if (status != null && status.isArray() && !status.isEmpty() && credential instanceof ObjectNode object) {
            return statusArray(object, (ArrayNode) status);
        }
        List<ValidationMessage> errors = AchievementCredentialSchema.validate(credential);
        if (errors.isEmpty()) {
            return Checks.passed(Checks.SCHEMA, "conforms to the OB 3.0 AchievementCredential JSON Schema");
        }
        return failed(errors);
    }

    /**
     * VC 2.0 lets credentialStatus be an array (revocation and suspension entries); the OB 3.0 schema describes one
     * object. Such a credential conforms when it does with each entry in the array's place: the one known deviation,
     * said in the detail (credstack issues it for suspendable achievements, decision D21).
     */
    private static Check statusArray(ObjectNode credential, ArrayNode entries) {
        for (JsonNode entry : entries) {
            ObjectNode one = credential.deepCopy();
            one.set("credentialStatus", entry);
            List<ValidationMessage> errors = AchievementCredentialSchema.validate(one);
            if (!errors.isEmpty()) {
                return failed(errors);
            }
        }
        return Checks.passed(Checks.SCHEMA, "conforms to the OB 3.0 AchievementCredential JSON Schema, with each of "
                + "its " + entries.size() + " credentialStatus entries in place of the array (VC 2.0 allows an array)");
    }

    private static Check failed(List<ValidationMessage> errors) {
        String shown = errors.stream().limit(SHOWN).map(ValidationMessage::getMessage)
                .collect(Collectors.joining("; "));
        return Checks.failed(Checks.SCHEMA, errors.size() + " violation(s) of the OB 3.0 AchievementCredential "
                + "JSON Schema: " + shown + (errors.size() > SHOWN ? "; ..." : ""));
    }
}
