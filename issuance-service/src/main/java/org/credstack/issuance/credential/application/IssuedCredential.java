package org.credstack.issuance.credential.application;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A credential just issued: its id and the signed OB 3.0 JSON. */
public record IssuedCredential(String credentialId, ObjectNode credential) {
}
