package org.credstack.recognition.rplclaim.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An evidence file as stored; its bytes are at the Location of the 201")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RplFile(String fileId, String name, String mediaType, long sizeBytes, String sha256) {

    static RplFile of(String name, String mediaType, byte[] content) {
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return new RplFile(null, name, mediaType, content.length, digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    RplFile withId(String id) {
        return new RplFile(id, name, mediaType, sizeBytes, sha256);
    }
}
