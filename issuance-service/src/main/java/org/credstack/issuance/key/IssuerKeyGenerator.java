package org.credstack.issuance.key;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.credstack.events.issuance.IssuerKey;
import org.credstack.vc.crypto.Ed25519PrivateKey;
import org.credstack.vc.multiformats.Multikey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Generates an issuer's key pair set number {@code n}: an Ed25519 Multikey and an RSA JsonWebKey for RS256. */
@ApplicationScoped
public class IssuerKeyGenerator {

    static final String PURPOSE = "assertionMethod";

    /** RSA modulus size; 2048 is the minimum RS256 allows (RFC 7518 §3.3). */
    @ConfigProperty(name = "credstack.keys.rsa-bits", defaultValue = "2048")
    int rsaBits = 2048;

    public List<GeneratedKey> generate(String did, int number) {
        return List.of(ed25519(did, number), rsa(did, number));
    }

    GeneratedKey ed25519(String did, int number) {
        Ed25519PrivateKey key = Ed25519PrivateKey.generate();
        IssuerKey publicKey = new IssuerKey(KeyAlgorithm.Ed25519.keyId(did, number), "Multikey",
                Multikey.encode(key.publicKey()), null, PURPOSE);
        return new GeneratedKey(KeyAlgorithm.Ed25519, number, publicKey, key.seed());
    }

    GeneratedKey rsa(String did, int number) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(rsaBits);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
        String keyId = KeyAlgorithm.RSA.keyId(did, number);
        IssuerKey publicKey = new IssuerKey(keyId, "JsonWebKey", null, jwk((RSAPublicKey) pair.getPublic(), keyId),
                PURPOSE);
        return new GeneratedKey(KeyAlgorithm.RSA, number, publicKey, pair.getPrivate().getEncoded());
    }

    /** The public JWK (RFC 7517/7518): unsigned big-endian modulus and exponent, base64url without padding. */
    static ObjectNode jwk(RSAPublicKey key, String keyId) {
        ObjectNode jwk = JsonNodeFactory.instance.objectNode();
        jwk.put("kty", "RSA");
        jwk.put("n", base64Url(key.getModulus()));
        jwk.put("e", base64Url(key.getPublicExponent()));
        jwk.put("alg", "RS256");
        jwk.put("kid", keyId);
        return jwk;
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
