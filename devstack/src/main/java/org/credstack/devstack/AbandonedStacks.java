package org.credstack.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Test stacks whose JVM was killed (not exited): their PostgreSQL keeps running and their data directory stays
 * behind. Each stack's directory names its owning JVM in {@value #OWNER_FILE}.
 */
final class AbandonedStacks {

    private static final Logger LOG = LoggerFactory.getLogger(Devstack.class);
    static final String OWNER_FILE = "owner.pid";

    private AbandonedStacks() {
    }

    /** Stops the servers and deletes the {@code devstack-*} directories in {@code parent} whose JVM is gone. */
    static void cleanUp(Path parent) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (var dirs = Files.newDirectoryStream(parent, "devstack-*")) {
            for (Path old : dirs) {
                Path owner = old.resolve(OWNER_FILE);
                if (!Files.isRegularFile(owner)) {
                    continue;
                }
                long ownerPid;
                try {
                    ownerPid = Long.parseLong(Files.readString(owner).trim());
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue; // another test JVM, still running
                }
                stopPostgres(old, ownerPid);
                try {
                    DevstackSupport.deleteRecursively(old);
                } catch (RuntimeException e) {
                    LOG.debug("cannot delete {}", old, e);
                }
            }
        } catch (IOException e) {
            LOG.debug("cannot scan {}", parent, e);
        }
    }

    private static void stopPostgres(Path old, long ownerPid) {
        Path pidFile = old.resolve("postgres").resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pgPid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pgPid)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(old.toString())).orElse(false))
                    .ifPresent(p -> {
                        LOG.warn("stopping PostgreSQL {} left behind by dead JVM {}", pgPid, ownerPid);
                        p.destroy(); // SIGTERM: smart shutdown
                        p.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(x -> null).join();
                    });
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot inspect {}", pidFile, e);
        }
    }
}
