package org.credstack.issuance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The domain is plain Java plus Axon's annotations: no JAX-RS, no Kafka, no JPA, no CDI. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.credstack.issuance");
    }

    @Test
    void the_domain_is_free_of_frameworks() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                        "jakarta.enterprise..", "jakarta.inject..", "org.apache.kafka..", "io.quarkus..",
                        "org.hibernate..")
                .check(classes);
    }

    @Test
    void the_command_side_does_not_depend_on_the_query_side_or_the_api() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..projection..", "..api..")
                .check(classes);
    }
}
