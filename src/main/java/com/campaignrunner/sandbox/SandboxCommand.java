package com.campaignrunner.sandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code sandbox} command: runs the sandbox on its own until the process is interrupted.
 *
 * <pre>
 * sandbox [--port N] [--state DIR] [--latency-ms N] [--fail-rate X] [--rate-429 X] [--rate-500 X]
 *         [--rate-503 X] [--timeout-rate X] [--drop-rate X] [--row-error-rate X] [--seed N] [--token T]
 * </pre>
 */
public final class SandboxCommand {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: sandbox [options]",
            "  --port N            port on 127.0.0.1 (default 8787; 0 picks a free one)",
            "  --state DIR         where the sandbox keeps its state and call ledger (default ./sandbox-state)",
            "  --latency-ms N      the same pause in milliseconds for every endpoint (default: realistic)",
            "  --fail-rate X       share of interviews that fail (0..1, default 0.05)",
            "  --rate-429 X        share of calls answered 429 with Retry-After",
            "  --rate-500 X        share of calls answered 500",
            "  --rate-503 X        share of calls answered 503",
            "  --timeout-rate X    share of calls whose answer never comes",
            "  --drop-rate X       share of calls whose connection is closed without an answer",
            "  --row-error-rate X  share of batch rows answered with a temporary error",
            "  --seed N            seed of the faults and interview outcomes (default 42)",
            "  --token T           accept only this bearer token (default: any non-blank token)",
            "  --timeout-ms N      how long a timed-out call is held before the connection closes (default 35000)",
            "  --outcomes C,A,F    shares of interviews completed, abandoned, failed; the rest finish late",
            "  --completion-delay-ms MIN..MAX  when a registered candidate finishes (default 1000..4000)",
            "  --late-completion-ms N          when the late ones finish (default 45000)",
            "  --help              show this help");

    private static final int DEFAULT_PORT = 8787;

    private SandboxCommand() {
    }

    /** Runs until interrupted; 0 after a clean stop, 2 for bad options. */
    public static int runCommand(String[] args) {
        return runCommand(args, System.out, System.err);
    }

    static int runCommand(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException badOption) {
            err.println(badOption.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options.help) {
            out.println(USAGE);
            return 0;
        }

        SandboxServer server = SandboxServer.start(options.settings, options.state);
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGINT and SIGTERM run the shutdown hooks; closing there flushes the journal before the JVM halts.
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "jobmojito-sandbox-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("JobMojito sandbox listening on " + server.baseUrl() + " (state in "
                + options.state.toAbsolutePath() + ")");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    record Options(SandboxSettings settings, Path state, boolean help) {
    }

    static Options parse(String[] args) {
        SandboxSettings.Builder settings = SandboxSettings.builder().port(DEFAULT_PORT);
        Path state = Path.of("sandbox-state");
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                help = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + option + " needs a value.");
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> settings.port((int) number(option, value, 0, 65535));
                case "--state" -> state = Path.of(value);
                case "--latency-ms" -> settings.fixedLatency(number(option, value, 0, 600_000));
                case "--fail-rate" -> {
                    double fail = share(option, value);
                    settings.outcomeShares(Math.max(0, Math.min(0.70, 0.90 - fail)), Math.min(0.10, 1 - fail), fail);
                }
                case "--rate-429" -> settings.rateLimitShare(share(option, value));
                case "--rate-500" -> settings.serverErrorShare(share(option, value));
                case "--rate-503" -> settings.unavailableShare(share(option, value));
                case "--timeout-rate" -> settings.timeoutShare(share(option, value));
                case "--drop-rate" -> settings.dropShare(share(option, value));
                case "--row-error-rate" -> settings.rowErrorShare(share(option, value));
                case "--seed" -> settings.seed(number(option, value, Long.MIN_VALUE, Long.MAX_VALUE));
                case "--token" -> settings.acceptedToken(value.isBlank() ? null : value);
                case "--timeout-ms" -> settings.timeoutMillis(number(option, value, 0, 600_000));
                case "--outcomes" -> {
                    String[] shares = value.split(",");
                    if (shares.length != 3) {
                        throw new IllegalArgumentException("--outcomes needs complete,abandon,fail shares, "
                                + "for example 0.8,0.1,0.05");
                    }
                    settings.outcomeShares(share(option, shares[0]), share(option, shares[1]),
                            share(option, shares[2]));
                }
                case "--completion-delay-ms" -> {
                    String[] range = value.split("\\.\\.");
                    long min = number(option, range[0], 0, 86_400_000);
                    settings.completionDelay(min, range.length > 1 ? number(option, range[1], min, 86_400_000) : min);
                }
                case "--late-completion-ms" -> settings.lateCompletionMillis(number(option, value, 0, 86_400_000));
                default -> throw new IllegalArgumentException("Unknown option " + option + ".");
            }
        }
        return new Options(settings.build(), state, help);
    }

    private static long number(String option, String value, long min, long max) {
        try {
            long number = Long.parseLong(value.trim());
            if (number < min || number > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ".");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'.");
        }
    }

    private static double share(String option, String value) {
        try {
            double share = Double.parseDouble(value.trim());
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException(option + " must be between 0 and 1.");
            }
            return share;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number between 0 and 1, got '" + value + "'.");
        }
    }
}
