package com.campaignrunner.registration;

import com.campaignrunner.api.ApiException;
import com.campaignrunner.api.ApiFailure;
import com.campaignrunner.api.CandidateRow;
import com.campaignrunner.api.InterviewTokenRequest;
import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.api.RegisterUsersRequest;
import com.campaignrunner.api.RegistrationResult;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.job.InFlight;
import com.campaignrunner.job.RunAbortedException;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import com.campaignrunner.setup.CampaignSetup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * Registers a chunk of screened rows for the interview in one batch call, or marks them not selected. Rows are
 * committed as REGISTERING before the call; a row found REGISTERING later is looked up in the candidate list and,
 * when the API already knows it, given a fresh link instead of a second registration.
 */
@Component
public class Registrar implements ItemWriter<LedgerRow> {

    static final String STEP = "registration";
    private static final Logger log = LoggerFactory.getLogger(Registrar.class);
    private static final Set<RowState> REGISTERING = Set.of(RowState.REGISTERING);

    private final CampaignContext context;
    private final Ledger ledger;
    private final InFlight inFlight;
    private final Invitations invitations;

    public Registrar(CampaignContext context, Ledger ledger, InFlight inFlight) {
        this.context = context;
        this.ledger = ledger;
        this.inFlight = inFlight;
        this.invitations = new Invitations(context, ledger);
    }

    @Override
    public void write(Chunk<? extends LedgerRow> rows) {
        Campaign campaign = context.campaign();
        if (campaign.interview().perCandidate()) {
            recordLinksFromScreening(campaign, rows);
            return;
        }
        String interviewId = ledger.resource(campaign.id(), CampaignSetup.interviewKey()).orElseThrow();
        List<LedgerRow> toSend = new ArrayList<>();
        for (LedgerRow row : rows) {
            if (row.state() == RowState.SCREENED && !selected(campaign, row)) {
                ledger.advance(campaign.id(), row.rowNumber(), Set.of(RowState.SCREENED), RowState.NOT_SELECTED,
                        Map.of());
            } else if (inDoubt(row) && resolvedFromApi(row, row.state(), interviewId)) {
                continue;
            } else {
                toSend.add(row);
            }
        }
        int batch = campaign.api().registrationBatch();
        for (int from = 0; from < toSend.size(); from += batch) {
            send(campaign, interviewId, toSend.subList(from, Math.min(toSend.size(), from + batch)));
        }
    }

    /** Per-candidate interviews: the screening call already enrolled the candidate and handed out the link. */
    private void recordLinksFromScreening(Campaign campaign, Chunk<? extends LedgerRow> rows) {
        for (LedgerRow row : rows) {
            boolean linked = row.interviewUrl() != null && selected(campaign, row);
            ledger.advance(campaign.id(), row.rowNumber(), Set.of(RowState.SCREENED),
                    linked ? RowState.REGISTERED : RowState.NOT_SELECTED, Map.of());
        }
    }

    private static boolean selected(Campaign campaign, LedgerRow row) {
        return row.recommendation() != null && campaign.selectedRecommendations().contains(row.recommendation());
    }

    private static boolean inDoubt(LedgerRow row) {
        return row.state() == RowState.REGISTERING
                || (row.state() == RowState.ERROR && ApiFailure.IN_DOUBT.name().equals(row.errorKind()));
    }

    private boolean resolvedFromApi(LedgerRow row, RowState from, String interviewId) {
        JobMojitoClient client = context.client();
        Optional<CandidateRow> known = client.listCandidates(row.emailKey(), 50, 0).data().stream()
                .filter(candidate -> candidate.email() != null
                        && candidate.email().trim().toLowerCase(Locale.ROOT).equals(row.emailKey()))
                .filter(candidate -> candidate.interviewCount() != null && candidate.interviewCount() > 0)
                .findFirst();
        if (known.isEmpty()) {
            return false;
        }
        String link = client.interviewToken(new InterviewTokenRequest("interview-for-profile", known.get().id(),
                interviewId, null));
        log.info("Row {} was already registered before the last stop; link re-issued without registering again",
                row.rowNumber());
        return ledger.advance(context.campaignId(), row.rowNumber(), Set.of(from), RowState.REGISTERED,
                Map.of("interview_url", link, "profile_interview_id", known.get().id()));
    }

    private void send(Campaign campaign, String interviewId, List<LedgerRow> rows) {
        List<LedgerRow> claimed = inFlight.commit(() -> rows.stream()
                .filter(row -> ledger.advance(campaign.id(), row.rowNumber(), Set.of(row.state()),
                        RowState.REGISTERING, Map.of("attempts", row.attempts() + 1)))
                .toList());
        int attempts = Math.max(1, campaign.api().retries().maxAttempts());
        for (int attempt = 1; !claimed.isEmpty(); attempt++) {
            try {
                if (campaign.sendEmailInvitations()) {
                    invitations.invite(interviewId, claimed);
                    return;
                }
                List<RegistrationResult> results = context.client().registerUsers(registration(claimed,
                        interviewId, campaign));
                for (int i = 0; i < claimed.size(); i++) {
                    record(campaign, claimed.get(i), resultFor(claimed.get(i), i, results));
                }
                return;
            } catch (ApiException e) {
                if (e.failure() == ApiFailure.UNAUTHORISED) {
                    List<LedgerRow> unsent = claimed;
                    inFlight.commit(() -> unsent.stream().map(row -> ledger.advance(campaign.id(),
                            row.rowNumber(), REGISTERING, row.state(), Map.of())).toList());
                    throw new RunAbortedException("The API refused the token: " + e.getMessage(), e);
                }
                if (e.failure() != ApiFailure.IN_DOUBT || attempt >= attempts) {
                    log.warn("Registering {} rows failed ({}): {}", claimed.size(), e.failure(), e.getMessage());
                    for (LedgerRow row : claimed) {
                        ledger.recordError(campaign.id(), row.rowNumber(), REGISTERING, STEP, e.failure().name(),
                                e.field(), e.getMessage(), e.failure().retryable());
                    }
                    return;
                }
                // The answer was lost: only the candidates the API does not know yet are sent again.
                claimed = notYetRegistered(claimed, interviewId);
            }
        }
    }

    private List<LedgerRow> notYetRegistered(List<LedgerRow> rows, String interviewId) {
        List<LedgerRow> remaining = new ArrayList<>();
        for (LedgerRow row : rows) {
            try {
                if (!resolvedFromApi(row, RowState.REGISTERING, interviewId)) {
                    remaining.add(row);
                }
            } catch (ApiException e) {
                ledger.recordError(context.campaignId(), row.rowNumber(), REGISTERING, STEP,
                        ApiFailure.IN_DOUBT.name(), null, "Registration answer lost and the candidate list could "
                                + "not be read: " + e.getMessage(), true);
            }
        }
        return remaining;
    }

    private static RegisterUsersRequest registration(List<LedgerRow> rows, String interviewId, Campaign campaign) {
        List<RegisterUsersRequest.User> users = rows.stream()
                .map(row -> new RegisterUsersRequest.User(row.displayName(), row.email(), row.externalId()))
                .toList();
        return new RegisterUsersRequest(users, interviewId, campaign.sendEmailInvitations());
    }

    private static RegistrationResult resultFor(LedgerRow row, int index, List<RegistrationResult> results) {
        if (index < results.size() && sameEmail(results.get(index), row)) {
            return results.get(index);
        }
        return results.stream().filter(result -> sameEmail(result, row)).findFirst().orElse(null);
    }

    private static boolean sameEmail(RegistrationResult result, LedgerRow row) {
        return result.email() != null && result.email().trim().toLowerCase(Locale.ROOT).equals(row.emailKey());
    }

    private void record(Campaign campaign, LedgerRow row, RegistrationResult result) {
        if (result == null) {
            ledger.recordError(campaign.id(), row.rowNumber(), REGISTERING, STEP, ApiFailure.IN_DOUBT.name(), null,
                    "The API's answer did not mention this candidate", true);
            return;
        }
        if (result.ok()) {
            Map<String, Object> changes = new HashMap<>();
            changes.put("interview_url", result.interviewUrl());
            ledger.advance(campaign.id(), row.rowNumber(), REGISTERING, RowState.REGISTERED, changes);
            return;
        }
        String message = result.result() == null ? "Registration failed" : result.result();
        ledger.recordError(campaign.id(), row.rowNumber(), REGISTERING, STEP, "ROW_REJECTED", "email", message,
                temporary(message));
    }

    /** A per-row error worth another try on the next run, as the API words them. */
    static boolean temporary(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("temporar") || lower.contains("try again");
    }
}
