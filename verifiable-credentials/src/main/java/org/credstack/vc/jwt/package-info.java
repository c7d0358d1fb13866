/**
 * VC-JWT as Open Badges 3.0 defines it for VC Data Model 2.0: {@link org.credstack.vc.jwt.VcJwtSigner} (RS256,
 * EdDSA; header typ {@code JWT}; what {@code sub} holds is documented there), {@link org.credstack.vc.jwt.VcJwtVerifier}
 * (RS256, ES256, EdDSA; rejects {@code none} and HS*; VC 1.1 {@code vc}-claim JWTs accepted as legacy), keys
 * ({@link org.credstack.vc.jwt.JwtKey}, {@link org.credstack.vc.jwt.JwtPublicKey}, {@link org.credstack.vc.jwt.Jwk})
 * and {@link org.credstack.vc.jwt.JwtKeyResolver} (did:key and did:web in {@code org.credstack.vc.did}). JDK
 * {@code java.security} for RSA and ECDSA, BouncyCastle for Ed25519, Jackson for JSON; no JOSE library.
 */
package org.credstack.vc.jwt;
