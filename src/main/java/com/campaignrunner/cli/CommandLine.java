package com.campaignrunner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The campaign file and the options shared by the campaign commands. */
record CommandLine(Path campaignFile, Path dataFolder, boolean help) {

    static CommandLine parse(String[] args) throws UsageException {
        List<String> positional = new ArrayList<>();
        Path data = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (CampaignRunnerCli.isHelp(arg)) {
                help = true;
            } else if (arg.equals("--data")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--data needs a folder");
                }
                data = Path.of(args[++i]);
            } else if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring("--data=".length()));
            } else if (arg.startsWith("--")) {
                throw new UsageException("Unknown option " + arg);
            } else {
                positional.add(arg);
            }
        }
        if (help) {
            return new CommandLine(null, null, true);
        }
        if (positional.size() != 1) {
            throw new UsageException("Give exactly one campaign file, for example jobs/sample-campaign.yml");
        }
        if (data == null) {
            String fromEnvironment = System.getenv("CAMPAIGN_RUNNER_DATA");
            data = Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "data" : fromEnvironment);
        }
        return new CommandLine(Path.of(positional.get(0)), data.toAbsolutePath().normalize(), false);
    }

    /** Wrong arguments; exit code 2. */
    static class UsageException extends Exception {

        UsageException(String message) {
            super(message);
        }
    }
}
