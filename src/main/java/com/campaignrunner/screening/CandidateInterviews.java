package com.campaignrunner.screening;

import com.campaignrunner.api.CandidateInterview;
import com.campaignrunner.api.CandidateInterviewRequest;
import com.campaignrunner.api.CandidateRow;
import com.campaignrunner.api.InterviewTokenRequest;
import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.api.ResultRow;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.intake.IntakeException;
import com.campaignrunner.intake.ResumeKind;
import com.campaignrunner.intake.ResumeText;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import com.campaignrunner.setup.CampaignSetup;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Screening in the per-candidate mode: one call screens the candidate, enrols them when accepted and answers
 * with their interview link, so the registration step only records. The interview the API made for the
 * position is remembered in the ledger the first time an answer names it.
 */
final class CandidateInterviews {

    private final CampaignContext context;
    private final Ledger ledger;

    CandidateInterviews(CampaignContext context, Ledger ledger) {
        this.context = context;
        this.ledger = ledger;
    }

    ScreeningOutcome send(LedgerRow row, Set<RowState> from) throws IntakeException {
        Campaign campaign = context.campaign();
        Campaign.Position position = campaign.position(row.positionName());
        String positionId = ledger.resource(campaign.id(), CampaignSetup.positionKey(position.name()))
                .orElseThrow();
        String resume = ResumeText.extract(campaign.resumeFolder().resolve(row.resumeFile()),
                ResumeKind.valueOf(row.resumeKind()));
        String country = row.countryCode() != null ? row.countryCode() : position.countryCode();
        Campaign.Interview interview = campaign.interview();
        CandidateInterview answer = context.client().createInterviewForCandidate(new CandidateInterviewRequest(
                positionId, interview.templateId(), interview.language(), row.displayName(), row.email(), country,
                resume, row.externalId(), row.linkedinUrl(), interview.maxDurationSeconds()));
        rememberInterview(answer.interviewDefSetId());

        Map<String, Object> changes = new HashMap<>();
        String recommendation = answer.recommendation();
        if (answer.alreadyApplied()) {
            // Screened by an earlier call whose answer was lost: the results list still has the verdict.
            Optional<ResultRow> previous = PreviousScreening.find(context.client(), row, null);
            recommendation = previous.map(PreviousScreening::recommendation).orElse(null);
            previous.ifPresent(result -> changes.put("score", result.score()));
        }
        changes.put("recommendation", recommendation);
        changes.put("decision_status", answer.status());
        changes.put("profile_interview_id", answer.profileInterviewId());
        changes.put("ai_summary", Ledger.truncate(answer.reason(), 4000));
        if (!"ai_reject".equals(recommendation)) {
            changes.put("interview_url", answer.interviewUrl());
        }
        return new ScreeningOutcome(row, from, RowState.SCREENED, changes);
    }

    /**
     * For a row whose call may have gone out: when the candidate list shows the candidate screened, the verdict
     * comes from the results list and the link from a fresh token, and nothing is screened twice.
     */
    Optional<ScreeningOutcome> resolve(LedgerRow row, Set<RowState> from) {
        JobMojitoClient client = context.client();
        Optional<CandidateRow> known = client.allCandidates(row.emailKey()).stream()
                .filter(candidate -> candidate.email() != null
                        && candidate.email().trim().toLowerCase(Locale.ROOT).equals(row.emailKey()))
                .filter(candidate -> candidate.preScreeningCount() != null && candidate.preScreeningCount() > 0)
                .findFirst();
        Optional<String> interviewId = ledger.resource(context.campaignId(), CampaignSetup.interviewKey());
        if (known.isEmpty() || known.get().interviewCount() != null && known.get().interviewCount() > 0
                && interviewId.isEmpty()) {
            // Unknown, or enrolled on an interview whose id no answer has told us yet: sending again is answered
            // "already-applied" with the link, without a second screening.
            return Optional.empty();
        }
        CandidateRow candidate = known.get();
        Optional<ResultRow> previous = PreviousScreening.find(client, row, null);
        Map<String, Object> changes = new HashMap<>();
        changes.put("recommendation", previous.map(PreviousScreening::recommendation).orElse(null));
        changes.put("decision_status", previous.map(ResultRow::decisionStatus).orElse(null));
        changes.put("score", previous.map(ResultRow::score).orElse(null));
        changes.put("profile_interview_id", candidate.id());
        if (candidate.interviewCount() != null && candidate.interviewCount() > 0) {
            changes.put("interview_url", client.interviewToken(new InterviewTokenRequest("interview-for-profile",
                    candidate.id(), interviewId.orElseThrow(), null)));
        }
        return Optional.of(new ScreeningOutcome(row, from, RowState.SCREENED, changes));
    }

    private synchronized void rememberInterview(String interviewId) {
        if (interviewId != null && ledger.resource(context.campaignId(), CampaignSetup.interviewKey()).isEmpty()) {
            ledger.putResource(context.campaignId(), CampaignSetup.interviewKey(), interviewId, "CREATED");
        }
    }
}
