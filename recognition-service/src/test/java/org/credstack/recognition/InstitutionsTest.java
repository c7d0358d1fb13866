package org.credstack.recognition;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.platform.testing.IssuerDirectoryContract;

/** The recognition service learns about institutions from the issuance stream alone. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class InstitutionsTest extends IssuerDirectoryContract {
}
