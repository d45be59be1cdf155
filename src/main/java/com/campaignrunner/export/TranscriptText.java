package com.campaignrunner.export;

import com.campaignrunner.api.ApiJson;
import com.campaignrunner.ledger.LedgerRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * A readable transcript made from the raw answer of the interview details call: a header, the questions in order
 * with each answer, its score and the AI's analysis, follow-ups indented, the hiring reasons at the end.
 */
final class TranscriptText {

    private static final String INDENT = "    ";

    private TranscriptText() {
    }

    static void write(Path detailsJson, LedgerRow row, Path target) throws IOException {
        JsonNode details;
        try (InputStream in = Files.newInputStream(detailsJson)) {
            details = ApiJson.mapper().readTree(in);
        }
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(render(details, row));
        }
    }

    static String render(JsonNode details, LedgerRow row) {
        StringBuilder out = new StringBuilder();
        out.append("Interview transcript\n");
        line(out, "", "Candidate: ", row.displayName());
        line(out, "", "Email: ", row.email());
        line(out, "", "Position: ", row.positionName());
        line(out, "", "Input row: ", String.valueOf(row.rowNumber()));
        line(out, "", "Score: ", number(details.path("score")));
        line(out, "", "Status: ", text(details.path("status")));
        line(out, "", "Started: ", text(details.path("start")));
        line(out, "", "Ended: ", text(details.path("end")));
        String minutes = minutes(details.path("duration"));
        line(out, "", "Duration: ", minutes == null ? null : minutes + " minutes");
        section(out, "AI analysis", text(details.path("ai_analysis")));
        section(out, "AI analysis for the recruiter", text(details.path("ai_analysis_recruiter")));

        out.append('\n');
        int question = 0;
        String indent = "";
        for (JsonNode turn : details.path("transcript")) {
            if (!turn.path("is_answer").asBoolean(false)) {
                String asked = firstText(turn.path("question_asked"), turn.path("question_original"));
                if (turn.path("question_original_id").isNull() || turn.path("question_original_id").isMissingNode()) {
                    indent = INDENT;
                    line(out, indent, "Follow-up: ", asked);
                } else {
                    indent = "";
                    out.append('\n');
                    line(out, indent, "Q" + ++question + ". ", asked);
                }
            }
            line(out, indent, "Answer: ", text(turn.path("answer")));
            line(out, indent, "Answer score: ", number(turn.path("score")));
            line(out, indent, "AI analysis: ", text(turn.path("ai_analysis")));
        }

        JsonNode reasons = details.path("ai_analysis_other").path("hiring_reasons");
        list(out, "Reasons to hire", reasons.path("reasons_to_hire"));
        list(out, "Reasons not to hire", reasons.path("reasons_not_to_hire"));
        return out.toString();
    }

    private static void line(StringBuilder out, String indent, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String continuation = "\n" + indent + " ".repeat(label.length());
        out.append(indent).append(label)
                .append(value.strip().replace("\r\n", "\n").replace("\r", "\n").replace("\n", continuation))
                .append('\n');
    }

    private static void section(StringBuilder out, String title, String body) {
        if (body != null && !body.isBlank()) {
            out.append('\n').append(title).append('\n').append(body.strip()).append('\n');
        }
    }

    private static void list(StringBuilder out, String title, JsonNode items) {
        if (!items.isArray() || items.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        for (JsonNode item : items) {
            line(out, "", "- ", text(item));
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }

    private static String firstText(JsonNode first, JsonNode second) {
        String value = text(first);
        return value == null || value.isBlank() ? text(second) : value;
    }

    private static String number(JsonNode node) {
        if (!node.isNumber()) {
            return text(node);
        }
        return BigDecimal.valueOf(node.asDouble()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** The API counts durations in tenths of a second. */
    private static String minutes(JsonNode deciseconds) {
        if (!deciseconds.isNumber()) {
            return null;
        }
        return BigDecimal.valueOf(deciseconds.asDouble() / 600).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
