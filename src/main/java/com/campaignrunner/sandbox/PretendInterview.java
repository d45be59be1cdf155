package com.campaignrunner.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's stand-in for the AI interviewer: questions made from the position, and for a finished interview a
 * transcript of made-up answers that mention the skills the candidate's resume showed. Everything derives from
 * the ids and texts, so the same interview always reads the same.
 */
final class PretendInterview {

    private static final String[] QUESTION_TEMPLATES = {
        "Tell us about your experience that prepares you for the %s role.",
        "Describe a recent project where you used %s. What was your part in it?",
        "What does a good working day look like for you in a %s position?",
        "Tell us about a time you solved a difficult problem involving %s.",
        "How do you keep your %s knowledge up to date?",
        "Describe a disagreement with a colleague and how you resolved it.",
        "Which achievement in your career are you proudest of, and why?",
        "Why do you want to join us as %s, and what would you change in your first month?",
    };

    private static final int FOLLOW_UP_EVERY = 3;

    private PretendInterview() {
    }

    /** Five to eight questions for a position, picked by a hash of its name and description. */
    static List<String> questions(String name, String description) {
        String subject = name == null || name.isBlank() ? "this" : name.trim();
        List<String> skills = new ArrayList<>(PretendScreening.keywords(subject + " " + description));
        int count = 5 + Math.floorMod((subject + "|" + description).hashCode(), 4);
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String topic = i % 2 == 1 && !skills.isEmpty() ? skills.get(i / 2 % skills.size()) : subject;
            questions.add(String.format(QUESTION_TEMPLATES[i % QUESTION_TEMPLATES.length], topic));
        }
        return questions;
    }

    static String questionId(String definitionId, int index) {
        return stableId(definitionId + "|question|" + index);
    }

    /**
     * The transcript of a finished attempt: per question the interviewer's turn, the candidate's answer and, on
     * every third question, an AI follow-up with its answer.
     */
    static ArrayNode transcript(JsonMapper json, String resultId, String definitionId, List<String> questions,
            List<String> skills, double score, String languageCode) {
        ArrayNode turns = json.createArrayNode();
        for (int i = 0; i < questions.size(); i++) {
            String question = questions.get(i);
            String questionId = questionId(definitionId, i);
            String skill = skills.isEmpty() ? null : skills.get(i % skills.size());
            turns.add(turn(json, resultId + "|" + i + "|ask", false, questionId, question, question, null,
                    languageCode));
            turns.add(turn(json, resultId + "|" + i + "|answer", true, questionId, question, question,
                    answer(i, skill), languageCode)
                    .put("ai_analysis", "The answer is relevant and gives a concrete example.")
                    .put("score", answerScore(score, i)));
            if (i % FOLLOW_UP_EVERY == FOLLOW_UP_EVERY - 1) {
                String followUp = "Could you give one more detail about that, for example what you measured?";
                turns.add(turn(json, resultId + "|" + i + "|follow-up", false, null, question, followUp, null,
                        languageCode));
                turns.add(turn(json, resultId + "|" + i + "|follow-up-answer", true, null, question, followUp,
                        "We measured the time it took and it went down by about a third after the change.",
                        languageCode).put("score", answerScore(score, i + 1)));
            }
        }
        return turns;
    }

    static String summary(String candidateName, String positionName, double score) {
        String verdict = score >= 7.0 ? "a strong" : score >= 5.0 ? "a reasonable" : "a weak";
        return candidateName + " gave " + verdict + " interview for " + positionName + " (score " + score
                + " of 10), answering every question with examples from earlier work.";
    }

    static ObjectNode hiringReasons(JsonMapper json, List<String> skills, double score) {
        ObjectNode reasons = json.createObjectNode();
        ArrayNode toHire = reasons.putArray("reasons_to_hire");
        ArrayNode notToHire = reasons.putArray("reasons_not_to_hire");
        toHire.add("Clear, structured answers with concrete examples.");
        if (!skills.isEmpty()) {
            toHire.add("Hands-on experience with " + String.join(", ", skills) + ".");
        }
        if (score < 7.0) {
            notToHire.add("Some answers stayed general and lacked measurable results.");
        }
        if (skills.isEmpty()) {
            notToHire.add("No skill from the position was evidenced in the resume.");
        }
        return reasons;
    }

    static String stableId(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static ObjectNode turn(JsonMapper json, String idSeed, boolean isAnswer, String questionId,
            String original, String asked, String answer, String languageCode) {
        ObjectNode turn = json.createObjectNode();
        turn.put("id", stableId(idSeed));
        turn.put("is_answer", isAnswer);
        turn.put("view", isAnswer ? "answer" : "question");
        turn.put("question_original_id", questionId);
        turn.put("question_original", original);
        turn.put("question_asked", asked);
        turn.put("answer", answer);
        turn.putNull("ai_analysis");
        turn.putNull("score");
        turn.put("duration", isAnswer ? 450 : 80);
        turn.put("mojito_language_code", languageCode);
        turn.putNull("external_id");
        return turn;
    }

    private static String answer(int index, String skill) {
        if (skill == null) {
            return "In my last job I handled this kind of situation by planning ahead and asking for feedback early.";
        }
        return switch (index % 3) {
            case 0 -> "I have worked with " + skill + " for several years; in my last role I used it every day.";
            case 1 -> "On my latest project I used " + skill + " to cut the time a routine task took by half.";
            default -> "When " + skill + " caused a problem, I broke it down, tested each part and fixed the cause.";
        };
    }

    private static double answerScore(double score, int index) {
        double wobble = (index % 3 - 1) * 0.5;
        return Math.max(0, Math.min(10, Math.round((score + wobble) * 10) / 10.0));
    }
}
