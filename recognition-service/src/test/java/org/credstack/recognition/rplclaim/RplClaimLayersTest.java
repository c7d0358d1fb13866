package org.credstack.recognition.rplclaim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The RPL feature's layers: a framework-free domain, an application that knows no HTTP, consents that know no RPL. */
class RplClaimLayersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.credstack.recognition.rplclaim", "org.credstack.recognition.consent");
    }

    @Test
    void the_claim_domain_is_free_of_frameworks_and_of_the_layers_above_it() {
        noClasses().that().resideInAPackage("..rplclaim.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                        "jakarta.enterprise..", "jakarta.inject..", "org.apache.kafka..", "io.quarkus..",
                        "org.hibernate..", "..rplclaim.application..", "..rplclaim.api..", "..consent..")
                .check(classes);
    }

    @Test
    void the_application_layer_knows_nothing_of_http() {
        noClasses().that().resideInAPackage("..rplclaim.application..")
                .should().dependOnClassesThat().resideInAnyPackage("..rplclaim.api..", "jakarta.ws.rs..",
                        "org.jboss.resteasy..")
                .check(classes);
    }

    @Test
    void consents_are_a_read_model_of_their_own() {
        noClasses().that().resideInAPackage("..recognition.consent..")
                .should().dependOnClassesThat().resideInAnyPackage("..rplclaim..")
                .check(classes);
    }
}
