package org.credstack.vc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.stream.Collectors;
import org.credstack.vc.ob.AchievementCredentialSchema;

/**
 * Test support for the services' tests: the OB 3.0 AchievementCredential JSON Schema, now validated by the main-scope
 * {@link AchievementCredentialSchema} (the schema file is a main resource).
 */
public final class Ob30Schema {

    public static final String ID = AchievementCredentialSchema.ID;

    private Ob30Schema() {
    }

    /** The validation errors, sorted by instance location then message. */
    public static List<ValidationMessage> validate(JsonNode credential) {
        return AchievementCredentialSchema.validate(credential);
    }

    public static String describe(List<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::toString).collect(Collectors.joining("\n"));
    }
}
