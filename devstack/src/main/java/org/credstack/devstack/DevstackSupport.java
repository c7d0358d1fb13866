package org.credstack.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Small helpers shared by the devstack servers: free ports, directory removal, quiet logging. */
public final class DevstackSupport {

    /** Loggers held strongly so that the levels set on them stick (JUL keeps loggers weakly). */
    private static final List<Logger> QUIETED = new ArrayList<>();

    /** Logger categories of the embedded servers, kept at WARN. */
    static final List<String> QUIET_CATEGORIES = List.of(
            "kafka", "state.change.logger", "org.apache.kafka", "org.apache.zookeeper",
            "io.zonky", "io.zonky.test.db.postgres.embedded", "org.credstack.devstack.postgres");

    private DevstackSupport() {
    }

    /** A port that was free on 127.0.0.1 a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** True if nothing listens on 127.0.0.1:port (we can bind it). */
    public static boolean isPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a directory tree if it exists. */
    public static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }

    /**
     * Keeps the embedded servers' loggers at WARN, whatever the backend: through java.util.logging (which is the JBoss
     * LogManager in Quarkus tests and in the launcher, where slf4j goes to it) and through slf4j-simple's system
     * properties should that be the binding. Categories already configured by a property are left alone.
     */
    public static synchronized void quietLogs() {
        if (Boolean.getBoolean("credstack.devstack.verbose")) {
            return;
        }
        for (String category : QUIET_CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            if (logger.getLevel() == null || logger.getLevel().intValue() < Level.WARNING.intValue()) {
                logger.setLevel(Level.WARNING);
            }
            QUIETED.add(logger);
            System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log." + category, "warn");
        }
    }
}
