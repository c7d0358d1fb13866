package org.credstack.devstack;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at the JVM's shared {@link Devstack}: real Kafka (topics created), real PostgreSQL
 * with a database of its own per service ({@code credstack_<service>}), and the dev token issuer.
 *
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = CredstackTestResource.class,
 *         initArgs = @ResourceArg(name = "service", value = "issuance"))
 * class CredentialResourceTest { ... }
 * }</pre>
 *
 * <p>The servers are started once per test JVM and stopped by a shutdown hook, not by {@link #stop()}: other test
 * classes (and other Quarkus applications of the same JVM) keep using them.
 */
public class CredstackTestResource implements QuarkusTestResourceLifecycleManager {

    /** The init argument naming the service; its database is {@code credstack_<service>}. */
    public static final String SERVICE_ARG = "service";

    private String service = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        String value = initArgs == null ? null : initArgs.get(SERVICE_ARG);
        if (value != null && !value.isBlank()) {
            service = value.trim();
        }
        Devstack.databaseName(service); // validates
    }

    @Override
    public Map<String, String> start() {
        return Devstack.quarkusConfig(service);
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; stopped by Devstack's shutdown hook
    }

    /** The service this resource was initialised for. */
    public String service() {
        return service;
    }
}
