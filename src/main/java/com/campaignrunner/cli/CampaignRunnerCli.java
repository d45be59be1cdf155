package com.campaignrunner.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The command line: {@code run}, {@code status}, {@code sandbox} and help. Exit codes: 0 done, 3 done but some
 * rows hold retryable errors (run again), 1 the run failed, 2 bad usage or an unreadable campaign file.
 */
public final class CampaignRunnerCli {

    public static final int USAGE = 2;

    private CampaignRunnerCli() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || isHelp(args[0])) {
            out.print(usage());
            return args.length == 0 ? USAGE : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "run" -> new RunCommand(out, err).execute(rest);
            case "status" -> new StatusCommand(out, err).execute(rest);
            case "sandbox" -> com.campaignrunner.sandbox.SandboxCommand.runCommand(rest);
            case "reissue-link" -> new com.campaignrunner.actions.ReissueLinkCommand(out, err).execute(rest);
            case "another-attempt" -> new com.campaignrunner.actions.AnotherAttemptCommand(out, err).execute(rest);
            case "close" -> new com.campaignrunner.actions.CloseCommand(out, err).execute(rest);
            case "report" -> new com.campaignrunner.actions.ReportCommand(out, err).execute(rest);
            default -> {
                err.println("Unknown command '" + args[0] + "'.");
                err.print(usage());
                yield USAGE;
            }
        };
    }

    static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    static String usage() {
        return """
                Usage: java -jar campaign-runner.jar <command> [options]

                Commands:
                  run <campaign-file>      run the campaign, or continue it where it stopped
                  status <campaign-file>   rows per state, last runs, rows in error, credits
                  sandbox [options]        start the JobMojito sandbox on its own (sandbox --help)
                  reissue-link <campaign-file> <email>   a fresh interview link for a candidate
                  another-attempt <campaign-file> ...    let candidates retake a submitted interview
                  close <campaign-file>                  end the campaign's interview
                  report <campaign-file> ...             interview reports as PDF, HTML or JSON

                Options of run and status:
                  --data <folder>          where the ledger lives (default ./data, or CAMPAIGN_RUNNER_DATA)

                Exit codes of run: 0 done, 3 done but some rows hold retryable errors (run again),
                1 the run failed, 2 bad usage or an unreadable campaign file.
                """;
    }
}
