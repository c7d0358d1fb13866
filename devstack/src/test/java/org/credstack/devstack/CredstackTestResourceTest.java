package org.credstack.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

class CredstackTestResourceTest {

    @Test
    void configPointsAtTheSharedStackWithADatabasePerService() throws Exception {
        CredstackTestResource issuance = new CredstackTestResource();
        issuance.init(Map.of("service", "issuance"));
        Map<String, String> config = issuance.start();

        CredstackTestResource wallet = new CredstackTestResource();
        wallet.init(Map.of("service", "wallet"));
        Map<String, String> walletConfig = wallet.start();

        assertEquals(Set.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                "quarkus.datasource.password", "kafka.bootstrap.servers", "mp.jwt.verify.publickey.location",
                "mp.jwt.verify.issuer", "quarkus.datasource.devservices.enabled",
                "quarkus.kafka.devservices.enabled"), config.keySet());
        assertEquals(Devstack.postgres().jdbcUrl("credstack_issuance"), config.get("quarkus.datasource.jdbc.url"));
        assertEquals(Devstack.postgres().jdbcUrl("credstack_wallet"), walletConfig.get("quarkus.datasource.jdbc.url"));
        assertEquals(config.get("kafka.bootstrap.servers"), walletConfig.get("kafka.bootstrap.servers"));
        assertEquals(Devstack.tokens().jwksUrl(), config.get("mp.jwt.verify.publickey.location"));
        assertEquals(Devstack.tokens().issuer(), config.get("mp.jwt.verify.issuer"));
        assertEquals("false", config.get("quarkus.datasource.devservices.enabled"));
        assertEquals("false", config.get("quarkus.kafka.devservices.enabled"));
        assertTrue(Devstack.dataDir().toString().contains("target/devstack-"), Devstack.dataDir().toString());
        assertSame(Devstack.kafka(), Devstack.kafka());

        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_database()")) {
            assertTrue(rs.next());
            assertEquals("credstack_issuance", rs.getString(1));
        }
        try (Admin admin = Devstack.kafka().admin()) {
            assertTrue(admin.listTopics().names().get(10, TimeUnit.SECONDS).containsAll(Set.of(
                    CredstackTopics.ISSUANCE, CredstackTopics.ISSUANCE_BRIEF, CredstackTopics.WALLET,
                    CredstackTopics.RECOGNITION,
                    CredstackTopics.ISSUANCE_DLT, CredstackTopics.WALLET_DLT, CredstackTopics.RECOGNITION_DLT)));
        }
        issuance.stop(); // does not stop the shared stack
        assertTrue(Devstack.kafka().isBrokerRunning());
    }

    @Test
    void aSecondClassLoaderSeesTheSameStack() throws Exception {
        Devstack.ensureStarted();
        // A loader that does not delegate devstack classes to its parent, as Quarkus's class loader does
        java.net.URL[] urls = {Devstack.class.getProtectionDomain().getCodeSource().getLocation()};
        try (java.net.URLClassLoader child = new java.net.URLClassLoader(urls, ClassLoader.getSystemClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("org.credstack.devstack.")) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> c = findLoadedClass(name);
                        if (c == null) {
                            c = findClass(name);
                        }
                        return c;
                    }
                }
                return super.loadClass(name, resolve);
            }
        }) {
            Class<?> other = child.loadClass(Devstack.class.getName());
            assertTrue(other != Devstack.class);
            Object otherKafka = other.getMethod("kafka").invoke(null);
            assertEquals(Devstack.kafka().bootstrapServers(),
                    otherKafka.getClass().getMethod("bootstrapServers").invoke(otherKafka));
            // the view can stop and start the real broker
            otherKafka.getClass().getMethod("stopBroker").invoke(otherKafka);
            assertEquals(false, Devstack.kafka().isBrokerRunning());
            otherKafka.getClass().getMethod("startBroker").invoke(otherKafka);
            assertTrue(Devstack.kafka().isBrokerRunning());
            // tokens minted in the other loader verify against this loader's issuer (same key)
            Object otherTokens = other.getMethod("tokens").invoke(null);
            String token = (String) otherTokens.getClass().getMethod("mint", String.class, Set.class, String.class,
                    String.class).invoke(otherTokens, "dave", Set.of("partner"), "demo-university", null);
            assertEquals(Devstack.tokens().keyId(), otherTokens.getClass().getMethod("keyId").invoke(otherTokens));
            assertTrue(token.split("\\.").length == 3);
        }
    }
}
