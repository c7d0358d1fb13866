package org.credstack.devstack;

import java.nio.file.Path;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * The {@link DevstackControlMBean} of the test stack. The class loader that owns the servers registers one; the
 * {@link Devstack} of every other class loader {@linkplain #attach attaches} to it and gets views of the same servers,
 * whose calls come back here through the platform MBean server.
 */
final class DevstackControl implements DevstackControlMBean {

    /** Views of the servers that another class loader of this JVM runs. */
    record Attached(EmbeddedKafka kafka, EmbeddedPostgresServer postgres, DevTokenIssuer tokens, Path dataDir) {
    }

    private final EmbeddedKafka kafka;
    private final EmbeddedPostgresServer postgres;
    private final DevTokenIssuer tokens;
    private final Path dataDir;

    DevstackControl(EmbeddedKafka kafka, EmbeddedPostgresServer postgres, DevTokenIssuer tokens, Path dataDir) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.tokens = tokens;
        this.dataDir = dataDir;
    }

    /** Registers this control under {@code name}. */
    void register(MBeanServer mbs, ObjectName name) throws JMException {
        mbs.registerMBean(new StandardMBean(this, DevstackControlMBean.class), name);
    }

    static ObjectName objectName() {
        try {
            return new ObjectName(Devstack.MBEAN_NAME);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ view side

    /** Views of the servers behind the MBean registered as {@code name}. */
    static Attached attach(MBeanServer mbs, ObjectName name) {
        try {
            int kafkaPort = (Integer) mbs.getAttribute(name, "KafkaPort");
            int controllerPort = (Integer) mbs.getAttribute(name, "KafkaControllerPort");
            Path kafkaDir = Path.of((String) mbs.getAttribute(name, "KafkaDataDir"));
            int pgPort = (Integer) mbs.getAttribute(name, "PostgresPort");
            Path pgDir = Path.of((String) mbs.getAttribute(name, "PostgresDataDir"));
            int tokenPort = (Integer) mbs.getAttribute(name, "TokenIssuerPort");
            byte[] key = (byte[]) mbs.getAttribute(name, "TokenIssuerKey");
            Path dir = Path.of((String) mbs.getAttribute(name, "DataDir"));
            EmbeddedKafka kafka = EmbeddedKafka.attached(kafkaPort, controllerPort, kafkaDir,
                    () -> invoke(mbs, name, "stopKafkaBroker"),
                    () -> invoke(mbs, name, "startKafkaBroker"),
                    () -> {
                        try {
                            return (Boolean) mbs.getAttribute(name, "KafkaBrokerRunning");
                        } catch (JMException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            return new Attached(kafka, EmbeddedPostgresServer.attached(pgPort, pgDir),
                    DevTokenIssuer.attached(tokenPort, key), dir);
        } catch (JMException e) {
            throw new IllegalStateException("cannot attach to the devstack of this JVM", e);
        }
    }

    private static void invoke(MBeanServer mbs, ObjectName name, String operation) {
        // The operation runs on this thread: give it the owning stack's class loader as context, since Kafka's
        // clients and broker load plugins (metrics reporters, persisters) through the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(mbs.getClassLoaderFor(name));
            mbs.invoke(name, operation, new Object[0], new String[0]);
        } catch (javax.management.MBeanException e) {
            Exception cause = e.getTargetException();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        } catch (JMException e) {
            throw new IllegalStateException("devstack MBean call " + operation + " failed", e);
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    // ------------------------------------------------------------------------------------------------ owner side

    @Override
    public int getKafkaPort() {
        return kafka.port();
    }

    @Override
    public int getKafkaControllerPort() {
        return kafka.controllerPort();
    }

    @Override
    public String getKafkaDataDir() {
        return kafka.dataDir().toString();
    }

    @Override
    public boolean isKafkaBrokerRunning() {
        return kafka.isBrokerRunning();
    }

    @Override
    public void stopKafkaBroker() {
        kafka.stopBroker();
    }

    @Override
    public void startKafkaBroker() {
        kafka.startBroker();
    }

    @Override
    public int getPostgresPort() {
        return postgres.port();
    }

    @Override
    public String getPostgresDataDir() {
        return postgres.dataDir().toString();
    }

    @Override
    public int getTokenIssuerPort() {
        return tokens.port();
    }

    @Override
    public byte[] getTokenIssuerKey() {
        return tokens.encodedPrivateKey();
    }

    @Override
    public String getDataDir() {
        return dataDir.toString();
    }
}
