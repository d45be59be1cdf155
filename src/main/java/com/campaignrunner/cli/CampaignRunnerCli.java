package com.campaignrunner.cli;

import com.campaignrunner.actions.AnotherAttemptCommand;
import com.campaignrunner.actions.CloseCommand;
import com.campaignrunner.actions.ReissueLinkCommand;
import com.campaignrunner.actions.ReportCommand;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintStream;
import java.util.Arrays;
import org.slf4j.LoggerFactory;

/**
 * The command line. Every command answers {@code --help}; an unknown command or option is exit code 2. Exit codes
 * of {@code run}: 0 done, 3 done but some rows hold retryable errors (run again), 1 the run failed, 2 bad usage or
 * an unreadable campaign file.
 */
public final class CampaignRunnerCli {

    public static final int USAGE = 2;

    private CampaignRunnerCli() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        quietLogsUntilSpringStarts();
        if (args.length == 0 || isHelp(args[0])) {
            out.print(usage());
            return args.length == 0 ? USAGE : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "run" -> new RunCommand(out, err).execute(rest);
            case "validate" -> new ValidateCommand(out, err).execute(rest);
            case "status" -> new StatusCommand(out, err).execute(rest);
            case "export" -> new ExportCommand(out, err).execute(rest);
            case "serve" -> new ServeCommand(out, err).execute(rest);
            case "sandbox" -> com.campaignrunner.sandbox.SandboxCommand.runCommand(rest);
            case "reissue-link" -> new ReissueLinkCommand(out, err).execute(rest);
            case "another-attempt" -> new AnotherAttemptCommand(out, err).execute(rest);
            case "close" -> new CloseCommand(out, err).execute(rest);
            case "report" -> new ReportCommand(out, err).execute(rest);
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
                  run <campaign-file>       run the campaign, or continue it where it stopped
                  validate <campaign-file>  check the campaign and candidate files and resumes; calls nothing
                  status <campaign-file>    rows per state, last runs, rows that need attention
                  export <campaign-file>    write a new bundle from the ledger (collects finished interviews first)
                  serve                     run the campaigns of jobs/ on their schedules, with health, metrics
                                            and webhooks on one port
                  sandbox                   the JobMojito sandbox on its own
                  reissue-link <campaign-file> <email>  a fresh interview link for a candidate
                  another-attempt <campaign-file>       let candidates retake a submitted interview
                  close <campaign-file>                 end the campaign's interview
                  report <campaign-file>                interview reports as PDF, HTML or JSON

                '<command> --help' shows a command's options. Options every command that opens the ledger takes:
                  --data <folder>, --db-url <jdbc-url>, --db-user <name>, --db-password-env <variable>,
                  --log-format text|json

                Exit codes of run: 0 done, 3 done but some rows hold retryable errors (run again),
                1 the run failed, 2 bad usage or an unusable campaign file.
                """;
    }

    /**
     * Before a command starts Spring, logging has its library defaults, which print everything at DEBUG; until
     * Spring applies the application's settings, only warnings and the product's own messages come through.
     */
    private static void quietLogsUntilSpringStarts() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logs) {
            Logger root = logs.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            if (root.getLevel() == Level.DEBUG) {
                root.setLevel(Level.WARN);
                logs.getLogger("com.campaignrunner").setLevel(Level.INFO);
            }
            // Font fallbacks and old Word files' oddities, which say nothing to the user.
            logs.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
            logs.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
            logs.getLogger("org.apache.poi").setLevel(Level.ERROR);
        }
    }
}
