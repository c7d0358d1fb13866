package org.credstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A share link opened in a real headless Chromium (the system's, never a downloaded one): the page a recipient of
 * the link sees shows the credential and the verification made when it was opened. Runs only with -Pbrowser.
 */
class ShareLinkBrowserIT {

    private static final LocalStack stack = LocalStack.get();
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("credstack.chromium", "/usr/bin/chromium")))
                .setHeadless(true));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void a_share_link_shows_the_credential_and_its_verification_in_a_browser() {
        Institution institution = Institution.register(stack, "Share Link Browser College");
        String email = Institution.newLearnerEmail();
        String id = institution.issueTo(email);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Institution.asLearner(stack, email)
                .get("/v1/wallet/credentials")
                .then().statusCode(200).body("items.id", hasItem(id)));
        String url = Institution.asLearner(stack, email).contentType(ContentType.JSON)
                .body(Map.of("credentialIds", List.of(id)))
                .post("/v1/wallet/shares")
                .then().statusCode(201).extract().path("url");

        try (Page page = browser.newPage()) {
            Response response = page.navigate(url);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headerValue("content-type")).startsWith("text/html");

            Locator credential = page.locator("section.credential[data-credential-id=\"" + id + "\"]");
            assertThat(credential.count()).isEqualTo(1);
            assertThat(credential.locator("h2").textContent()).isEqualTo(Institution.ACHIEVEMENT_NAME);
            assertThat(credential.textContent()).contains("Share Link Browser College").contains("ACTIVE");
            assertThat(credential.locator(".verdict").textContent()).startsWith("Verified").contains("VALID");
            assertThat(credential.locator(".verdict.ok").count()).isEqualTo(1);
            for (String check : WalletPathIT.CHECKS) {
                Locator item = credential.locator("li[data-check=\"" + check + "\"]");
                assertThat(item.count()).as(check).isEqualTo(1);
                assertThat(item.textContent()).as(check).contains(check + ": PASSED");
            }
        }
    }

    @Test
    void an_unknown_share_link_is_a_not_found_page() {
        try (Page page = browser.newPage()) {
            Response response = page.navigate(stack.baseUrl("wallet") + "/s/no-such-share-link");
            assertThat(response.status()).isEqualTo(404);
            assertThat(page.locator("h1").textContent()).isEqualTo("Link not found");
            assertThat(page.locator("section.credential").count()).isZero();
        }
    }
}
