package com.campaignrunner.actions;

import com.campaignrunner.api.ApiException;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.campaign.CampaignFileReader;
import com.campaignrunner.job.CampaignRun;
import java.io.PrintStream;
import java.util.Set;

/**
 * A campaign action: one API operation applied to a campaign's rows, outside the campaign job. Exit codes: 0 done,
 * 1 the action failed (an API error, for example), 2 bad usage or an unreadable campaign file.
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

    /** Options besides {@code --data} and {@code --help}. */
    abstract Set<String> options();

    /** Checks the arguments before anything is opened, so that bad usage costs nothing. */
    void check(ActionArguments arguments) throws ActionArguments.UsageException {
    }

    abstract int run(ActionSession session, ActionArguments arguments) throws Exception;

    public int execute(String[] args) {
        ActionArguments arguments;
        Campaign campaign;
        try {
            arguments = ActionArguments.parse(args, options());
            if (arguments.help()) {
                out.print(help());
                return DONE;
            }
            check(arguments);
            campaign = CampaignFileReader.read(arguments.campaignFile());
        } catch (ActionArguments.UsageException | CampaignFileException e) {
            err.println(e.getMessage());
            err.print(help());
            return USAGE;
        }
        try (ActionSession session = ActionSession.open(campaign, arguments.dataFolder(), out)) {
            return run(session, arguments);
        } catch (ActionArguments.UsageException | CampaignFileException e) {
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
