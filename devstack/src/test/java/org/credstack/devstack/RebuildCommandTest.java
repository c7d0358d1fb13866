package org.credstack.devstack;

import static org.credstack.devstack.FakeStack.MINTED;
import static org.credstack.devstack.FakeStack.STORED;
import static org.credstack.devstack.FakeStack.progress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./credstack rebuild|projections} against a fake wallet-service and token issuer: what they show and say. */
class RebuildCommandTest {

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

    // ------------------------------------------------------------------------------------------------ rebuild

    @Test
    void follows_a_rebuild_until_done_and_exits_0() {
        stack.rebuildBody = progress("REPLAYING", 2, 0, 23_600, 0, null, null);
        stack.polls.add(progress("REPLAYING", 2, 5_900, 23_600, 5_900, 3L, null));
        stack.polls.add(progress("REPLAYING", 2, 12_345, 23_600, 8_120.4, 1L, null));
        stack.polls.add(progress("SWITCHING", 2, 23_600, 23_600, 9_000, 0L, null));
        stack.polls.add(progress("DONE", 2, 23_650, 23_600, 9_010, 0L, null));

        int code = stack.run("rebuild", "wallet", "issuer-directory");

        assertEquals(0, code, stack.err());
        String out = stack.out();
        assertTrue(out.contains("Rebuilding projection issuer-directory of wallet into generation 2"), out);
        assertTrue(out.contains("[------------------------------]   0.0%  0/23,600 events  0/s  ETA --  REPLAYING"),
                out);
        assertTrue(out.contains("  25.0%  5,900/23,600 events  5,900/s  ETA 3s  REPLAYING"), out);
        assertTrue(out.contains("  52.3%  12,345/23,600 events  8,120/s  ETA 1s  REPLAYING"), out);
        assertTrue(out.contains("100.0%  23,600/23,600 events  9,000/s  ETA 0s  SWITCHING"), out);
        assertTrue(out.contains("[##############################] 100.0%  23,650/23,600 events  9,010/s  took 3.2s  DONE"),
                out);
        assertTrue(out.contains("Done: generation 2 of issuer-directory is serving (23,650 events in 3.2s)."), out);
        assertFalse(out.contains("\r"), "no carriage returns when stdout is not a terminal");
        assertEquals(7, out.lines().count(), out); // header, 5 progress lines, summary
        assertEquals("", stack.err());
        assertTrue(stack.authorizations.stream().allMatch(("Bearer " + MINTED)::equals),
                stack.authorizations.toString());
    }

    @Test
    void on_a_terminal_redraws_one_line() {
        stack.rebuildBody = progress("REPLAYING", 2, 0, 200, 0, null, null);
        stack.polls.add(progress("REPLAYING", 2, 50, 200, 100, 1L, null));
        stack.polls.add(progress("REPLAYING", 2, 100, 200, 100, 1L, null));
        stack.polls.add(progress("REPLAYING", 2, 150, 200, 100, 1L, null));
        stack.polls.add(progress("DONE", 2, 200, 200, 100, 0L, null));

        int code = stack.command(true, Duration.ofMillis(5), Duration.ofSeconds(1))
                .execute(new String[] {"rebuild", "wallet", "issuer-directory", "--state-dir", state.toString()});

        assertEquals(0, code, stack.err());
        String out = stack.out();
        assertTrue(out.contains("\r[###############---------------]  50.0%  100/200 events  100/s  ETA 1s  REPLAYING"),
                out);
        assertTrue(out.contains("\r[######################--------]  75.0%"), out);
        assertTrue(out.contains("\r[##############################] 100.0%  200/200 events  100/s  took 3.2s  DONE"),
                out);
        assertTrue(out.matches("(?s).*DONE *\n(?!\r).*"), "the final bar ends its line: " + out);
        assertEquals(3, out.chars().filter(c -> c == '\n').count(), out); // header, the redrawn bar, summary
    }

    @Test
    void off_a_terminal_prints_at_most_one_line_per_interval() {
        stack.rebuildBody = progress("REPLAYING", 2, 0, 100, 0, null, null);
        for (int i = 1; i <= 3; i++) {
            stack.polls.add(progress("REPLAYING", 2, i * 10, 100, 10, 9L, null));
        }
        stack.polls.add(progress("DONE", 2, 100, 100, 10, 0L, null));

        int code = stack.command(false, Duration.ofMillis(1), Duration.ofHours(1))
                .execute(new String[] {"rebuild", "wallet", "issuer-directory", "--state-dir", state.toString()});

        assertEquals(0, code, stack.err());
        // the first line and the final state; nothing in between within the (here: one hour) line interval
        assertTrue(stack.out().contains("  0.0%"), stack.out());
        assertFalse(stack.out().contains(" 20.0%"), stack.out());
        assertTrue(stack.out().contains("100.0%  100/100 events"), stack.out());
    }

    @Test
    void a_failed_rebuild_prints_its_error_and_exits_1() {
        stack.rebuildBody = progress("REPLAYING", 3, 0, 1_000, 0, null, null);
        stack.polls.add(progress("REPLAYING", 3, 250, 1_000, 500, 2L, null));
        stack.polls.add(progress("REPLAYING", 3, 500, 1_000, 500, 1L, null));
        stack.polls.add(progress("FAILED", 3, 600, 1_000, 500, null,
                "relation \"proj_x_g3.issuer\" does not exist"));

        int code = stack.run("rebuild", "wallet", "issuer-directory");

        assertEquals(1, code);
        assertTrue(stack.out().contains(" 25.0%  250/1,000 events"), stack.out());
        assertTrue(stack.out().contains(" 60.0%  600/1,000 events  500/s  FAILED"), stack.out());
        assertFalse(stack.out().contains("Done:"), stack.out());
        assertTrue(stack.err().contains("the rebuild of issuer-directory (generation 3) FAILED: "
                + "relation \"proj_x_g3.issuer\" does not exist"), stack.err());
        assertTrue(stack.err().contains("wallet.log"), stack.err());
    }

    @Test
    void an_earlier_rebuild_shown_by_the_service_is_not_taken_for_this_one() {
        stack.rebuildBody = progress("REPLAYING", 2, 0, 10, 0, null, null);
        stack.polls.add(progress("DONE", 1, 10, 10, 10, 0L, null)); // the previous rebuild, still shown
        stack.polls.add(progress("REPLAYING", 2, 5, 10, 5, 1L, null));
        stack.polls.add(progress("DONE", 2, 10, 10, 5, 0L, null));

        assertEquals(0, stack.run("rebuild", "wallet", "issuer-directory"), stack.err());
        assertTrue(stack.out().contains(" 50.0%  5/10 events"), stack.out());
        assertTrue(stack.out().contains("Done: generation 2"), stack.out());
        assertEquals(3, stack.gets, "polled until generation 2 was done");
    }

    @Test
    void a_rebuild_already_running_is_a_409_with_the_problem_detail() {
        stack.rebuildStatus = 409;
        stack.rebuildBody = """
                {"type":"https://credstack.org/problems/rule","title":"Business rule violated","status":409,
                 "detail":"Projection issuer-directory is already being rebuilt","rule":"one-rebuild-at-a-time"}""";

        int code = stack.run("rebuild", "wallet", "issuer-directory");

        assertEquals(1, code);
        assertTrue(stack.err().contains("HTTP 409"), stack.err());
        assertTrue(stack.err().contains("Projection issuer-directory is already being rebuilt"), stack.err());
        assertEquals(0, stack.gets, "nothing to follow");
    }

    @Test
    void an_unknown_projection_is_a_404_with_the_problem_detail_and_the_known_ones() {
        stack.rebuildStatus = 404;
        stack.rebuildBody = """
                {"type":"https://credstack.org/problems/not-found","title":"Not found","status":404,
                 "detail":"Projection nope was not found"}""";

        int code = stack.run("rebuild", "wallet", "nope");

        assertEquals(1, code);
        assertTrue(stack.err().contains("HTTP 404 Not found: Projection nope was not found"), stack.err());
        assertTrue(stack.err().contains("Projections of wallet: issuer-directory, shares"), stack.err());
    }

    @Test
    void without_a_token_issuer_the_stored_operator_token_is_used() {
        stack.tokenEndpointWorks = false;
        stack.rebuildBody = progress("DONE", 2, 0, 0, 0, 0L, null);

        assertEquals(0, stack.run("rebuild", "wallet", "issuer-directory"), stack.err());
        assertTrue(stack.out().contains("100.0%  0/0 events"), stack.out());
        assertEquals(List.of("Bearer " + STORED), stack.authorizations);
    }

    // ------------------------------------------------------------------------------------------------ list

    @Test
    void projections_lists_a_services_projections() {
        stack.polls.add(progress("REPLAYING", 2, 12_345, 23_600, 8_000, 1L, null));

        assertEquals(0, stack.run("projections", "wallet-service"), stack.err());
        String out = stack.out();
        assertTrue(out.contains("Projections of wallet (" + stack.base + ")"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+NAME\\s+GEN\\s+SCHEMA\\s+APPLIED\\s+DUPLICATES"
                + "\\s+DEAD-LETTERED\\s+REBUILD")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+issuer-directory\\s+1\\s+proj_issuer_directory_g1\\s+"
                + "1,234\\s+5\\s+0\\s+REPLAYING 52\\.3% \\(gen 2\\)")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+shares\\s+1\\s+proj_shares_g1\\s+0\\s+0\\s+1\\s+-")), out);
    }
}
