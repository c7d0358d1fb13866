package org.credstack.events;

import java.util.Objects;

/**
 * One version of one contract event: who publishes it, its name, its Java record and where its JSON Schema lives.
 * A breaking change is a new {@code version} (and an upcaster), never an edit of an existing one.
 */
public record EventType(Service service, String name, int version, Class<? extends ContractEvent> javaType) {

    public EventType {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaType, "javaType");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1: " + version);
        }
    }

    /** The CloudEvents {@code type}, for example {@code org.credstack.issuance.CredentialIssued.v1}. */
    public String ceType() {
        return "org.credstack." + service.id() + "." + name + ".v" + version;
    }

    /** Classpath location of the JSON Schema, for example {@code schemas/issuance/CredentialIssued.v1.json}. */
    public String schemaResource() {
        return "schemas/" + service.id() + "/" + name + ".v" + version + ".json";
    }
}
