package org.credstack.platform;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Set;
import org.credstack.devstack.Devstack;

/** What the platform's integration tests share: tokens and registering issuers. */
public final class PlatformTestSupport {

    private PlatformTestSupport() {
    }

    public static String operatorToken() {
        return Devstack.tokens().mint("ops-1", Set.of("operator"), "platform-test", null);
    }

    public static String registerIssuer(String name) {
        return given().auth().oauth2(operatorToken()).contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .post("/test/issuers")
                .then().statusCode(201).extract().path("id");
    }

}
