package com.campaignrunner.export;

import com.campaignrunner.api.ApiJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Answers of the interview details call as the collection step stores them, and report files beside them. */
final class InterviewDetailsSamples {

    private InterviewDetailsSamples() {
    }

    /** Two questions, the first with a follow-up, each answered. */
    static String json(int seed) {
        ObjectNode details = ApiJson.mapper().createObjectNode();
        details.put("score", 6 + seed % 4);
        details.put("status", "completed");
        details.put("start", "2025-03-03T10:00:00Z");
        details.put("end", "2025-03-03T10:21:00Z");
        details.put("duration", 12_600);
        details.put("ai_analysis", "Clear communicator with solid troubleshooting habits.");
        details.put("ai_analysis_recruiter", "Worth a second interview with the team lead.");
        ObjectNode reasons = details.putObject("ai_analysis_other").putObject("hiring_reasons");
        reasons.putArray("reasons_to_hire").add("Handles angry customers calmly");
        reasons.putArray("reasons_not_to_hire").add("No weekend availability");
        ArrayNode transcript = details.putArray("transcript");
        turn(transcript, "q1", false, "orig-1", "Tell us about a difficult customer.", null, null, null);
        turn(transcript, "a1", true, "orig-1", null, "A customer lost data; I restored it from backup.",
                "Concrete and calm.", 8.0);
        turn(transcript, "f1", false, null, "How long did the restore take?", null, null, null);
        turn(transcript, "f1a", true, null, null, "About two hours.", "Precise.", 7.0);
        turn(transcript, "q2", false, "orig-2", "Why do you want this job?", null, null, null);
        turn(transcript, "a2", true, "orig-2", null, "=cmd|' /C calc'!A0 I like solving problems.", null, 6.5);
        return details.toString();
    }

    private static void turn(ArrayNode transcript, String id, boolean answer, String originalId, String asked,
            String text, String analysis, Double score) {
        ObjectNode turn = transcript.addObject();
        turn.put("id", id);
        turn.put("is_answer", answer);
        turn.put("question_original_id", originalId);
        turn.put("question_original", asked);
        turn.put("question_asked", asked);
        turn.put("answer", text);
        turn.put("ai_analysis", analysis);
        if (score != null) {
            turn.put("score", score);
        }
        turn.put("duration", 300);
    }

    static void store(Path folder, int rowNumber) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(transcript(rowNumber)), json(rowNumber));
        Files.write(folder.resolve(report(rowNumber)), "%PDF-1.4\n% report\n%%EOF\n".getBytes());
    }

    static String transcript(int rowNumber) {
        return String.format("row-%05d.json", rowNumber);
    }

    static String report(int rowNumber) {
        return String.format("row-%05d.pdf", rowNumber);
    }

    static Map<String, Double> credits() {
        return Map.of("pre-screening", 2.5, "job-interview-register-users", 6.0);
    }

    static List<RunInfo> runs() {
        return List.of(new RunInfo(41, "FAILED", java.time.Instant.parse("2025-03-01T08:00:00Z"),
                java.time.Instant.parse("2025-03-01T08:05:00Z")),
                new RunInfo(42, "COMPLETED", java.time.Instant.parse("2025-03-01T09:00:00Z"),
                        java.time.Instant.parse("2025-03-01T09:30:00Z")));
    }
}
