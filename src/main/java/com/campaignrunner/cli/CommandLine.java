package com.campaignrunner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one command: its positional arguments and the options it accepts, read by a small table of
 * options rather than a library. Every command accepts {@link #COMMON}, those that open the ledger
 * {@link #LEDGER}; an option that the command does not know is a usage error (exit code 2).
 */
public record CommandLine(List<String> positional, Map<String, String> values, boolean help) {

    /** One option: a flag when {@code valueName} is null, else an option that takes a value. */
    public record Option(String name, String valueName, String description) {

        boolean flag() {
            return valueName == null;
        }

        String usageLine() {
            String left = "  " + name + (flag() ? "" : " " + valueName);
            return String.format("%-28s %s%n", left, description);
        }
    }

    static final Option DATA = new Option("--data", "<folder>",
            "where the ledger lives (default: data/ beside the campaign file's folder, or CAMPAIGN_RUNNER_DATA)");
    static final Option DB_URL = new Option("--db-url", "<jdbc-url>",
            "the database of the ledger and job repository, e.g. jdbc:postgresql://127.0.0.1:5432/campaigns "
                    + "(default: H2 in the data folder, or SPRING_DATASOURCE_URL)");
    static final Option DB_USER = new Option("--db-user", "<name>",
            "the database user (or SPRING_DATASOURCE_USERNAME)");
    static final Option DB_PASSWORD_ENV = new Option("--db-password-env", "<variable>",
            "the environment variable holding the database password (or SPRING_DATASOURCE_PASSWORD)");
    static final Option LOG_FORMAT = new Option("--log-format", "text|json", "readable lines (default) or JSON lines");
    static final Option HELP = new Option("--help", null, "show this help");

    /** The options of every command that opens the ledger. */
    static final List<Option> LEDGER = List.of(DATA, DB_URL, DB_USER, DB_PASSWORD_ENV, LOG_FORMAT, HELP);

    /** The options every command accepts. */
    static final List<Option> COMMON = List.of(LOG_FORMAT, HELP);

    /** The ledger options and exactly one campaign file: the shape of the campaign commands. */
    static CommandLine parse(String[] args) throws UsageException {
        return parse(args, 1, 1, List.of());
    }

    /** The ledger options, {@code extra}, and between {@code minPositional} and {@code maxPositional} files. */
    public static CommandLine parse(String[] args, int minPositional, int maxPositional, List<Option> extra)
            throws UsageException {
        return parse(args, minPositional, maxPositional, extra, LEDGER);
    }

    /**
     * Reads {@code args} against the {@code shared} options and {@code extra}. {@code --name value} and
     * {@code --name=value} are both accepted; {@code --help} anywhere makes the other checks moot.
     */
    static CommandLine parse(String[] args, int minPositional, int maxPositional, List<Option> extra,
            List<Option> shared) throws UsageException {
        Map<String, Option> known = new LinkedHashMap<>();
        shared.forEach(option -> known.put(option.name(), option));
        extra.forEach(option -> known.put(option.name(), option));
        List<String> positional = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (CampaignRunnerCli.isHelp(arg)) {
                help = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            Option option = known.get(name);
            if (option == null) {
                throw new UsageException("Unknown option " + name + "; this command accepts "
                        + String.join(", ", known.keySet()));
            }
            if (option.flag()) {
                if (equals >= 0) {
                    throw new UsageException(name + " takes no value");
                }
                values.put(name, "true");
            } else if (equals >= 0) {
                values.put(name, arg.substring(equals + 1));
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new UsageException(name + " needs a value: " + option.valueName());
            }
        }
        if (help) {
            return new CommandLine(List.of(), Map.of(), true);
        }
        if (positional.size() < minPositional || positional.size() > maxPositional) {
            throw new UsageException(maxPositional == 0 ? "This command takes no file, got " + positional
                    : "Give exactly one campaign file, for example jobs/sample-campaign.yml");
        }
        String format = values.getOrDefault(LOG_FORMAT.name(), "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--log-format is text or json, got '" + format + "'");
        }
        return new CommandLine(List.copyOf(positional), Map.copyOf(values), false);
    }

    public Path campaignFile() {
        return positional.isEmpty() ? null : Path.of(positional.get(0));
    }

    public String value(Option option) {
        return values.get(option.name());
    }

    public String value(Option option, String fallback) {
        return values.getOrDefault(option.name(), fallback);
    }

    boolean flag(Option option) {
        return values.containsKey(option.name());
    }

    /**
     * The ledger's folder: the option, else the environment, else {@code data} beside the folder of campaign
     * files ({@code jobs/../data}), so a run started from cron in another working directory finds the same ledger.
     */
    public Path dataFolder() {
        String given = value(DATA);
        if (given == null) {
            given = System.getenv("CAMPAIGN_RUNNER_DATA");
        }
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        Path campaign = campaignFile();
        return campaign == null ? Path.of("data").toAbsolutePath().normalize() : besideFolder(campaign
                .toAbsolutePath().getParent());
    }

    /** The ledger's folder for the campaign files in {@code jobs}, unless an option or the environment says. */
    Path dataFolder(Path jobs) {
        String given = value(DATA) != null ? value(DATA) : System.getenv("CAMPAIGN_RUNNER_DATA");
        return given != null && !given.isBlank() ? Path.of(given).toAbsolutePath().normalize()
                : besideFolder(jobs.toAbsolutePath());
    }

    private static Path besideFolder(Path jobs) {
        return jobs.resolve("..").resolve("data").normalize();
    }

    boolean jsonLogs() {
        return value(LOG_FORMAT, "text").equals("json");
    }

    /** The database named by the options; null values fall back to the environment, then to H2. */
    DatabaseSettings database() throws UsageException {
        String passwordVariable = value(DB_PASSWORD_ENV);
        String password = null;
        if (passwordVariable != null) {
            password = System.getenv(passwordVariable);
            if (password == null) {
                throw new UsageException("--db-password-env names " + passwordVariable
                        + ", which is not set in the environment");
            }
        }
        return new DatabaseSettings(value(DB_URL), value(DB_USER), password);
    }

    /** The usage text of a command that opens the ledger. */
    public static String usage(String synopsis, String description, List<Option> own) {
        return usage(synopsis, description, own, LEDGER);
    }

    /** The usage text of a command: its synopsis, what it does, its own options and then the shared ones. */
    static String usage(String synopsis, String description, List<Option> own, List<Option> shared) {
        StringBuilder text = new StringBuilder("Usage: java -jar campaign-runner.jar ").append(synopsis)
                .append("\n\n").append(description.strip()).append("\n\n");
        if (!own.isEmpty()) {
            text.append("Options:\n");
            own.forEach(option -> text.append(option.usageLine()));
            text.append('\n');
        }
        text.append("Common options:\n");
        shared.forEach(option -> text.append(option.usageLine()));
        return text.toString();
    }

    /** Wrong arguments; exit code 2. */
    public static class UsageException extends Exception {

        public UsageException(String message) {
            super(message);
        }
    }
}
