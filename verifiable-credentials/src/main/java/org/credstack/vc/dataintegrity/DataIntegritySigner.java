package org.credstack.vc.dataintegrity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.Json;
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

    public ObjectNode sign(ObjectNode unsigned, ProofOptions options, Ed25519PrivateKey key) {
        return JsonBridge.toJackson(sign(JsonBridge.toJakarta(unsigned), options, key));
    }

    public JsonObject sign(JsonObject document, ProofOptions options, Ed25519PrivateKey key) {
        JsonObject unsecured = Json.createObjectBuilder(document).remove("proof").build();
        JsonObject proofConfig = suite.proofConfiguration(unsecured, options);
        String canonicalConfig = suite.canonicalProofConfiguration(proofConfig);
        String canonicalDocument = suite.canonicalDocument(unsecured);
        byte[] signature = EddsaRdfc2022.sign(EddsaRdfc2022.hashData(canonicalConfig, canonicalDocument), key);

        JsonObjectBuilder proof = Json.createObjectBuilder(proofConfig).remove("@context")
                .add("proofValue", Multibase.encodeBase58Btc(signature));
        JsonValue existing = document.get("proof");
        JsonObjectBuilder signed = Json.createObjectBuilder(document);
        if (existing == null) {
            signed.add("proof", proof);
        } else {
            JsonArrayBuilder proofs = existing.getValueType() == JsonValue.ValueType.ARRAY
                    ? Json.createArrayBuilder(existing.asJsonArray())
                    : Json.createArrayBuilder().add(existing);
            signed.add("proof", proofs.add(proof));
        }
        return signed.build();
    }
}
