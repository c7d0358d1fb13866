package org.credstack.vc.ob;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Valid OB 3.0 shapes the builder does not make, applied at random to a built credential: evidence, a subject id,
 * activity dates, tags, an achievement without id (a blank node whose tags can differ only after a surrogate pair),
 * and numbers as other JSON writers put them ({@code 5.0}, doubles, exponents).
 */
final class CredentialVariations {

    private final RandomCredentials random;

    CredentialVariations(RandomCredentials random) {
        this.random = random;
    }

    ObjectNode apply(ObjectNode credential) {
        ObjectNode subject = (ObjectNode) credential.get("credentialSubject");
        ObjectNode achievement = (ObjectNode) subject.get("achievement");
        if (chance()) {
            ArrayNode evidence = credential.putArray("evidence");
            for (int i = 1 + random.random.nextInt(3); i > 0; i--) {
                evidence.add(evidence());
            }
        }
        if (chance()) {
            subject.put("id", "did:example:" + random.uuid());
        }
        if (chance()) {
            subject.put("activityStartDate", "2024-09-0" + (1 + random.random.nextInt(9)));
        }
        if (chance()) {
            ArrayNode tags = achievement.putArray("tag");
            tags.add("x🎓").add("x\uE000");
            for (int i = random.random.nextInt(3); i > 0; i--) {
                tags.add(random.text());
            }
        }
        if (chance()) {
            achievement.remove("id");
        }
        if (chance()) {
            achievement.set("creditsAvailable", number());
        }
        if (chance()) {
            achievement.set("workloadHours", number());
        }
        return credential;
    }

    private ObjectNode evidence() {
        ObjectNode evidence = JsonNodeFactory.instance.objectNode();
        if (chance()) {
            evidence.put("id", "https://university.example/evidence/" + random.uuid());
        }
        evidence.putArray("type").add("Evidence");
        for (String field : new String[] {"narrative", "name", "description", "genre", "audience"}) {
            if (chance()) {
                evidence.put(field, random.text());
            }
        }
        return evidence;
    }

    private JsonNode number() {
        return switch (random.random.nextInt(5)) {
            case 0 -> DecimalNode.valueOf(new BigDecimal("5.0"));
            case 1 -> DoubleNode.valueOf(2.5);
            case 2 -> DoubleNode.valueOf(1e-7);
            case 3 -> DecimalNode.valueOf(new BigDecimal("1E+21"));
            default -> DecimalNode.valueOf(random.decimal());
        };
    }

    private boolean chance() {
        return random.random.nextInt(3) == 0;
    }
}
