package com.campaignrunner.api;

import java.util.List;
import java.util.Map;

/** The parts of {@code GET /job-interview-details} the export needs; the raw answer is kept too. */
public record InterviewDetails(Double score, String status, String start, String end, Double duration,
        String aiAnalysis, String aiAnalysisRecruiter, List<Turn> transcript) {

    /** One turn of the transcript: an AI question or follow-up, or the candidate's answer. */
    public record Turn(String id, Boolean isAnswer, String questionOriginalId, String questionOriginal,
            String questionAsked, String answer, String aiAnalysis, Double score, Double duration,
            Map<String, Object> externalData) {
    }
}
