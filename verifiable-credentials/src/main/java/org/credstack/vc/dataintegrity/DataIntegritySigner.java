package org.credstack.vc.dataintegrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.jsonld.JsonBridge;
import org.credstack.vc.multiformats.Multibase;

/**
 * Adds an {@code eddsa-rdfc-2022} DataIntegrityProof to a JSON-LD document, in safe mode: a term that no bundled
 * context defines makes signing fail with {@link org.credstack.vc.jsonld.UndefinedTermException} naming it.
 *
 * <p>The API takes and returns Jackson {@link ObjectNode}s (the project's JSON library); overloads take Jakarta
 * {@link JsonObject}s, which is what the JSON-LD processor works on internally. Inputs are never modified.
 * A document that already has a proof gets a proof set (the {@code proof} value becomes an array); each proof signs
 * the document without any proof. Thread-safe.
 */
public final class DataIntegritySigner {

    private final EddsaRdfc2022 suite;

    public DataIntegritySigner(EddsaRdfc2022 suite) {
        this.suite = suite;
    }

    /** A signer that resolves the bundled contexts only. */
    public static DataIntegritySigner bundled() {
        return new DataIntegritySigner(EddsaRdfc2022.bundled());
    }

    /** The signed copy; built from the input's own nodes (only the canonical form goes through Jakarta JSON). */
    public ObjectNode sign(ObjectNode unsigned, ProofOptions options, Ed25519PrivateKey key) {
        ObjectNode proof = JsonBridge.toJackson(proof(JsonBridge.toJakarta(unsigned), options, key));
        ObjectNode signed = unsigned.deepCopy();
        JsonNode existing = signed.get("proof");
        if (existing == null) {
            signed.set("proof", proof);
        } else if (existing.isArray()) {
            ((ArrayNode) existing).add(proof);
        } else {
            signed.set("proof", signed.arrayNode().add(existing).add(proof));
        }
        return signed;
    }

    public JsonObject sign(JsonObject document, ProofOptions options, Ed25519PrivateKey key) {
        JsonObjectBuilder proof = JsonBridge.json().createObjectBuilder(proof(document, options, key));
        JsonValue existing = document.get("proof");
        JsonObjectBuilder signed = JsonBridge.json().createObjectBuilder(document);
        if (existing == null) {
            signed.add("proof", proof);
        } else {
            JsonArrayBuilder proofs = existing.getValueType() == JsonValue.ValueType.ARRAY
                    ? JsonBridge.json().createArrayBuilder(existing.asJsonArray())
                    : JsonBridge.json().createArrayBuilder().add(existing);
            signed.add("proof", proofs.add(proof));
        }
        return signed.build();
    }

    /** The new proof (its configuration without {@code @context}, plus proofValue) over the document without proofs. */
    private JsonObject proof(JsonObject document, ProofOptions options, Ed25519PrivateKey key) {
        JsonObject unsecured = document.containsKey("proof")
                ? JsonBridge.json().createObjectBuilder(document).remove("proof").build() : document;
        JsonObject proofConfig = suite.proofConfiguration(unsecured, options);
        byte[] hashData = suite.hashData(proofConfig, suite.canonicalDocument(unsecured));
        byte[] signature = EddsaRdfc2022.sign(hashData, key);
        return JsonBridge.json().createObjectBuilder(proofConfig).remove("@context")
                .add("proofValue", Multibase.encodeBase58Btc(signature)).build();
    }
}
