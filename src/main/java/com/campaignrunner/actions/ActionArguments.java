package com.campaignrunner.actions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arguments of a campaign action: positional values, {@code --name value} options and {@code --help}. */
record ActionArguments(List<String> positional, Map<String, String> options, boolean help) {

    static ActionArguments parse(String[] args, Set<String> allowedOptions) throws UsageException {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                String name = equals > 0 ? arg.substring(2, equals) : arg.substring(2);
                if (!allowedOptions.contains(name) && !name.equals("data")) {
                    throw new UsageException("Unknown option --" + name);
                }
                if (equals > 0) {
                    options.put(name, arg.substring(equals + 1));
                } else if (i + 1 < args.length) {
                    options.put(name, args[++i]);
                } else {
                    throw new UsageException("--" + name + " needs a value");
                }
            } else {
                positional.add(arg);
            }
        }
        return new ActionArguments(List.copyOf(positional), options, help);
    }

    Path campaignFile() throws UsageException {
        if (positional.isEmpty()) {
            throw new UsageException("Give the campaign file, for example jobs/sample-campaign.yml");
        }
        return Path.of(positional.get(0));
    }

    /** The ledger's folder: {@code --data}, else {@code CAMPAIGN_RUNNER_DATA}, else {@code ./data}. */
    Path dataFolder() {
        String given = options.get("data");
        if (given == null) {
            given = System.getenv("CAMPAIGN_RUNNER_DATA");
        }
        return Path.of(given == null || given.isBlank() ? "data" : given).toAbsolutePath().normalize();
    }

    /** Wrong arguments; exit code 2. */
    static final class UsageException extends Exception {

        UsageException(String message) {
            super(message);
        }
    }
}
