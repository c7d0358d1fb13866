package org.credstack.issuance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java plus Axon's annotations: no JAX-RS, no Kafka, no JPA, no CDI. */
@AnalyzeClasses(packages = "org.credstack.issuance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                    "jakarta.enterprise..", "jakarta.inject..", "org.apache.kafka..", "io.quarkus..",
                    "org.hibernate..", "..api..", "..projection..");

    @ArchTest
    static final ArchRule commands_do_not_depend_on_the_query_side = noClasses().that()
            .resideInAPackage("..domain..").should().dependOnClassesThat().resideInAPackage("..projection..");
}
