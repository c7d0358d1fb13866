/**
 * The Open Badges 3.0 credential model on the W3C Verifiable Credentials Data Model 2.0: builds the unsigned
 * {@code OpenBadgeCredential} ({@link org.credstack.vc.ob.OpenBadgeCredentials}) and the unsigned
 * {@code BitstringStatusListCredential} ({@link org.credstack.vc.ob.StatusListCredentials}) as Jackson
 * {@code ObjectNode}s, ready for {@link org.credstack.vc.dataintegrity.DataIntegritySigner}.
 *
 * <p>Inputs are small immutable records ({@link org.credstack.vc.ob.IssuerProfile},
 * {@link org.credstack.vc.ob.AchievementDefinition}, {@link org.credstack.vc.ob.Recipient},
 * {@link org.credstack.vc.ob.StatusEntry}, ...), validated on construction; nothing here depends on another credstack
 * module. Every property emitted is defined by a bundled context (VC 2.0, OB 3.0 context 3.0.3, or the credstack
 * context {@code https://credstack.org/ns/credstack/v1} for the EU micro-credential elements OB does not define), so
 * the output signs in safe mode.
 */
package org.credstack.vc.ob;
