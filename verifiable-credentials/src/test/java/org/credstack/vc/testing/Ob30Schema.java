package org.credstack.vc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The 1EdTech OB 3.0 AchievementCredential JSON Schema (a copy of shared/standards/ob30/schema, under
 * src/test/resources/ob30/schema/), validated with networknt json-schema-validator, draft 2019-09. Offline: the
 * schema's $id is mapped to the classpath copy, the draft meta-schemas come from the validator's own classpath, and
 * any other (remote) schema location is refused.
 */
public final class Ob30Schema {

    public static final String ID =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private static final JsonSchema SCHEMA = load();

    private Ob30Schema() {
    }

    private static JsonSchema load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix("https://purl.imsglobal.org/spec/ob/v3p0/schema/json/",
                        "classpath:ob30/schema/"))
                .schemaLoaders(loaders -> loaders.add(
                        new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
        return factory.getSchema(SchemaLocation.of(ID));
    }

    /** The validation errors, sorted by instance location then message. */
    public static List<ValidationMessage> validate(JsonNode credential) {
        return SCHEMA.validate(credential).stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .collect(Collectors.toList());
    }

    public static String describe(List<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::toString).collect(Collectors.joining("\n"));
    }
}
