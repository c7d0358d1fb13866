package org.credstack.devstack;

/**
 * Warnings and errors of Kafka, PostgreSQL (zonky) and devstack to stderr, through the JBoss LogManager that slf4j
 * uses in the launcher.
 */
final class ConsoleLogging {

    private ConsoleLogging() {
    }

    static void install() {
        org.jboss.logmanager.Logger root = org.jboss.logmanager.Logger.getLogger("");
        // quarkus-core on the class path installs a handler that buffers until a Quarkus app configures logging,
        // which never happens in the launcher: replace it
        for (java.util.logging.Handler h : root.getHandlers()) {
            if (h.getClass().getName().endsWith("QuarkusDelayedHandler")) {
                root.removeHandler(h);
            }
        }
        if (root.getHandlers().length > 0) {
            return;
        }
        var handler = new org.jboss.logmanager.handlers.ConsoleHandler(
                org.jboss.logmanager.handlers.ConsoleHandler.Target.SYSTEM_ERR,
                new org.jboss.logmanager.formatters.PatternFormatter("%-5p [%c] %s%e%n"));
        handler.setLevel(java.util.logging.Level.WARNING);
        // two warnings a single-node broker always gives: on first start and during its own clean shutdown
        handler.setFilter(r -> {
            String m = r.getMessage() == null ? "" : r.getMessage();
            return !m.contains("The metadata log appears to be empty")
                    && !m.contains("Attempting to close NetworkClient that has already been closed");
        });
        root.addHandler(handler);
    }
}
