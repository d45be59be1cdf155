package com.campaignrunner.actions;

import com.campaignrunner.api.ApiException;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.campaign.CampaignFileReader;
import com.campaignrunner.cli.CommandLine;
import com.campaignrunner.job.CampaignRun;
import java.io.PrintStream;
import java.util.List;

/**
 * A campaign action: one API operation applied to a campaign's rows, outside the campaign job. It takes the
 * options of every command that opens the ledger. Exit codes: 0 done, 1 the action failed (an API error, for
 * example), 2 bad usage or an unusable campaign file.
 */
abstract class ActionCommand {

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    final PrintStream out;
    final PrintStream err;

    ActionCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The text {@code --help} prints. */
    abstract String help();

    /** Options besides those of every ledger command. */
    abstract List<CommandLine.Option> options();

    /** How many values follow the command: the campaign file, and for some actions one more. */
    int positionalCount() {
        return 1;
    }

    /** Checks the arguments before anything is opened, so that bad usage costs nothing. */
    void check(CommandLine line) throws CommandLine.UsageException {
    }

    abstract int run(ActionSession session, CommandLine line) throws Exception;

    public int execute(String[] args) {
        CommandLine line;
        Campaign campaign;
        try {
            line = CommandLine.parse(args, 1, positionalCount(), options());
            if (line.help()) {
                out.print(help());
                return DONE;
            }
            if (line.positional().size() != positionalCount()) {
                throw new CommandLine.UsageException(help().lines().findFirst().orElse(""));
            }
            check(line);
            campaign = CampaignFileReader.read(line.campaignFile());
        } catch (CommandLine.UsageException | CampaignFileException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        try (ActionSession session = ActionSession.open(campaign, line, out)) {
            return run(session, line);
        } catch (CommandLine.UsageException | CampaignFileException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (ApiException e) {
            err.println("The API refused: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("The action failed: " + CampaignRun.rootMessage(e));
            return FAILED;
        }
    }
}
