package org.credstack.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.learner.LearnerErased;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void every_contract_event_record_is_in_the_catalogue() throws Exception {
        Set<String> declared = contractEventClasses().stream().map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> catalogued = EventCatalog.all().stream().map(type -> type.javaType().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, catalogued);
        assertEquals(21, catalogued.size());
    }

    @Test
    void every_event_type_has_a_schema_and_a_pinned_example() {
        for (EventType type : EventCatalog.all()) {
            ClassLoader loader = getClass().getClassLoader();
            assertNotNull(loader.getResource(type.schemaResource()), "no schema for " + type.ceType());
            assertNotNull(loader.getResource(Contract.pinnedResource(type)), "no pinned example for " + type.ceType());
            assertNotNull(ExampleEvents.of(type), "no example instance of " + type.ceType());
        }
    }

    @Test
    void every_event_is_a_record_with_a_past_tense_name() {
        for (EventType type : EventCatalog.all()) {
            assertTrue(type.javaType().isRecord(), type.name());
            assertTrue(type.name().matches("[A-Z][A-Za-z]+(ed|Made)"), type.name() + " is not in the past tense");
        }
    }

    @Test
    void types_are_found_by_java_type_and_by_cloudevents_type() {
        EventType issued = EventCatalog.byJavaType(CredentialIssued.class).orElseThrow();
        assertEquals("org.credstack.issuance.CredentialIssued.v1", issued.ceType());
        assertEquals("schemas/issuance/CredentialIssued.v1.json", issued.schemaResource());
        assertEquals(issued, EventCatalog.byCeType("org.credstack.issuance.CredentialIssued.v1").orElseThrow());
        assertTrue(EventCatalog.isContractEvent(CredentialIssued.class));
        assertFalse(EventCatalog.isContractEvent(String.class));
        assertTrue(EventCatalog.byCeType("org.credstack.issuance.CredentialIssued.v9").isEmpty());
        assertTrue(EventCatalog.byCeType(null).isEmpty());
    }

    @Test
    void learner_erased_is_published_by_the_wallet() {
        EventType erased = EventCatalog.byJavaType(LearnerErased.class).orElseThrow();
        assertEquals(Service.WALLET, erased.service());
        assertEquals("org.credstack.wallet.LearnerErased.v1", erased.ceType());
        assertEquals("schemas/wallet/LearnerErased.v1.json", erased.schemaResource());
    }

    @Test
    void each_service_names_its_topic_dead_letter_topic_and_source() {
        assertEquals("issuance", Service.ISSUANCE.id());
        assertEquals("credstack.issuance.v1", Service.ISSUANCE.topic());
        assertEquals("credstack.wallet.dlt", Service.WALLET.deadLetterTopic());
        assertEquals("/credstack/recognition", Service.RECOGNITION.source());
    }

    @Test
    void cloudevents_types_are_unique() {
        assertEquals(EventCatalog.all().size(),
                EventCatalog.all().stream().map(EventType::ceType).distinct().count());
    }

    private static List<Class<?>> contractEventClasses() throws IOException, URISyntaxException {
        Path root = Path.of(ContractEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(root), "expected the main classes as a directory: " + root);
        try (Stream<Path> files = Files.walk(root.resolve("org/credstack/events"))) {
            return files.map(path -> root.relativize(path).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                    .filter(type -> ContractEvent.class.isAssignableFrom(type) && !type.isInterface())
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
