package com.campaignrunner.actions;

import com.campaignrunner.api.ApiException;
import com.campaignrunner.api.ApiFailure;
import com.campaignrunner.cli.CommandLine;
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
    private static final CommandLine.Option RULE = new CommandLine.Option("--rule", "<rule>",
            "which submitted interviews: completed (all), or score-below:<n> (scored below n of 10)");
    private static final CommandLine.Option EMAILS = new CommandLine.Option("--emails", "<a@x.com,b@y.com>",
            "the candidates with these emails");
    private static final String HELP = CommandLine.usage(
            "another-attempt <campaign-file> (--rule <rule> | --emails <list>) [options]", """
            Lets candidates take the interview again. The API re-opens only submitted interviews (completed
            and handed in); it refuses interviews that were abandoned or failed, which never produced a
            result to re-open: send those candidates their link again with reissue-link.

            Each re-opened row goes back to REGISTERED; the next run collects the new attempt.
            Exit codes: 0 done (rows the API refused are listed), 1 the API failed, 2 bad usage.
            """, List.of(RULE, EMAILS));

    public AnotherAttemptCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    String help() {
        return HELP;
    }

    @Override
    List<CommandLine.Option> options() {
        return List.of(RULE, EMAILS);
    }

    @Override
    void check(CommandLine line) throws CommandLine.UsageException {
        String rule = line.value(RULE);
        if ((rule == null) == (line.value(EMAILS) == null)) {
            throw new CommandLine.UsageException("Give either --rule or --emails");
        }
        if (rule != null) {
            rule(rule);
        } else if (Arrays.stream(line.value(EMAILS).split(",")).allMatch(String::isBlank)) {
            throw new CommandLine.UsageException("--emails needs at least one address, as in --emails a@x.com,b@y.com");
        }
    }

    private static Predicate<LedgerRow> rule(String rule) throws CommandLine.UsageException {
        if (rule.equals("completed")) {
            return row -> true;
        }
        if (rule.startsWith(SCORE_BELOW)) {
            try {
                double limit = Double.parseDouble(rule.substring(SCORE_BELOW.length()));
                return row -> row.interviewScore() != null && row.interviewScore() < limit;
            } catch (NumberFormatException e) {
                throw new CommandLine.UsageException("score-below needs a number, as in score-below:6");
            }
        }
        if (Set.of("failed", "abandoned", "failed-or-abandoned").contains(rule)) {
            throw new CommandLine.UsageException("The API grants another attempt only to submitted "
                    + "interviews; abandoned or failed ones have nothing to re-open. Send those candidates their "
                    + "link again with reissue-link.");
        }
        throw new CommandLine.UsageException("Unknown rule '" + rule + "'; use completed or score-below:<n>");
    }

    @Override
    int run(ActionSession session, CommandLine line) throws CommandLine.UsageException {
        if (session.closedAs().isPresent()) {
            err.println("The interview of campaign " + session.campaign().id() + " was closed ("
                    + session.closedAs().get() + "); candidates cannot take it any more.");
            return FAILED;
        }
        List<LedgerRow> chosen = new ArrayList<>();
        String rule = line.value(RULE);
        if (rule != null) {
            Predicate<LedgerRow> matches = rule(rule);
            session.rows().stream().filter(row -> SUBMITTED.contains(row.state())).filter(matches)
                    .forEach(chosen::add);
        } else {
            for (String email : new LinkedHashSet<>(Arrays.asList(line.value(EMAILS).split(",")))) {
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
