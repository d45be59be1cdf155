package com.campaignrunner.actions;

import java.io.PrintStream;
import java.util.Set;

/** {@code close <campaign-file>}: ends the campaign's interview (job-interview-set-state). */
public final class CloseCommand extends ActionCommand {

    private static final Set<String> STATES = Set.of("completed", "archived");

    public CloseCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    String help() {
        return """
                Usage: close <campaign-file> [--status completed|archived] [--data <folder>]

                Sets the campaign's interview to completed (the default: no new candidates, results kept in
                view) or archived (moved out of the recruiters' lists). Links already handed out stop working.

                Exit codes: 0 closed, 1 the API refused or the campaign has no interview yet, 2 bad usage.
                """;
    }

    @Override
    Set<String> options() {
        return Set.of("status");
    }

    @Override
    void check(ActionArguments arguments) throws ActionArguments.UsageException {
        String status = arguments.options().getOrDefault("status", "completed");
        if (!STATES.contains(status)) {
            throw new ActionArguments.UsageException("--status must be completed or archived, got '" + status
                    + "'");
        }
        if (arguments.positional().size() != 1) {
            throw new ActionArguments.UsageException("Give exactly one campaign file");
        }
    }

    @Override
    int run(ActionSession session, ActionArguments arguments) {
        String status = arguments.options().getOrDefault("status", "completed");
        String interviewId = session.interviewId().orElse(null);
        if (interviewId == null) {
            err.println("Campaign " + session.campaign().id() + " has no interview yet: run it first.");
            return FAILED;
        }
        session.client().setInterviewState(interviewId, status);
        out.println("Interview " + interviewId + " of campaign " + session.campaign().id() + " is now " + status
                + ".");
        return DONE;
    }
}
