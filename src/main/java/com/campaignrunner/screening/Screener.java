package com.campaignrunner.screening;

import com.campaignrunner.api.ApiException;
import com.campaignrunner.api.ApiFailure;
import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.api.ResultRow;
import com.campaignrunner.api.ResumeFileRequest;
import com.campaignrunner.api.ResumeTextRequest;
import com.campaignrunner.api.ScreeningAnswer;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.intake.IntakeException;
import com.campaignrunner.intake.ResumeKind;
import com.campaignrunner.intake.ResumeText;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.job.InFlight;
import com.campaignrunner.job.RunAbortedException;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import com.campaignrunner.setup.CampaignSetup;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.stereotype.Component;

/**
 * Pre-screens one row. The row is committed as SCREENING before the call leaves, so a crash at any moment leaves
 * either a row never sent (STAGED) or one in doubt (SCREENING), which is resolved by asking the API before
 * anything is sent again. Thread-safe: the step calls it from several threads at once.
 */
@Component
public class Screener implements ItemProcessor<LedgerRow, ScreeningOutcome> {

    static final String STEP = "screening";
    private static final Logger log = LoggerFactory.getLogger(Screener.class);

    private final CampaignContext context;
    private final Ledger ledger;
    private final InFlight inFlight;
    private final CandidateInterviews candidateInterviews;

    public Screener(CampaignContext context, Ledger ledger, InFlight inFlight) {
        this.context = context;
        this.ledger = ledger;
        this.inFlight = inFlight;
        this.candidateInterviews = new CandidateInterviews(context, ledger);
    }

    @Override
    public ScreeningOutcome process(LedgerRow row) {
        Campaign campaign = context.campaign();
        JobMojitoClient client = context.client();
        boolean inDoubt = row.state() == RowState.SCREENING
                || (row.state() == RowState.ERROR && ApiFailure.IN_DOUBT.name().equals(row.errorKind()));
        Set<RowState> from = Set.of(row.state());
        boolean perCandidate = campaign.interview().perCandidate();
        if (inDoubt && perCandidate) {
            Optional<ScreeningOutcome> resolved = candidateInterviews.resolve(row, from);
            if (resolved.isPresent()) {
                log.info("Row {} was already screened before the last stop; recorded without a new call",
                        row.rowNumber());
                return resolved.get();
            }
        } else if (inDoubt) {
            Optional<ResultRow> previous = PreviousScreening.find(client, row, positionId(campaign, row));
            if (previous.isPresent()) {
                log.info("Row {} was already pre-screened before the last stop; recorded without a new call",
                        row.rowNumber());
                return fromResultList(row, from, previous.get());
            }
        }
        // The step's reader claimed the rows that wait for their first call in one commit per page; a row in
        // doubt is claimed here, once the API has said it does not know the candidate.
        boolean claimed = !inDoubt || inFlight.commit(() -> ledger.advance(campaign.id(), row.rowNumber(), from,
                RowState.SCREENING, Map.of("attempts", row.attempts() + 1)));
        if (!claimed) {
            return null;
        }
        Set<RowState> screening = Set.of(RowState.SCREENING);
        int attempts = Math.max(1, campaign.api().retries().maxAttempts());
        for (int attempt = 1; ; attempt++) {
            try {
                if (perCandidate) {
                    return candidateInterviews.send(row, screening);
                }
                ScreeningAnswer answer = send(campaign, client, row);
                if (answer.screened()) {
                    return screened(row, screening, answer);
                }
                Optional<ResultRow> previous = PreviousScreening.find(client, row, positionId(campaign, row));
                if (previous.isPresent()) {
                    return fromResultList(row, screening, previous.get());
                }
                return notScreenable(row, screening, answer);
            } catch (ApiException e) {
                if (e.failure() != ApiFailure.IN_DOUBT || attempt >= attempts) {
                    return failed(row, e);
                }
                // The answer was lost. Only when the API has no result for this candidate is it sent again.
                if (perCandidate) {
                    Optional<ScreeningOutcome> resolved = lookUpCandidate(row, screening);
                    if (resolved == null) {
                        return failed(row, e);
                    }
                    if (resolved.isPresent()) {
                        return resolved.get();
                    }
                    continue;
                }
                Optional<ResultRow> previous = lookUp(client, row);
                if (previous.isPresent()) {
                    return fromResultList(row, screening, previous.get());
                }
                if (previous == null) {
                    return failed(row, e);
                }
            } catch (IntakeException e) {
                return error(row, screening, "RESUME", "resume", e.getMessage(), false);
            }
        }
    }

    /** The API's record of an earlier screening; null when the API could not be asked either. */
    private Optional<ResultRow> lookUp(JobMojitoClient client, LedgerRow row) {
        try {
            return PreviousScreening.find(client, row, positionId(context.campaign(), row));
        } catch (ApiException e) {
            return null;
        }
    }

    /** The outcome of an earlier per-candidate call, from the API's lists; null when they could not be read. */
    private Optional<ScreeningOutcome> lookUpCandidate(LedgerRow row, Set<RowState> screening) {
        try {
            return candidateInterviews.resolve(row, screening);
        } catch (ApiException e) {
            return null;
        }
    }

    /** The remote id of the position this row is screened against. */
    private String positionId(Campaign campaign, LedgerRow row) {
        return ledger.resource(campaign.id(), CampaignSetup.positionKey(campaign.position(row.positionName())
                .name())).orElseThrow();
    }

    private ScreeningAnswer send(Campaign campaign, JobMojitoClient client, LedgerRow row) throws IntakeException {
        String positionId = positionId(campaign, row);
        Path resume = campaign.resumeFolder().resolve(row.resumeFile());
        ResumeKind kind = ResumeKind.valueOf(row.resumeKind());
        if (kind == ResumeKind.TEXT) {
            return client.screenResumeText(new ResumeTextRequest(positionId, row.displayName(), row.email(),
                    row.countryCode(), ResumeText.extract(resume, kind), row.externalId(), row.linkedinUrl()));
        }
        return client.screenResumeFile(new ResumeFileRequest(positionId, row.displayName(), row.email(),
                row.countryCode(), row.externalId(), row.linkedinUrl(), resume, contentType(kind)));
    }

    private static String contentType(ResumeKind kind) {
        return switch (kind) {
            case PDF -> "application/pdf";
            case DOC -> "application/msword";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            default -> "application/octet-stream";
        };
    }

    private ScreeningOutcome failed(LedgerRow row, ApiException e) {
        Set<RowState> screening = Set.of(RowState.SCREENING);
        if (e.failure() == ApiFailure.UNAUTHORISED) {
            // Nothing was processed: the row goes back to waiting, and the run stops.
            inFlight.commit(() -> ledger.advance(context.campaignId(), row.rowNumber(), screening, row.state(),
                    Map.of()));
            throw new RunAbortedException("The API refused the token: " + e.getMessage(), e);
        }
        boolean retryable = e.failure().retryable();
        log.warn("Row {}: pre-screening failed ({}): {}", row.rowNumber(), e.failure(), e.getMessage());
        return error(row, screening, e.failure().name(), e.field(), e.getMessage(), retryable);
    }

    private ScreeningOutcome screened(LedgerRow row, Set<RowState> from, ScreeningAnswer answer) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("recommendation", answer.recommendation());
        changes.put("decision_status", answer.decisionStatus());
        changes.put("score", answer.preScreeningScore());
        changes.put("ai_summary", Ledger.truncate(answer.resumeAiAnalysis(), 4000));
        changes.put("profile_interview_id", answer.profileInterviewId());
        changes.put("prescreen_result_id", answer.interviewResultPreScreeningId());
        return new ScreeningOutcome(row, from, RowState.SCREENED, changes);
    }

    private ScreeningOutcome fromResultList(LedgerRow row, Set<RowState> from, ResultRow result) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("recommendation", PreviousScreening.recommendation(result));
        changes.put("decision_status", result.decisionStatus());
        changes.put("score", result.score());
        changes.put("profile_interview_id", result.profileInterviewId());
        return new ScreeningOutcome(row, from, RowState.SCREENED, changes);
    }

    private ScreeningOutcome notScreenable(LedgerRow row, Set<RowState> from, ScreeningAnswer answer) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("decision_status", "not_screenable");
        changes.put("ai_summary", Ledger.truncate("The API could not screen this candidate: " + answer.message(),
                4000));
        return new ScreeningOutcome(row, from, RowState.SCREENED, changes);
    }

    private static ScreeningOutcome error(LedgerRow row, Set<RowState> from, String kind, String field,
            String message, boolean retryable) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("error_step", STEP);
        changes.put("error_kind", kind);
        changes.put("error_field", field);
        changes.put("error_message", Ledger.truncate(message, 2000));
        changes.put("error_retryable", retryable);
        return new ScreeningOutcome(row, from, RowState.ERROR, changes);
    }
}
