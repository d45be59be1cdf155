package com.campaignrunner.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The campaign ledger: one record per input row. Every state change is a compare-and-set on the row's current
 * state, so a row moves forward only and two writers never both win.
 */
@Repository
public class Ledger {

    private static final RowMapper<LedgerRow> ROW = Ledger::row;
    private static final String STAGE = """
            insert into ledger_row (campaign_id, row_number, state, first_name, last_name, full_name, email,
                email_key, phone, country_code, linkedin_url, position_name, resume_file, resume_kind,
                resume_bytes, resume_sha256, extras_json, external_id, problem_column, problem_message,
                problem_fix, warnings, attempts, staged_at, updated_at)
            values (:campaign, :row, :state, :first, :last, :full, :email, :emailKey, :phone, :country,
                :linkedin, :position, :resume, :resumeKind, :resumeBytes, :resumeSha, :extras, :externalId,
                :problemColumn, :problemMessage, :problemFix, :warnings, 0, :now, :now)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public Ledger(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    // Staging

    public boolean contains(String campaignId, int rowNumber) {
        Integer count = jdbc.queryForObject("select count(*) from ledger_row where campaign_id = :c and "
                + "row_number = :r", new MapSqlParameterSource("c", campaignId).addValue("r", rowNumber),
                Integer.class);
        return count != null && count > 0;
    }

    /** The first staged row, other than {@code rowNumber}, whose normalised email is {@code emailKey}. */
    public Optional<Integer> firstRowWithEmail(String campaignId, String emailKey, int rowNumber) {
        List<Integer> rows = jdbc.queryForList("select min(row_number) from ledger_row where campaign_id = :c and "
                + "email_key = :e and row_number <> :r and state <> 'INVALID'", new MapSqlParameterSource(
                        "c", campaignId).addValue("e", emailKey).addValue("r", rowNumber), Integer.class);
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Stages rows not staged before; rows already in the ledger keep what earlier runs learned. Per chunk, one
     * statement clears the invalid rows to be staged again, one query finds the rows there already, and one batch
     * inserts the others.
     */
    public int stage(Collection<? extends LedgerRow> rows) {
        Map<String, List<LedgerRow>> byCampaign = new LinkedHashMap<>();
        rows.forEach(row -> byCampaign.computeIfAbsent(row.campaignId(), id -> new ArrayList<>()).add(row));
        int staged = 0;
        for (Map.Entry<String, List<LedgerRow>> campaign : byCampaign.entrySet()) {
            MapSqlParameterSource chunk = new MapSqlParameterSource("c", campaign.getKey())
                    .addValue("r", campaign.getValue().stream().map(LedgerRow::rowNumber).toList());
            // An invalid row corrected in the file since is staged again; any other staged row stays as it is.
            jdbc.update("delete from ledger_row where campaign_id = :c and row_number in (:r) and state = 'INVALID'",
                    chunk);
            Set<Integer> present = new HashSet<>(jdbc.queryForList("select row_number from ledger_row where "
                    + "campaign_id = :c and row_number in (:r)", chunk, Integer.class));
            Timestamp now = Timestamp.from(Instant.now());
            MapSqlParameterSource[] inserts = campaign.getValue().stream()
                    .filter(row -> present.add(row.rowNumber()))
                    .map(row -> insertParameters(row, now))
                    .toArray(MapSqlParameterSource[]::new);
            if (inserts.length > 0) {
                jdbc.batchUpdate(STAGE, inserts);
            }
            staged += inserts.length;
        }
        return staged;
    }

    private static MapSqlParameterSource insertParameters(LedgerRow row, Timestamp now) {
        return new MapSqlParameterSource()
                .addValue("campaign", row.campaignId()).addValue("row", row.rowNumber())
                .addValue("state", row.state().name()).addValue("first", row.firstName())
                .addValue("last", row.lastName()).addValue("full", row.fullName())
                .addValue("email", row.email()).addValue("emailKey", row.emailKey())
                .addValue("phone", row.phone()).addValue("country", row.countryCode())
                .addValue("linkedin", row.linkedinUrl()).addValue("position", row.positionName())
                .addValue("resume", row.resumeFile()).addValue("resumeKind", row.resumeKind())
                .addValue("resumeBytes", row.resumeBytes()).addValue("resumeSha", row.resumeSha256())
                .addValue("extras", row.extrasJson()).addValue("externalId", row.externalId())
                .addValue("problemColumn", row.problemColumn())
                .addValue("problemMessage", truncate(row.problemMessage(), 2000))
                .addValue("problemFix", truncate(row.problemFix(), 2000))
                .addValue("warnings", truncate(row.warnings(), 4000))
                .addValue("now", now);
    }

    // Reading

    public Optional<LedgerRow> find(String campaignId, int rowNumber) {
        return jdbc.query("select * from ledger_row where campaign_id = :c and row_number = :r",
                new MapSqlParameterSource("c", campaignId).addValue("r", rowNumber), ROW).stream().findFirst();
    }

    /** Streams every row of the campaign in input order, without holding them all in memory. */
    public void forEachRow(String campaignId, Consumer<LedgerRow> action) {
        // Ordered like the primary key, so the rows come straight from it instead of being sorted first.
        jdbc.query("select * from ledger_row where campaign_id = :c order by campaign_id, row_number",
                new MapSqlParameterSource("c", campaignId), rs -> {
                    action.accept(row(rs, 0));
                });
    }

    public List<LedgerRow> rowsInState(String campaignId, Collection<RowState> states) {
        return jdbc.query("select * from ledger_row where campaign_id = :c and state in (:s) order by row_number",
                new MapSqlParameterSource("c", campaignId).addValue("s", names(states)), ROW);
    }

    /**
     * A page of rows in the given states (or retryable errors of {@code errorStep}), after {@code afterRow}. The
     * order names the whole primary key so that H2 walks it and stops at the limit; ordered by row number alone,
     * it read every later row for each page, which made a step's reading quadratic in the campaign's size.
     */
    public List<LedgerRow> page(String campaignId, Collection<RowState> states, String errorStep, int afterRow,
            int limit) {
        return jdbc.query("select * from ledger_row where campaign_id = :c and row_number > :after and "
                + "(state in (:s) or (state = 'ERROR' and error_step = :st and error_retryable = true)) "
                + "order by campaign_id, row_number fetch first " + limit + " rows only",
                new MapSqlParameterSource("c", campaignId).addValue("s", names(states))
                        .addValue("st", errorStep == null ? "" : errorStep).addValue("after", afterRow), ROW);
    }

    /** Rows whose last call failed after every retry at the given step, to be tried again. */
    public List<LedgerRow> retryableErrors(String campaignId, String step) {
        return jdbc.query("select * from ledger_row where campaign_id = :c and state = 'ERROR' and error_step = :st "
                + "and error_retryable = true order by row_number",
                new MapSqlParameterSource("c", campaignId).addValue("st", step), ROW);
    }

    public Map<RowState, Integer> countByState(String campaignId) {
        Map<RowState, Integer> counts = new EnumMap<>(RowState.class);
        jdbc.query("select state, count(*) as n from ledger_row where campaign_id = :c group by state",
                new MapSqlParameterSource("c", campaignId),
                rs -> {
                    counts.put(RowState.valueOf(rs.getString("state")), rs.getInt("n"));
                });
        return counts;
    }

    public int countRetryableErrors(String campaignId) {
        Integer count = jdbc.queryForObject("select count(*) from ledger_row where campaign_id = :c and "
                + "state = 'ERROR' and error_retryable = true", new MapSqlParameterSource("c", campaignId),
                Integer.class);
        return count == null ? 0 : count;
    }

    // Moving rows forward

    /**
     * Moves a row to {@code to} if it is in one of {@code from}, applying {@code changes} (column to value).
     * Returns false when another state was found: the caller lost the race or the row moved on already.
     */
    public boolean advance(String campaignId, int rowNumber, Collection<RowState> from, RowState to,
            Map<String, Object> changes) {
        StringBuilder sql = new StringBuilder("update ledger_row set state = :to, updated_at = :now");
        MapSqlParameterSource params = new MapSqlParameterSource("c", campaignId).addValue("r", rowNumber)
                .addValue("to", to.name()).addValue("from", names(from))
                .addValue("now", Timestamp.from(Instant.now()));
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String column = change.getKey();
            if (!column.matches("[a-z_]+")) {
                throw new IllegalArgumentException("Not a ledger column: " + column);
            }
            sql.append(", ").append(column).append(" = :v_").append(column);
            params.addValue("v_" + column, value(change.getValue()));
        }
        sql.append(" where campaign_id = :c and row_number = :r and state in (:from)");
        return jdbc.update(sql.toString(), params) == 1;
    }

    /**
     * The one move backwards the ledger allows: a submitted interview that the API re-opened for another attempt
     * goes from COMPLETED or COLLECTED back to REGISTERED, with its outcome cleared, so that collection finds the
     * new attempt. The result id stays: the API reuses it for the new attempt.
     */
    public boolean reopenForAnotherAttempt(String campaignId, int rowNumber) {
        Map<String, Object> cleared = new java.util.HashMap<>();
        for (String column : List.of("interview_status", "interview_score", "finished_at", "transcript_file",
                "report_file", "collected_at")) {
            cleared.put(column, null);
        }
        return advance(campaignId, rowNumber, List.of(RowState.COMPLETED, RowState.COLLECTED), RowState.REGISTERED,
                cleared);
    }

    /**
     * Moves a page of rows to an in-flight state in one statement: rows waiting for their first call, and rows
     * whose last call surely did not reach the API. Rows in doubt are left for their owner to look up first.
     */
    public int claim(String campaignId, Collection<Integer> rowNumbers, RowState waiting, String errorStep,
            RowState to) {
        if (rowNumbers.isEmpty()) {
            return 0;
        }
        return jdbc.update("update ledger_row set state = :to, attempts = attempts + 1, updated_at = :now where "
                + "campaign_id = :c and row_number in (:rows) and (state = :waiting or (state = 'ERROR' and "
                + "error_step = :step and error_retryable = true and error_kind <> 'IN_DOUBT'))",
                new MapSqlParameterSource("c", campaignId).addValue("rows", rowNumbers).addValue("to", to.name())
                        .addValue("waiting", waiting.name()).addValue("step", errorStep)
                        .addValue("now", Timestamp.from(Instant.now())));
    }

    /** Records a call that failed after every retry; {@code step} says where the row resumes. */
    public boolean recordError(String campaignId, int rowNumber, Collection<RowState> from, String step,
            String kind, String field, String message, boolean retryable) {
        return advance(campaignId, rowNumber, from, RowState.ERROR, Map.of(
                "error_step", step, "error_kind", kind, "error_field", field == null ? "" : field,
                "error_message", truncate(message, 2000), "error_retryable", retryable));
    }

    public void markExported(String campaignId, Instant at) {
        jdbc.update("update ledger_row set first_exported_at = :at where campaign_id = :c and "
                + "first_exported_at is null", new MapSqlParameterSource("c", campaignId)
                        .addValue("at", Timestamp.from(at)));
    }

    // Remote resources created once per campaign

    public Optional<String> resource(String campaignId, String key) {
        return jdbc.queryForList("select remote_id from ledger_resource where campaign_id = :c and resource_key = :k "
                + "and state = 'CREATED'", new MapSqlParameterSource("c", campaignId).addValue("k", key),
                String.class).stream().findFirst();
    }

    public Optional<String> resourceState(String campaignId, String key) {
        return jdbc.queryForList("select state from ledger_resource where campaign_id = :c and resource_key = :k",
                new MapSqlParameterSource("c", campaignId).addValue("k", key), String.class).stream().findFirst();
    }

    public void putResource(String campaignId, String key, String remoteId, String state) {
        MapSqlParameterSource params = new MapSqlParameterSource("c", campaignId).addValue("k", key)
                .addValue("id", remoteId).addValue("s", state).addValue("now", Timestamp.from(Instant.now()));
        int updated = jdbc.update("update ledger_resource set remote_id = :id, state = :s, updated_at = :now "
                + "where campaign_id = :c and resource_key = :k", params);
        if (updated == 0) {
            jdbc.update("insert into ledger_resource (campaign_id, resource_key, remote_id, state, updated_at) "
                    + "values (:c, :k, :id, :s, :now)", params);
        }
    }

    private static List<String> names(Collection<RowState> states) {
        return states.stream().map(Enum::name).toList();
    }

    private static Object value(Object value) {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }

    public static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static LedgerRow row(ResultSet rs, int index) throws SQLException {
        return new LedgerRow(rs.getString("campaign_id"), rs.getInt("row_number"),
                RowState.valueOf(rs.getString("state")), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("full_name"), rs.getString("email"), rs.getString("email_key"),
                rs.getString("phone"), rs.getString("country_code"), rs.getString("linkedin_url"),
                rs.getString("position_name"), rs.getString("resume_file"), rs.getString("resume_kind"),
                (Long) rs.getObject("resume_bytes", Long.class), rs.getString("resume_sha256"),
                rs.getString("extras_json"), rs.getString("external_id"), rs.getString("problem_column"),
                rs.getString("problem_message"), rs.getString("problem_fix"), rs.getString("warnings"),
                rs.getString("recommendation"), rs.getString("decision_status"),
                rs.getObject("score", Double.class), rs.getString("ai_summary"),
                rs.getString("profile_interview_id"), rs.getString("prescreen_result_id"),
                rs.getString("interview_url"), rs.getString("interview_result_id"),
                rs.getString("interview_status"), rs.getObject("interview_score", Double.class),
                rs.getString("transcript_file"), rs.getString("report_file"), rs.getString("error_step"),
                rs.getString("error_kind"), rs.getString("error_field"), rs.getString("error_message"),
                rs.getObject("error_retryable", Boolean.class), rs.getInt("attempts"),
                instant(rs, "staged_at"), instant(rs, "updated_at"), instant(rs, "finished_at"),
                instant(rs, "collected_at"), instant(rs, "first_exported_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
