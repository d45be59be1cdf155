package com.campaignrunner.api;

import java.util.List;

/** Body of {@code POST /job-interview-create-from-array}: the interview asks the caller's own questions, in order. */
public record InterviewFromQuestionsRequest(String name, String location, String interviewTemplateId,
        String mojitoLanguageCode, String description, String status, String type, String visibility,
        List<Question> questions, String interviewType, String knowledgeBaseStoreId) {

    /** One question; {@code id} is a handle local to this request. */
    public record Question(String question, String id, Double duration) {
    }
}
