package org.credstack.issuance.key;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.multiformats.Multikey;
import org.junit.jupiter.api.Test;

class IssuerKeyGeneratorTest {

    private static final String DID = "did:web:localhost%3A8081:issuers:demo";

    @Test
    void a_key_set_is_an_ed25519_multikey_and_an_rsa_json_web_key_named_by_did_urls() {
        List<GeneratedKey> keys = new IssuerKeyGenerator().generate(DID, 3);

        GeneratedKey ed = keys.get(0);
        assertThat(ed.keyId()).isEqualTo(DID + "#key-3");
        assertThat(ed.publicKey().type()).isEqualTo("Multikey");
        assertThat(ed.publicKey().publicKeyMultibase()).startsWith("z6Mk")
                .isEqualTo(Multikey.encode(Ed25519PrivateKey.of(ed.privateKey()).publicKey()));

        GeneratedKey rsa = keys.get(1);
        ObjectNode jwk = rsa.publicKey().publicJwk();
        assertThat(rsa.keyId()).isEqualTo(DID + "#rsa-3");
        assertThat(rsa.publicKey().type()).isEqualTo("JsonWebKey");
        assertThat(jwk.get("kty").asText()).isEqualTo("RSA");
        assertThat(jwk.get("alg").asText()).isEqualTo("RS256");
        assertThat(jwk.get("kid").asText()).isEqualTo(DID + "#rsa-3");
        assertThat(jwk.get("e").asText()).isEqualTo("AQAB");
        assertThat(Base64.getUrlDecoder().decode(jwk.get("n").asText())).hasSize(256);
        assertThat(jwk.has("d")).isFalse();
    }

    @Test
    void generated_keys_and_signing_keys_print_only_their_ids() {
        List<GeneratedKey> keys = new IssuerKeyGenerator().generate(DID, 1);
        Ed25519PrivateKey ed = Ed25519PrivateKey.of(keys.get(0).privateKey());
        String seed = Base64.getEncoder().encodeToString(ed.seed());

        assertThat(keys.toString()).doesNotContain(seed).contains(DID + "#key-1", DID + "#rsa-1");
        assertThat(new Ed25519SigningKey(DID + "#key-1", ed).toString())
                .isEqualTo("Ed25519SigningKey[" + DID + "#key-1]");
    }
}
