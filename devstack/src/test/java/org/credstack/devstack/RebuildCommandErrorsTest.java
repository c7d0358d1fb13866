package org.credstack.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./credstack rebuild|projections} with a wrong command line or without a stack to talk to. */
class RebuildCommandErrorsTest {

    @TempDir
    Path state;

    FakeStack stack;

    @BeforeEach
    void start() throws IOException {
        stack = new FakeStack(state);
    }

    @AfterEach
    void stop() {
        stack.stop();
    }


    @Test
    void without_stack_json_it_asks_whether_the_stack_is_running() throws IOException {
        Files.delete(state.resolve("stack.json"));

        assertEquals(1, stack.run("rebuild", "wallet", "issuer-directory"));
        assertTrue(stack.err().contains("is the stack running? ./credstack up"), stack.err());
        assertTrue(stack.err().contains(state.resolve("stack.json").toString()), stack.err());
    }

    @Test
    void an_unknown_service_lists_the_valid_ones_and_exits_2() {
        assertEquals(2, stack.run("rebuild", "payments", "issuer-directory"));
        assertTrue(stack.err().contains("unknown service 'payments'; valid services: issuance, wallet, recognition"),
                stack.err());
    }

    @Test
    void a_service_not_started_is_reported() throws IOException {
        stack.writeStackJson(stack.base, false);

        assertEquals(1, stack.run("rebuild", "wallet", "issuer-directory"));
        assertTrue(stack.err().contains("wallet-service is not running"), stack.err());
    }

    @Test
    void a_service_that_does_not_answer_is_reported() throws IOException {
        stack.stop();

        assertEquals(1, stack.run("projections", "wallet"));
        assertTrue(stack.err().contains("cannot reach wallet-service at " + stack.base), stack.err());
        assertTrue(stack.err().contains("is the stack running? ./credstack up"), stack.err());
    }

    @Test
    void usage_errors_exit_2() {
        assertEquals(2, stack.run("rebuild"));
        assertTrue(stack.err().contains("'rebuild' needs a service and a projection"), stack.err());
        assertTrue(stack.err().contains("Usage: ./credstack rebuild"), stack.err());

        stack.err.reset();
        assertEquals(2, stack.run("rebuild", "wallet"));
        assertEquals(2, stack.run("rebuild", "wallet", "a", "b"));
        assertEquals(2, stack.run("projections"));
        assertEquals(2, stack.run("rebuild", "wallet", "issuer-directory", "--frobnicate"));
        assertTrue(stack.err().contains("unknown option '--frobnicate'"), stack.err());
        assertEquals(2, stack.command(false, Duration.ZERO, Duration.ZERO)
                .execute(new String[] {"rebuild", "wallet", "x", "--state-dir"}));
        assertEquals(0, stack.gets + stack.authorizations.size(), "no request on a usage error");
    }

    @Test
    void help_exits_0() {
        assertEquals(0, stack.run("rebuild", "--help"));
        assertTrue(stack.out().contains("Usage: ./credstack rebuild <service> <projection>"), stack.out());
    }
}
