package com.campaignrunner.cli;

import com.campaignrunner.intake.RowCheck;
import com.campaignrunner.ledger.RowState;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/** What {@code validate} found, as a summary for people or one JSON object for scripts. */
final class ValidationSummary {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private int rows;
    private int invalid;
    private int duplicates;
    private int warned;
    private int resumesMatched;
    private List<String> unmatchedResumes = List.of();
    private final Map<String, Integer> invalidByColumn = new TreeMap<>();
    private final List<Map<String, Object>> problems = new ArrayList<>();

    void add(RowCheck.Verdict verdict) {
        rows++;
        if (verdict.resume() != null && verdict.resume().usable()) {
            resumesMatched++;
        }
        if (verdict.row().warnings() != null) {
            warned++;
        }
        if (verdict.row().state() != RowState.INVALID) {
            return;
        }
        invalid++;
        if (verdict.duplicate()) {
            duplicates++;
        }
        String column = verdict.row().problemColumn() == null ? "(row)" : verdict.row().problemColumn();
        invalidByColumn.merge(column, 1, Integer::sum);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("row", verdict.row().rowNumber());
        problem.put("column", verdict.row().problemColumn());
        problem.put("value", verdict.problem() == null ? null : verdict.problem().value());
        problem.put("reason", verdict.row().problemMessage());
        problem.put("fix", verdict.row().problemFix());
        problems.add(problem);
    }

    void unmatchedResumes(List<String> files) {
        unmatchedResumes = List.copyOf(files);
    }

    int invalid() {
        return invalid;
    }

    void print(String campaignId, Path report, PrintStream out) {
        out.printf("Campaign %s: %d rows checked, %d valid, %d invalid (%d duplicates), %d with warnings%n",
                campaignId, rows, rows - invalid, invalid, duplicates, warned);
        invalidByColumn.forEach((column, count) -> out.printf("  invalid because of %-20s %6d%n", column, count));
        if (!unmatchedResumes.isEmpty()) {
            out.println("Resume files no row uses: " + String.join(", ", unmatchedResumes));
        }
        out.println("Report: " + report);
    }

    String json(String campaignId, Path report) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("campaign", campaignId);
        result.put("rows_read", rows);
        result.put("valid", rows - invalid);
        result.put("invalid", invalid);
        result.put("duplicates", duplicates);
        result.put("warnings", warned);
        result.put("resumes_matched", resumesMatched);
        result.put("resumes_unmatched", unmatchedResumes);
        result.put("problems", problems);
        result.put("report", report.toString());
        return JSON.writeValueAsString(result);
    }
}
