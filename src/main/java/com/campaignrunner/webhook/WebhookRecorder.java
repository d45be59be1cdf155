package com.campaignrunner.webhook;

import com.campaignrunner.collection.InterviewOutcome;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.RowState;
import com.campaignrunner.setup.CampaignSetup;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records what a webhook says in the ledger at once: a registered row whose interview ended moves to COMPLETED,
 * ABANDONED or FAILED_INTERVIEW with its result id, and the next run's collection fetches the transcript and the
 * report. Deliveries come at least once, so every change is a compare-and-set on the row's state: a repeated or
 * late delivery finds the row moved on and changes nothing.
 */
@Component
public class WebhookRecorder {

    /** What a delivery did to the ledger. */
    public enum Result {
        /** The row moved to the state the event reports. */
        RECORDED,
        /** The row had already moved (a repeated delivery), or the event reports no end yet. */
        NO_CHANGE,
        /** No ledger row matches the event: another system's candidate, or a campaign purged since. */
        UNKNOWN_ROW
    }

    private static final Logger log = LoggerFactory.getLogger(WebhookRecorder.class);

    private final Ledger ledger;
    private final JdbcTemplate jdbc;

    public WebhookRecorder(Ledger ledger, DataSource dataSource) {
        this.ledger = ledger;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public Result record(InterviewEvent event) {
        Optional<RowKey> found = find(event);
        if (found.isEmpty()) {
            log.warn("Webhook {} for interview result {} matches no ledger row; ignored", event.eventName(),
                    event.interviewResultId());
            return Result.UNKNOWN_ROW;
        }
        RowKey row = found.get();
        RowState next = InterviewOutcome.of(event.status(), event.processingStatus(), event.interviewStatus(),
                event.interviewResultId());
        Set<RowState> registered = Set.of(RowState.REGISTERED);
        if (next == null) {
            // Finished but not yet scored (interview_collected), or still going: only the status is news.
            if (event.interviewStatus() != null && !event.interviewStatus().equals(row.interviewStatus())) {
                ledger.advance(row.campaignId(), row.rowNumber(), registered, RowState.REGISTERED,
                        Map.of("interview_status", event.interviewStatus()));
            }
            return Result.NO_CHANGE;
        }
        Map<String, Object> changes = new HashMap<>();
        changes.put("interview_status", event.interviewStatus());
        changes.put("interview_result_id", event.interviewResultId());
        changes.put("interview_score", event.score());
        changes.put("finished_at", Instant.now());
        boolean moved = ledger.advance(row.campaignId(), row.rowNumber(), registered, next, changes);
        if (moved) {
            log.info("Webhook {}: campaign {} row {} is now {}", event.eventName(), row.campaignId(),
                    row.rowNumber(), next);
            return Result.RECORDED;
        }
        log.info("Webhook {}: campaign {} row {} is {} already; nothing to change", event.eventName(),
                row.campaignId(), row.rowNumber(), row.state());
        return Result.NO_CHANGE;
    }

    private record RowKey(String campaignId, int rowNumber, String state, String interviewStatus) {
    }

    /** By our external id first (it names the campaign), else by the interview and the candidate. */
    private Optional<RowKey> find(InterviewEvent event) {
        if (event.candidateExternalId() != null) {
            Optional<RowKey> byExternalId = first("select campaign_id, row_number, state, interview_status "
                    + "from ledger_row where external_id = ? and state <> 'INVALID'", event.candidateExternalId());
            if (byExternalId.isPresent()) {
                return byExternalId;
            }
        }
        if (event.interviewId() == null) {
            return Optional.empty();
        }
        List<String> campaigns = jdbc.queryForList("select campaign_id from ledger_resource where resource_key = ? "
                + "and remote_id = ?", String.class, CampaignSetup.interviewKey(), event.interviewId());
        for (String campaignId : campaigns) {
            Optional<RowKey> row = Optional.empty();
            if (event.profileInterviewId() != null) {
                row = first("select campaign_id, row_number, state, interview_status from ledger_row where "
                        + "campaign_id = ? and profile_interview_id = ? and state <> 'INVALID'", campaignId,
                        event.profileInterviewId());
            }
            if (row.isEmpty() && event.emailKey() != null) {
                row = first("select campaign_id, row_number, state, interview_status from ledger_row where "
                        + "campaign_id = ? and email_key = ? and state <> 'INVALID' order by row_number", campaignId,
                        event.emailKey());
            }
            if (row.isPresent()) {
                return row;
            }
        }
        return Optional.empty();
    }

    private Optional<RowKey> first(String sql, Object... arguments) {
        return jdbc.query(sql, (rs, index) -> new RowKey(rs.getString("campaign_id"), rs.getInt("row_number"),
                rs.getString("state"), rs.getString("interview_status")), arguments).stream().findFirst();
    }
}
