package org.credstack.issuance.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credstack.issuance.credential.CredentialFixtures.as;
import static org.credstack.issuance.credential.CredentialFixtures.issueBody;
import static org.credstack.issuance.credential.CredentialFixtures.parse;
import static org.credstack.issuance.credential.CredentialFixtures.published;
import static org.credstack.issuance.credential.CredentialFixtures.registerIssuer;
import static org.credstack.issuance.credential.CredentialFixtures.token;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.vc.testing.Ob30Schema;
import org.junit.jupiter.api.Test;

/** Credentials issued over REST against the 1EdTech OB 3.0 AchievementCredential JSON Schema. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class IssuedCredentialSchemaTest {

    @Test
    void a_credential_with_every_achievement_field_validates_against_the_ob30_schema() throws Exception {
        ObjectNode credential = issue(false);

        List<ValidationMessage> errors = Ob30Schema.validate(credential);
        assertThat(errors).as(Ob30Schema.describe(errors)).isEmpty();
        assertThat(credential.at("/credentialSubject/achievement/alignment").size()).isEqualTo(2);
    }

    /**
     * The documented exception (docs/decisions.md): a suspendable credential has two status entries, an array the
     * schema's single credentialStatus object does not allow; everything else validates.
     */
    @Test
    void a_suspendable_credential_differs_from_the_schema_only_in_its_array_of_status_entries() throws Exception {
        ObjectNode credential = issue(true);
        assertThat(credential.get("credentialStatus").isArray()).isTrue();

        List<ValidationMessage> errors = Ob30Schema.validate(credential);
        assertThat(errors).as(Ob30Schema.describe(errors)).isNotEmpty()
                .allSatisfy(error -> assertThat(error.getInstanceLocation().toString())
                        .startsWith("$.credentialStatus"));
        credential.set("credentialStatus", credential.get("credentialStatus").get(0));
        assertThat(Ob30Schema.validate(credential)).isEmpty();
    }

    private static ObjectNode issue(boolean suspensionAllowed) throws Exception {
        String admin = token(registerIssuer(), "issuer-admin");
        String achievement = published(admin, suspensionAllowed);
        return parse(as(admin).body(issueBody(achievement, "schema." + UUID.randomUUID() + "@student.example"))
                .post("/v1/credentials").then().statusCode(201).extract().asString());
    }
}
