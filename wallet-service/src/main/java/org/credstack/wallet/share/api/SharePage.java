package org.credstack.wallet.share.api;

import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import org.credstack.vc.verification.VerificationReport;

/** The HTML a browser gets for a share link: plain, self-contained, every value escaped. */
final class SharePage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    private SharePage() {
    }

    static String of(SharedCredentials shared) {
        StringBuilder html = new StringBuilder(head("Shared credentials"));
        html.append("<h1>Shared credentials</h1><p class=\"muted\">This link works until ")
                .append(escape(DATE.format(shared.expiresAt()))).append(".</p>");
        for (SharedCredentials.Item item : shared.credentials()) {
            var c = item.credential();
            VerificationReport report = item.verification();
            html.append("<section class=\"credential\" data-credential-id=\"").append(escape(c.id())).append("\">")
                    .append("<h2>").append(escape(c.achievement().name())).append("</h2>")
                    .append("<p>Issued by <strong>").append(escape(c.issuer().name())).append("</strong> on ")
                    .append(escape(DATE.format(c.issuedAt()))).append(" · status <span class=\"status\">")
                    .append(escape(c.status())).append("</span></p>")
                    .append("<p class=\"verdict ").append(report.verified() ? "ok" : "bad").append("\">")
                    .append(report.verified() ? "Verified" : "Not verified").append(" (")
                    .append(escape(report.outcome().name())).append(")</p><ul class=\"checks\">");
            for (VerificationReport.Check check : report.checks()) {
                html.append("<li data-check=\"").append(escape(check.name())).append("\"><b>")
                        .append(escape(check.name())).append("</b>: ").append(escape(check.status().name()))
                        .append(" — ").append(escape(check.detail())).append("</li>");
            }
            html.append("</ul></section>");
        }
        return html.append("</main></body></html>").toString();
    }

    static String gone(String title, String why) {
        return head(title) + "<h1>" + escape(title) + "</h1><p>" + escape(why) + "</p></main></body></html>";
    }

    private static String head(String title) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\"><title>"
                + escape(title) + " · credstack</title><style>body{font-family:system-ui,sans-serif;max-width:46rem;"
                + "margin:2rem auto;padding:0 1rem;color:#1d2330}.credential{border:1px solid #d0d5dd;border-radius:8px;"
                + "padding:1rem;margin:1rem 0}.ok{color:#05603a}.bad{color:#b42318}.muted{color:#667085}"
                + "</style></head><body><main>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
