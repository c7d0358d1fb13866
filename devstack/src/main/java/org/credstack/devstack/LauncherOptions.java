package org.credstack.devstack;

/**
 * The command line of {@code ./credstack up} and its usage text; flags win over environment variables, which win
 * over defaults.
 */
final class LauncherOptions {

    static final String USAGE = """
            Usage: ./credstack <command> [options]

            Commands:
              up                                start PostgreSQL, Kafka, the dev token issuer and the three
                                                services; Ctrl-C stops all
              rebuild <service> <projection>    rebuild a projection from offset zero on the running stack and
                                                follow it with a progress bar (exit 0 DONE, 1 FAILED)
              projections <service>             list a service's projections: generation, counters, last rebuild
              help                              show this text

            Options of 'up' (each also as an environment variable):
              --fresh                   wipe .credstack/ (all data) before starting
              --infra-only              start PostgreSQL, Kafka and the token issuer, not the services
              --state-dir DIR           state folder (CREDSTACK_STATE_DIR, default .credstack)
              --postgres-port N         PostgreSQL (CREDSTACK_POSTGRES_PORT, default 55432)
              --kafka-port N            Kafka PLAINTEXT (CREDSTACK_KAFKA_PORT, default 59092)
              --kafka-controller-port N KRaft controller (CREDSTACK_KAFKA_CONTROLLER_PORT, default 59093)
              --tokens-port N           dev token issuer (CREDSTACK_TOKENS_PORT, default 58080)
              --issuance-port N         issuance-service (CREDSTACK_ISSUANCE_PORT, default 8081)
              --wallet-port N           wallet-service (CREDSTACK_WALLET_PORT, default 8082)
              --recognition-port N      recognition-service (CREDSTACK_RECOGNITION_PORT, default 8083)
              --health-timeout SECONDS  how long a service may take to become ready (CREDSTACK_HEALTH_TIMEOUT, 90)
            Extra JVM options for the services: CREDSTACK_SERVICE_JAVA_OPTS.

            Options of 'rebuild' and 'projections':
              --state-dir DIR           the running stack's folder with stack.json (CREDSTACK_STATE_DIR, .credstack)
            <service> is issuance, wallet or recognition. Exit codes: 0 done, 1 failed (rebuild FAILED, HTTP
            error, stack not running), 2 usage error.
            """;

    String command = "help";
    boolean fresh;
    boolean infraOnly;
    String stateDir = env("CREDSTACK_STATE_DIR", ".credstack");
    int postgresPort = envInt("CREDSTACK_POSTGRES_PORT", 55432);
    int kafkaPort = envInt("CREDSTACK_KAFKA_PORT", 59092);
    int kafkaControllerPort = envInt("CREDSTACK_KAFKA_CONTROLLER_PORT", 59093);
    int tokensPort = envInt("CREDSTACK_TOKENS_PORT", 58080);
    int issuancePort = envInt("CREDSTACK_ISSUANCE_PORT", 8081);
    int walletPort = envInt("CREDSTACK_WALLET_PORT", 8082);
    int recognitionPort = envInt("CREDSTACK_RECOGNITION_PORT", 8083);
    int healthTimeoutSeconds = envInt("CREDSTACK_HEALTH_TIMEOUT", 90);

    static LauncherOptions parse(String[] args) {
        LauncherOptions o = new LauncherOptions();
        if (args.length == 0) {
            return o;
        }
        o.command = switch (args[0]) {
            case "up" -> "up";
            case "help", "--help", "-h" -> "help";
            default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
        };
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--fresh" -> o.fresh = true;
                case "--infra-only" -> o.infraOnly = true;
                case "--help", "-h" -> o.command = "help";
                case "--state-dir", "--postgres-port", "--kafka-port", "--kafka-controller-port", "--tokens-port",
                     "--issuance-port", "--wallet-port", "--recognition-port", "--health-timeout" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        value = args[++i];
                    }
                    o.set(arg, value);
                }
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        return o;
    }

    private void set(String option, String value) {
        if (option.equals("--state-dir")) {
            stateDir = value;
            return;
        }
        int n = number(option, value);
        switch (option) {
            case "--postgres-port" -> postgresPort = n;
            case "--kafka-port" -> kafkaPort = n;
            case "--kafka-controller-port" -> kafkaControllerPort = n;
            case "--tokens-port" -> tokensPort = n;
            case "--issuance-port" -> issuancePort = n;
            case "--wallet-port" -> walletPort = n;
            case "--recognition-port" -> recognitionPort = n;
            case "--health-timeout" -> healthTimeoutSeconds = n;
            default -> throw new IllegalArgumentException(option);
        }
    }

    int servicePort(String service) {
        return switch (service) {
            case "issuance" -> issuancePort;
            case "wallet" -> walletPort;
            case "recognition" -> recognitionPort;
            default -> throw new IllegalArgumentException(service);
        };
    }

    private static int number(String what, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1 || n > 65535) {
                throw new IllegalArgumentException(what + " out of range: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number: " + value);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static int envInt(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : number(name, v);
    }
}
