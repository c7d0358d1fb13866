package org.credstack.devstack;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The command line of {@code ./credstack rebuild|projections}. */
final class RebuildArgs {

    String command;
    String service;
    String projection;
    String stateDir = env("CREDSTACK_STATE_DIR", ".credstack");
    boolean help;

    static RebuildArgs parse(String[] args) {
        RebuildArgs a = new RebuildArgs();
        if (args.length == 0 || !RebuildCommand.handles(args[0])) {
            throw new UsageError("expected 'rebuild' or 'projections'");
        }
        a.command = args[0];
        List<String> positional = new ArrayList<>();
        Iterator<String> it = List.of(args).subList(1, args.length).iterator();
        while (it.hasNext()) {
            String arg = it.next();
            if (arg.equals("--help") || arg.equals("-h")) {
                a.help = true;
            } else if (arg.startsWith("--state-dir=")) {
                a.stateDir = arg.substring("--state-dir=".length());
            } else if (arg.equals("--state-dir")) {
                if (!it.hasNext()) {
                    throw new UsageError("--state-dir needs a value");
                }
                a.stateDir = it.next();
            } else if (arg.startsWith("-")) {
                throw new UsageError("unknown option '" + arg + "' of '" + a.command + "'");
            } else {
                positional.add(arg);
            }
        }
        if (a.help) {
            return a;
        }
        int expected = a.command.equals("rebuild") ? 2 : 1;
        if (positional.size() != expected) {
            throw new UsageError(a.command.equals("rebuild")
                    ? "'rebuild' needs a service and a projection, e.g. ./credstack rebuild wallet issuer-directory"
                    : "'projections' needs a service, e.g. ./credstack projections wallet");
        }
        if (a.stateDir.isBlank()) {
            throw new UsageError("--state-dir must not be empty");
        }
        a.service = positional.get(0);
        a.projection = expected == 2 ? positional.get(1) : null;
        return a;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
