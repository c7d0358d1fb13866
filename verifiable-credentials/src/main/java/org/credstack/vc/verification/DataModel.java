package org.credstack.vc.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.credstack.vc.jsonld.BundledContexts;
import org.credstack.vc.verification.VerificationReport.Check;

/**
 * The data-model check: a VC 2.0 credential whose contexts are all bundled. VC 1.1 is accepted on import only and
 * not verified here; a context that is not bundled is never fetched (a remote document loader would make
 * verification depend on someone else's web server), so the credential's terms cannot be interpreted.
 */
record DataModel(boolean vc11, List<String> unbundled, Check check) {

    static DataModel of(JsonNode credential) {
        JsonNode context = credential.get("@context");
        List<JsonNode> contexts = new ArrayList<>();
        if (context != null) {
            (context.isArray() ? context : List.of(context)).forEach(contexts::add);
        }
        String first = contexts.isEmpty() ? null : contexts.get(0).asText(null);
        boolean vc11 = BundledContexts.CREDENTIALS_V1.equals(first);
        List<String> unbundled = new ArrayList<>();
        for (JsonNode c : contexts) {
            if (c.isTextual() && !BundledContexts.contains(c.asText())) {
                unbundled.add(c.asText());
            } else if (!c.isTextual() && !c.isObject()) {
                unbundled.add(c.toString());
            }
        }
        return new DataModel(vc11, unbundled, check(credential, first, vc11, unbundled));
    }

    private static Check check(JsonNode credential, String first, boolean vc11, List<String> unbundled) {
        if (!vc11 && !BundledContexts.CREDENTIALS_V2.equals(first)) {
            return Checks.failed(Checks.DATA_MODEL, "the first @context must be " + BundledContexts.CREDENTIALS_V2
                    + " (VC Data Model 2.0), found " + first);
        }
        if (!types(credential).contains("VerifiableCredential")) {
            return Checks.failed(Checks.DATA_MODEL, "the type does not include VerifiableCredential");
        }
        String unbundledText = unbundled.isEmpty() ? "" : "contexts not bundled here (never fetched), so the "
                + "credential's terms cannot be interpreted: " + unbundled;
        if (vc11) {
            return Checks.notRun(Checks.DATA_MODEL, "not verifiable here (VC 1.1): credstack verifies VC Data Model "
                    + "2.0 (Open Badges 3.0) credentials; VC 1.1 is accepted on import only"
                    + (unbundled.isEmpty() ? "" : "; " + unbundledText));
        }
        if (!unbundled.isEmpty()) {
            return Checks.notRun(Checks.DATA_MODEL, unbundledText);
        }
        return Checks.passed(Checks.DATA_MODEL, "VC Data Model 2.0, every context bundled");
    }

    static List<String> types(JsonNode credential) {
        JsonNode type = credential.get("type");
        List<String> types = new ArrayList<>();
        if (type != null) {
            (type.isArray() ? type : List.of(type)).forEach(t -> types.add(t.asText()));
        }
        return types;
    }
}
