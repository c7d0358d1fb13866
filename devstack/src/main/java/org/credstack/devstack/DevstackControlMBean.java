package org.credstack.devstack;

/**
 * The JVM-wide handle of the test stack, registered as {@code org.credstack.devstack:type=Devstack}. Quarkus loads
 * test dependencies in several class loaders; the servers run once, in the system class loader, and every other
 * loader's {@link Devstack} reaches them through this MBean, which only speaks JDK types.
 */
public interface DevstackControlMBean {

    int getKafkaPort();

    int getKafkaControllerPort();

    String getKafkaDataDir();

    boolean isKafkaBrokerRunning();

    void stopKafkaBroker();

    void startKafkaBroker();

    int getPostgresPort();

    String getPostgresDataDir();

    int getTokenIssuerPort();

    byte[] getTokenIssuerKey();

    String getDataDir();
}
