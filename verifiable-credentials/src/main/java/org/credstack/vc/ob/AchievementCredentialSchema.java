package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.util.List;

/**
 * The 1EdTech OB 3.0 AchievementCredential JSON Schema (a copy of shared/standards/ob30/schema, bundled under
 * {@code ob30/schema/}), validated with networknt json-schema-validator, draft 2019-09. Offline: the schema's
 * {@code $id} is mapped to the classpath copy, the draft meta-schemas come from the validator's own classpath, and any
 * other (remote) schema location is refused. This copy accepts {@code proof} as one object or an array (public copies
 * differ on that; credstack emits an array-tolerant shape and accepts both). Thread-safe.
 */
public final class AchievementCredentialSchema {

    public static final String ID =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private static final JsonSchema SCHEMA = load();

    private AchievementCredentialSchema() {
    }

    private static JsonSchema load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix("https://purl.imsglobal.org/spec/ob/v3p0/schema/json/",
                        "classpath:ob30/schema/"))
                .schemaLoaders(loaders -> loaders.add(
                        new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
        return factory.getSchema(SchemaLocation.of(ID));
    }

    /** The validation errors, sorted by their text (instance location first); empty when the credential conforms. */
    public static List<ValidationMessage> validate(JsonNode credential) {
        return SCHEMA.validate(credential).stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();
    }
}
