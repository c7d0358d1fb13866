package org.credstack.recognition.rplclaim.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.credstack.platform.domain.DomainRuleViolation;

/**
 * What evidence an institution accepts, from configuration: the application layer passes it with each command
 * that brings evidence, so that the aggregate holds no settings of its own. Only stored files count toward
 * {@code maxFilesPerClaim}: they are what costs storage and an assessor's reading time.
 *
 * @param allowedMediaTypes media types of files accepted, compared without parameters and case
 */
public record EvidencePolicy(Set<String> allowedMediaTypes, long maxFileSizeBytes, int maxFilesPerClaim) {

    public EvidencePolicy {
        allowedMediaTypes = allowedMediaTypes.stream().map(EvidencePolicy::essence).collect(Collectors.toSet());
        if (maxFileSizeBytes <= 0 || maxFilesPerClaim < 0) {
            throw new IllegalArgumentException("the file size limit is positive, the file count limit not negative");
        }
    }

    /** Refuses {@code evidence} (422, naming the rule) if it breaks the policy for a claim with that many files. */
    public void check(Evidence evidence, int filesSoFar) {
        if (evidence instanceof Evidence.PortfolioLink link && (link.url() == null || !isHttps(link.url()))) {
            throw invalid("portfolio-link-not-https", "A portfolio link must be an https URL");
        }
        if (evidence instanceof Evidence.StoredFile file) {
            if (!allowedMediaTypes.contains(essence(file.mediaType()))) {
                throw invalid("evidence-type-not-allowed", "Files of type " + file.mediaType() + " are not accepted");
            }
            if (file.sizeBytes() > maxFileSizeBytes) {
                throw invalid("evidence-file-too-large", "A file may have at most " + maxFileSizeBytes + " bytes");
            }
            if (filesSoFar >= maxFilesPerClaim) {
                throw invalid("evidence-limit-reached", "A claim may have at most " + maxFilesPerClaim + " files");
            }
        }
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The media type without parameters, lowercased: {@code Application/PDF; q=1} is {@code application/pdf}. */
    private static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static DomainRuleViolation invalid(String rule, String message) {
        return new DomainRuleViolation(rule, message, DomainRuleViolation.Kind.INVALID);
    }
}
