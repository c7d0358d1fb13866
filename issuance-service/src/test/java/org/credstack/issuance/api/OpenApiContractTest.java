package org.credstack.issuance.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credstack.devstack.CredstackTestResource;
import org.junit.jupiter.api.Test;

/** The API the issue names, each operation documented with a summary and examples of what it takes and returns. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class OpenApiContractTest {

    static final Map<String, Set<String>> CONTRACT = Map.ofEntries(
            Map.entry("/v1/issuers", Set.of("post")),
            Map.entry("/v1/issuers/{id}", Set.of("get")),
            Map.entry("/v1/issuers/{id}/keys/rotate", Set.of("post")),
            Map.entry("/issuers/{id}/did.json", Set.of("get")),
            Map.entry("/v1/achievements", Set.of("post", "get")),
            Map.entry("/v1/achievements/{id}", Set.of("put", "get")),
            Map.entry("/v1/achievements/{id}/publish", Set.of("post")),
            Map.entry("/v1/achievements/{id}/retire", Set.of("post")),
            Map.entry("/v1/credentials", Set.of("post", "get")),
            Map.entry("/v1/credentials/{id}", Set.of("get")),
            Map.entry("/v1/credentials/{id}/revoke", Set.of("post")),
            Map.entry("/v1/credentials/{id}/suspend", Set.of("post")),
            Map.entry("/v1/credentials/{id}/reinstate", Set.of("post")),
            Map.entry("/v1/credentials/{id}/replace", Set.of("post")),
            Map.entry("/status-lists/{issuerId}/{listId}", Set.of("get")),
            Map.entry("/ns/credstack/v1", Set.of("get")),
            Map.entry("/admin/award-requests", Set.of("get")));

    @Test
    void every_endpoint_of_the_contract_is_documented_with_a_summary_and_examples() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString()).get("paths");
        List<String> gaps = new ArrayList<>();
        CONTRACT.forEach((path, methods) -> methods.forEach(method -> {
            JsonNode operation = paths.path(path).path(method);
            if (operation.isMissingNode()) {
                gaps.add(method + " " + path + ": missing");
                return;
            }
            if (operation.path("summary").asText("").isBlank()) {
                gaps.add(method + " " + path + ": no summary");
            }
            operation.path("requestBody").path("content").fields().forEachRemaining(type -> {
                if (!type.getValue().has("examples") && !type.getValue().has("example")) {
                    gaps.add(method + " " + path + ": request " + type.getKey() + " without an example");
                }
            });
            boolean exampleOfSuccess = false;
            var responses = operation.path("responses").fields();
            while (responses.hasNext()) {
                var response = responses.next();
                if (response.getKey().startsWith("2")) {
                    var content = response.getValue().path("content");
                    exampleOfSuccess |= content.isMissingNode() || content.isEmpty();
                    for (JsonNode type : content) {
                        exampleOfSuccess |= type.has("examples") || type.has("example");
                    }
                }
            }
            if (!exampleOfSuccess) {
                gaps.add(method + " " + path + ": no example of a successful response");
            }
        }));
        assertThat(gaps).isEmpty();
    }
}
