package org.credstack.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Signs RS256 JWTs with one RSA key, and publishes that key as a JWK with its RFC 7638 thumbprint as key id. */
final class JwtMinter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    private JwtMinter(RSAPrivateCrtKey privateKey) throws GeneralSecurityException {
        this.privateKey = privateKey;
        this.publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        this.keyId = thumbprint(publicKey);
    }

    /** A minter with the given PKCS#8 private key. */
    static JwtMinter of(byte[] pkcs8PrivateKey) throws GeneralSecurityException {
        return new JwtMinter((RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(pkcs8PrivateKey)));
    }

    /** The key in {@code keyFile} (PEM), else a new 2048-bit key, stored there if {@code keyFile} is not null. */
    static JwtMinter loadOrCreate(Path keyFile) {
        try {
            if (keyFile != null && Files.exists(keyFile)) {
                return of(Base64.getMimeDecoder().decode(Files.readString(keyFile)
                        .replaceAll("-----[A-Z ]+-----", "").trim()));
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) pair.getPrivate();
            if (keyFile != null) {
                store(privateKey, keyFile);
            }
            return new JwtMinter(privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load or store the dev token issuer key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load or create the dev token issuer key", e);
        }
    }

    private static void store(RSAPrivateCrtKey privateKey, Path keyFile) throws IOException {
        Files.createDirectories(keyFile.getParent());
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(privateKey.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(keyFile, pem);
        try {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    String keyId() {
        return keyId;
    }

    RSAPublicKey publicKey() {
        return publicKey;
    }

    /** PKCS#8 encoding of the signing key. */
    byte[] encodedPrivateKey() {
        return privateKey.getEncoded();
    }

    /** {@code header.claims.signature}, the header naming this key. */
    String sign(ObjectNode claims) {
        ObjectNode header = JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", keyId);
        try {
            String signingInput = B64URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + B64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(signature.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    /** The JWKS document with this key. */
    Map<String, Object> jwks() {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kid", keyId);
        jwk.put("kty", "RSA");
        jwk.put("alg", "RS256");
        jwk.put("use", "sig");
        jwk.put("n", base64Url(publicKey.getModulus()));
        jwk.put("e", base64Url(publicKey.getPublicExponent()));
        return Map.of("keys", List.of(jwk));
    }

    /** RFC 7638 JWK thumbprint (SHA-256, base64url). */
    private static String thumbprint(RSAPublicKey key) throws GeneralSecurityException {
        String canonical = "{\"e\":\"" + base64Url(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + base64Url(key.getModulus()) + "\"}";
        return B64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** Unsigned big-endian base64url, as JWK wants it. */
    static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return B64URL.encodeToString(bytes);
    }
}
