package com.campaignrunner.actions;

import com.campaignrunner.setup.CampaignSetup;
import com.campaignrunner.cli.CommandLine;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code close <campaign-file>}: ends the campaign's interview (job-interview-set-state). */
public final class CloseCommand extends ActionCommand {

    private static final Set<String> STATES = Set.of("completed", "archived");
    private static final CommandLine.Option STATUS = new CommandLine.Option("--status", "completed|archived",
            "completed (the default) or archived");
    private static final String HELP = CommandLine.usage("close <campaign-file> [options]", """
            Sets the campaign's interview to completed (the default: no new candidates, results kept in
            view) or archived (moved out of the recruiters' lists). Links already handed out stop working.

            Exit codes: 0 closed, 1 the API refused or the campaign has no interview yet, 2 bad usage.
            """, List.of(STATUS));

    public CloseCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    String help() {
        return HELP;
    }

    @Override
    List<CommandLine.Option> options() {
        return List.of(STATUS);
    }

    @Override
    void check(CommandLine line) throws CommandLine.UsageException {
        String status = line.value(STATUS, "completed");
        if (!STATES.contains(status)) {
            throw new CommandLine.UsageException("--status must be completed or archived, got '" + status + "'");
        }
    }

    @Override
    int run(ActionSession session, CommandLine line) {
        String status = line.value(STATUS, "completed");
        String interviewId = session.interviewId().orElse(null);
        if (interviewId == null) {
            err.println("Campaign " + session.campaign().id() + " has no interview yet: run it first.");
            return FAILED;
        }
        session.client().setInterviewState(interviewId, status);
        session.ledger().putResource(session.campaign().id(), CampaignSetup.CLOSED, status, "CREATED");
        out.println("Interview " + interviewId + " of campaign " + session.campaign().id() + " is now " + status
                + ".");
        return DONE;
    }
}
