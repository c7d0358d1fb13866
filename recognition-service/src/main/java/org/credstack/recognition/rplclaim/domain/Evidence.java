package org.credstack.recognition.rplclaim.domain;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Something a learner offers to prove a claim. Commands carry it whole; events carry its {@link #recorded()} form,
 * which withholds text the learner chose (a file's name, a link): that stays in the application's mutable evidence
 * table, which erasure empties. The JSON type names are part of the event store's content: never rename them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Evidence.WalletCredential.class, name = "wallet-credential"),
        @JsonSubTypes.Type(value = Evidence.ExternalCredential.class, name = "external-credential"),
        @JsonSubTypes.Type(value = Evidence.PortfolioLink.class, name = "portfolio-link"),
        @JsonSubTypes.Type(value = Evidence.StoredFile.class, name = "stored-file")})
public sealed interface Evidence {

    /** What identifies the evidence within a claim: offering it again adds nothing. */
    String key();

    /** The form the claim's events keep. */
    Evidence recorded();

    /** One line for the claim's history. */
    String summary();

    /** A credential of the learner's wallet that the institution may count under the learner's consent. */
    record WalletCredential(String credentialId, String consentId) implements Evidence {
        public WalletCredential {
            Objects.requireNonNull(credentialId, "credentialId");
            Objects.requireNonNull(consentId, "consentId");
        }

        public String key() {
            return "credential:" + credentialId;
        }

        public Evidence recorded() {
            return this;
        }

        public String summary() {
            return "wallet credential " + credentialId + " under consent " + consentId;
        }
    }

    /** A credential issued elsewhere, with the verdict of verifying it; its document stays with the import. */
    record ExternalCredential(String credentialId, boolean valid, List<VerificationCheck> checks) implements Evidence {
        public ExternalCredential {
            Objects.requireNonNull(credentialId, "credentialId");
            checks = checks == null ? List.of() : List.copyOf(checks);
        }

        public String key() {
            return "external:" + credentialId;
        }

        public Evidence recorded() {
            return this;
        }

        public String summary() {
            String verdict = valid ? "valid" : "not valid";
            return "external credential " + credentialId + " (" + verdict
                    + checks.stream().map(c -> "; " + c.name() + " " + c.status()).collect(Collectors.joining()) + ")";
        }
    }

    /** One check of a verification report, by name and status (PASSED, FAILED, WARNING, NOT_RUN). */
    record VerificationCheck(String name, String status) {
        public VerificationCheck {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
        }
    }

    /** A link to the learner's portfolio. In events the URL is withheld: {@code url} is null there. */
    record PortfolioLink(String url, String urlSha256) implements Evidence {
        public PortfolioLink {
            if (url != null) {
                urlSha256 = Sha256.ofText(url);
            }
            if (!Sha256.isDigest(urlSha256)) {
                throw new IllegalArgumentException("a portfolio link needs its URL or the URL's SHA-256");
            }
        }

        public static PortfolioLink of(String url) {
            return new PortfolioLink(Objects.requireNonNull(url, "url"), null);
        }

        public String key() {
            return "link:" + urlSha256;
        }

        public Evidence recorded() {
            return new PortfolioLink(null, urlSha256);
        }

        public String summary() {
            return "portfolio link (SHA-256 " + urlSha256 + ")";
        }
    }

    /**
     * A file the application stored (its bytes are in the file store, named by {@code fileId}). In events the
     * learner's file name is withheld: {@code name} is null there.
     */
    record StoredFile(String fileId, String name, String mediaType, long sizeBytes, String sha256)
            implements Evidence {
        public StoredFile {
            Objects.requireNonNull(fileId, "fileId");
            Objects.requireNonNull(mediaType, "mediaType");
            if (sizeBytes < 0 || !Sha256.isDigest(sha256)) {
                throw new IllegalArgumentException("a stored file has a size and the SHA-256 of its bytes");
            }
        }

        public String key() {
            return "file:" + fileId;
        }

        public Evidence recorded() {
            return new StoredFile(fileId, null, mediaType, sizeBytes, sha256);
        }

        public String summary() {
            return "file " + fileId + " (" + mediaType + ", " + sizeBytes + " bytes, SHA-256 " + sha256 + ")";
        }
    }
}
