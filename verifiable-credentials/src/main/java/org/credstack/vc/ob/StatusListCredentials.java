package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import org.credstack.vc.jsonld.BundledContexts;
import org.credstack.vc.statuslist.BitstringStatusList;

/**
 * Builds the unsigned W3C {@code BitstringStatusListCredential} (VC Data Model 2.0, Bitstring Status List v1.0):
 *
 * <pre>{@code
 * {"@context": ["https://www.w3.org/ns/credentials/v2"],
 *  "id": "<url>", "type": ["VerifiableCredential", "BitstringStatusListCredential"],
 *  "issuer": "<issuer DID>", "validFrom": "...", "validUntil"?: "...",
 *  "credentialSubject": {"id": "<url>#list", "type": "BitstringStatusList", "statusPurpose": "revocation",
 *                        "encodedList": "u<base64url of GZIP(bitstring)>"}}
 * }</pre>
 *
 * The issuer must be the issuer of the credentials that point at the list, and the credential must be signed with
 * a key in that issuer's {@code assertionMethod}.
 */
public final class StatusListCredentials {

    public static final String TYPE = "BitstringStatusListCredential";

    private StatusListCredentials() {
    }

    /**
     * @param url       the list credential's URL, which status entries name in {@code statusListCredential}
     *                  (https, or http on a loopback host)
     * @param issuerDid the issuer's DID
     * @param purpose   the list's status purpose
     * @param list      the bits (at least 131,072 entries)
     * @param validFrom when this version of the list was produced
     * @param validUntil optional end of validity (verifiers refetch after it)
     */
    public static ObjectNode unsigned(String url, String issuerDid, StatusPurpose purpose, BitstringStatusList list,
            Instant validFrom, Instant validUntil) {
        Identifiers.requireHttpUrl("url", url);
        Identifiers.requireDid("issuer", issuerDid);
        Objects.requireNonNull(purpose, "statusPurpose");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("validUntil must be after validFrom");
        }
        ObjectNode credential = JsonNodeFactory.instance.objectNode();
        credential.putArray("@context").add(BundledContexts.CREDENTIALS_V2);
        credential.put("id", url);
        credential.putArray("type").add("VerifiableCredential").add(TYPE);
        credential.put("issuer", issuerDid);
        credential.put("validFrom", Identifiers.timestamp(validFrom));
        if (validUntil != null) {
            credential.put("validUntil", Identifiers.timestamp(validUntil));
        }
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose.value());
        subject.put("encodedList", list.encode());
        return credential;
    }

    /** Without validUntil. */
    public static ObjectNode unsigned(String url, String issuerDid, StatusPurpose purpose, BitstringStatusList list,
            Instant validFrom) {
        return unsigned(url, issuerDid, purpose, list, validFrom, null);
    }

    /**
     * The list of a status list credential (signed or not; the proof is not checked here).
     *
     * @throws IllegalArgumentException if it is not a BitstringStatusListCredential or its encodedList is malformed
     */
    public static BitstringStatusList list(JsonNode credential) {
        JsonNode type = credential == null ? null : credential.get("type");
        boolean typed = false;
        if (type != null && type.isArray()) {
            for (JsonNode item : type) {
                typed |= TYPE.equals(item.asText());
            }
        }
        JsonNode encoded = credential == null ? null : credential.at("/credentialSubject/encodedList");
        if (!typed || encoded == null || !encoded.isTextual()) {
            throw new IllegalArgumentException("Not a " + TYPE + " with credentialSubject.encodedList");
        }
        return BitstringStatusList.decode(encoded.asText());
    }

    /** The {@code statusPurpose} of a status list credential. */
    public static StatusPurpose purpose(JsonNode credential) {
        JsonNode purpose = credential == null ? null : credential.at("/credentialSubject/statusPurpose");
        if (purpose == null || !purpose.isTextual()) {
            throw new IllegalArgumentException("No credentialSubject.statusPurpose");
        }
        return StatusPurpose.of(purpose.asText());
    }
}
