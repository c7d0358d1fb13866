/**
 * credstack's standards library (plain Java: no Quarkus, no CDI).
 *
 * <ul>
 *   <li>{@code jsonld}: the bundled JSON-LD contexts ({@code src/main/resources/jsonld/}, including the credstack
 *       context {@code https://credstack.org/ns/credstack/v1}), an offline document loader that never fetches, and
 *       RDFC-1.0 canonicalization in safe mode (titanium-json-ld 1.7.0, titanium-rdfc 2.0.0, Parsson). Documents
 *       in the common subset of JSON-LD (credentials) take a direct path on contexts processed once; everything
 *       else, and every safe-mode refusal, takes the full titanium path, which is also kept as the reference the
 *       direct path is tested against.</li>
 *   <li>{@code dataintegrity}: DataIntegrityProof with the {@code eddsa-rdfc-2022} cryptosuite: signer, verifier,
 *       key resolution.</li>
 *   <li>{@code crypto}: Ed25519 keys over BouncyCastle's low-level RFC 8032 implementation.</li>
 *   <li>{@code multiformats}: base58btc, multibase ('z', 'u'), Multikey (ed25519-pub 0xed01, ed25519-priv 0x8026).</li>
 *   <li>{@code did}: did:key for Ed25519.</li>
 *   <li>{@code statuslist}: W3C Bitstring Status List encoding.</li>
 * </ul>
 *
 * <p>JSON at the API boundary is Jackson ({@code ObjectNode}), the project's JSON library; internally, and in
 * overloads for callers that already have it, Jakarta JSON-P ({@code JsonObject}), which the JSON-LD processor
 * uses. {@link org.credstack.vc.jsonld.JsonBridge} converts through JSON text, so numbers keep their exact form.
 */
package org.credstack.vc;
