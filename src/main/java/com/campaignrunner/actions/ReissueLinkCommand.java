package com.campaignrunner.actions;

import com.campaignrunner.api.InterviewTokenRequest;
import com.campaignrunner.cli.CommandLine;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code reissue-link <campaign-file> <email>}: a fresh signed interview link for a registered candidate. */
public final class ReissueLinkCommand extends ActionCommand {

    public ReissueLinkCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    private static final String HELP = CommandLine.usage("reissue-link <campaign-file> <email> [options]", """
            Mints a new signed link to the campaign's interview for the candidate with this email
            (job-interview-token) and prints it. The ledger keeps the new link for rows still waiting for
            their candidate. Costs nothing; the old link keeps working.

            Exit codes: 0 link printed, 1 the API refused or the candidate has no interview, 2 bad usage.
            """, List.of());

    @Override
    String help() {
        return HELP;
    }

    @Override
    List<CommandLine.Option> options() {
        return List.of();
    }

    private static final Set<RowState> HAS_INTERVIEW = Set.of(RowState.REGISTERED, RowState.ABANDONED,
            RowState.FAILED_INTERVIEW, RowState.COMPLETED, RowState.COLLECTED);

    @Override
    int positionalCount() {
        return 2;
    }

    @Override
    int run(ActionSession session, CommandLine line) {
        if (session.closedAs().isPresent()) {
            err.println("The interview of campaign " + session.campaign().id() + " was closed ("
                    + session.closedAs().get() + "); candidates cannot take it any more.");
            return FAILED;
        }
        String email = line.positional().get(1);
        // Only candidates the campaign registered or invited: a link for a rejected one would buy an interview
        // nobody asked for.
        List<LedgerRow> rows = session.rowsWithEmail(email).stream()
                .filter(row -> row.profileInterviewId() != null && HAS_INTERVIEW.contains(row.state())).toList();
        String interviewId = session.interviewId().orElse(null);
        if (rows.isEmpty() || interviewId == null) {
            err.println("No candidate " + email + " with an interview in campaign " + session.campaign().id()
                    + "; only registered or invited candidates have a link.");
            return FAILED;
        }
        LedgerRow row = rows.get(0);
        String link = session.client().interviewToken(new InterviewTokenRequest("interview-for-profile",
                row.profileInterviewId(), interviewId, null));
        if (row.state() == RowState.REGISTERED) {
            session.ledger().advance(row.campaignId(), row.rowNumber(), Set.of(RowState.REGISTERED),
                    RowState.REGISTERED, Map.of("interview_url", link));
        }
        out.println(link);
        return DONE;
    }
}
