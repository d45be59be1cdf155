package com.campaignrunner.actions;

import com.campaignrunner.api.ApiException;
import com.campaignrunner.api.ApiFailure;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code another-attempt}: re-opens submitted interviews so that their candidates take them again
 * (job-interview-result-request-another-attempt). Each re-opened row goes back to REGISTERED, the ledger's one
 * backward move, and the next run collects the new attempt.
 */
public final class AnotherAttemptCommand extends ActionCommand {

    private static final Set<RowState> SUBMITTED = Set.of(RowState.COMPLETED, RowState.COLLECTED);
    private static final String SCORE_BELOW = "score-below:";

    public AnotherAttemptCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    String help() {
        return """
                Usage: another-attempt <campaign-file> (--rule <rule> | --emails a@x.com,b@y.com) [--data <folder>]

                Lets candidates take the interview again. The API re-opens only submitted interviews (completed
                and handed in); it refuses interviews that were abandoned or failed, which never produced a
                result to re-open: send those candidates their link again with reissue-link.

                Rules:
                  completed          every submitted interview of the campaign
                  score-below:<n>    submitted interviews scored below n (out of 10)

                Each re-opened row goes back to REGISTERED; the next run collects the new attempt.
                Exit codes: 0 done (rows the API refused are listed), 1 the API failed, 2 bad usage.
                """;
    }

    @Override
    Set<String> options() {
        return Set.of("rule", "emails");
    }

    @Override
    void check(ActionArguments arguments) throws ActionArguments.UsageException {
        String rule = arguments.options().get("rule");
        String emails = arguments.options().get("emails");
        if (arguments.positional().size() != 1) {
            throw new ActionArguments.UsageException("Give exactly one campaign file");
        }
        if ((rule == null) == (emails == null)) {
            throw new ActionArguments.UsageException("Give either --rule or --emails");
        }
        if (rule != null) {
            rule(rule);
        }
    }

    private static Predicate<LedgerRow> rule(String rule) throws ActionArguments.UsageException {
        if (rule.equals("completed")) {
            return row -> true;
        }
        if (rule.startsWith(SCORE_BELOW)) {
            try {
                double limit = Double.parseDouble(rule.substring(SCORE_BELOW.length()));
                return row -> row.interviewScore() != null && row.interviewScore() < limit;
            } catch (NumberFormatException e) {
                throw new ActionArguments.UsageException("score-below needs a number, as in score-below:6");
            }
        }
        if (Set.of("failed", "abandoned", "failed-or-abandoned").contains(rule)) {
            throw new ActionArguments.UsageException("The API grants another attempt only to submitted "
                    + "interviews; abandoned or failed ones have nothing to re-open. Send those candidates their "
                    + "link again with reissue-link.");
        }
        throw new ActionArguments.UsageException("Unknown rule '" + rule + "'; use completed or score-below:<n>");
    }

    @Override
    int run(ActionSession session, ActionArguments arguments) throws ActionArguments.UsageException {
        List<LedgerRow> chosen = new ArrayList<>();
        String rule = arguments.options().get("rule");
        if (rule != null) {
            Predicate<LedgerRow> matches = rule(rule);
            session.rows().stream().filter(row -> SUBMITTED.contains(row.state())).filter(matches)
                    .forEach(chosen::add);
        } else {
            for (String email : new LinkedHashSet<>(Arrays.asList(arguments.options().get("emails").split(",")))) {
                List<LedgerRow> rows = session.rowsWithEmail(email);
                if (rows.isEmpty()) {
                    out.println(email.trim() + ": not a candidate of campaign " + session.campaign().id());
                }
                chosen.addAll(rows);
            }
        }
        int granted = 0;
        for (LedgerRow row : chosen) {
            String who = "row " + row.rowNumber() + " " + row.email();
            if (!SUBMITTED.contains(row.state()) || row.interviewResultId() == null) {
                out.println(who + ": skipped, the interview is " + row.state().name().toLowerCase(Locale.ROOT)
                        + ", not submitted");
                continue;
            }
            try {
                session.client().requestAnotherAttempt(row.interviewResultId());
            } catch (ApiException e) {
                if (e.failure() != ApiFailure.INVALID_REQUEST) {
                    throw e;
                }
                out.println(who + ": refused by the API: " + e.getMessage());
                continue;
            }
            session.ledger().reopenForAnotherAttempt(row.campaignId(), row.rowNumber());
            out.println(who + ": another attempt granted; the row waits for the candidate again");
            granted++;
        }
        out.println(granted + " of " + chosen.size() + " candidates may take the interview again.");
        return DONE;
    }
}
