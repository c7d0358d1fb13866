package org.credstack.vc.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECFieldFp;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.List;
import org.credstack.vc.crypto.Ed25519PublicKey;

/**
 * Public JSON Web Keys (RFC 7517/7518, RFC 8037): RSA, EC P-256 and OKP Ed25519, to and from {@link JwtPublicKey}.
 * A JWK that carries private members ({@code d}, {@code p}, ... or a symmetric {@code k}) is refused.
 */
public final class Jwk {

    private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    private Jwk() {
    }

    /** @throws IllegalArgumentException naming what is wrong or unsupported */
    public static JwtPublicKey toPublicKey(JsonNode jwk) {
        if (jwk == null || !jwk.isObject()) {
            throw new IllegalArgumentException("publicKeyJwk is not a JSON object");
        }
        for (String member : PRIVATE_MEMBERS) {
            if (jwk.has(member)) {
                throw new IllegalArgumentException("The JWK carries private key material ('" + member + "')");
            }
        }
        if (jwk.hasNonNull("use") && !"sig".equals(jwk.get("use").asText())) {
            throw new IllegalArgumentException("The JWK is not for signatures (use " + jwk.get("use") + ")");
        }
        String kty = text(jwk, "kty");
        try {
            switch (kty) {
                case "RSA": {
                    BigInteger n = new BigInteger(1, Base64Url.decode(text(jwk, "n")));
                    BigInteger e = new BigInteger(1, Base64Url.decode(text(jwk, "e")));
                    return JwtPublicKey.of(KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e)));
                }
                case "EC": {
                    String crv = text(jwk, "crv");
                    if (!"P-256".equals(crv)) {
                        throw new IllegalArgumentException("Unsupported EC curve " + crv + " (only P-256)");
                    }
                    byte[] x = Base64Url.decode(text(jwk, "x"));
                    byte[] y = Base64Url.decode(text(jwk, "y"));
                    if (x.length != 32 || y.length != 32) {
                        throw new IllegalArgumentException("P-256 coordinates have 32 bytes");
                    }
                    ECPoint point = new ECPoint(new BigInteger(1, x), new BigInteger(1, y));
                    if (!onP256(point)) {
                        throw new IllegalArgumentException("The EC point is not on P-256");
                    }
                    return JwtPublicKey.of(KeyFactory.getInstance("EC")
                            .generatePublic(new ECPublicKeySpec(point, JwtPublicKey.P256)));
                }
                case "OKP": {
                    String crv = text(jwk, "crv");
                    if (!"Ed25519".equals(crv)) {
                        throw new IllegalArgumentException("Unsupported OKP curve " + crv + " (only Ed25519)");
                    }
                    return JwtPublicKey.of(Ed25519PublicKey.of(Base64Url.decode(text(jwk, "x"))));
                }
                default:
                    throw new IllegalArgumentException("Unsupported JWK kty " + kty + " (RSA, EC P-256, OKP Ed25519)");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Invalid " + kty + " JWK: " + e.getMessage(), e);
        }
    }

    /** The public JWK of an RSA, EC P-256 or Ed25519 key. */
    public static ObjectNode of(JwtPublicKey key) {
        ObjectNode jwk = JsonNodeFactory.instance.objectNode();
        if (key.ed25519().isPresent()) {
            return jwk.put("kty", "OKP").put("crv", "Ed25519").put("x", Base64Url.encode(key.ed25519().get().bytes()));
        }
        if (key.jcaKey().get() instanceof RSAPublicKey) {
            RSAPublicKey rsa = (RSAPublicKey) key.jcaKey().get();
            return jwk.put("kty", "RSA").put("n", Base64Url.encode(unsigned(rsa.getModulus(), 0)))
                    .put("e", Base64Url.encode(unsigned(rsa.getPublicExponent(), 0)));
        }
        ECPoint w = ((ECPublicKey) key.jcaKey().get()).getW();
        return jwk.put("kty", "EC").put("crv", "P-256").put("x", Base64Url.encode(unsigned(w.getAffineX(), 32)))
                .put("y", Base64Url.encode(unsigned(w.getAffineY(), 32)));
    }

    private static boolean onP256(ECPoint point) {
        BigInteger p = ((ECFieldFp) JwtPublicKey.P256.getCurve().getField()).getP();
        BigInteger x = point.getAffineX();
        BigInteger y = point.getAffineY();
        if (x.signum() < 0 || x.compareTo(p) >= 0 || y.signum() < 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger a = JwtPublicKey.P256.getCurve().getA();
        BigInteger b = JwtPublicKey.P256.getCurve().getB();
        return y.pow(2).mod(p).equals(x.pow(3).add(a.multiply(x)).add(b).mod(p));
    }

    /** Big-endian unsigned bytes, left-padded to {@code size} (0: minimal). */
    private static byte[] unsigned(BigInteger value, int size) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        int n = bytes.length - skip;
        byte[] out = new byte[Math.max(size, n)];
        System.arraycopy(bytes, skip, out, out.length - n, n);
        return out;
    }

    private static String text(JsonNode jwk, String name) {
        JsonNode value = jwk.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("The JWK has no string '" + name + "'");
        }
        return value.asText();
    }
}
