package com.campaignrunner.api;

/** Body of {@code POST /job-interview-create}: the AI writes the questions from the position. */
public record InterviewCreateRequest(String name, String location, String interviewTemplateId,
        String mojitoLanguageCode, String status, String type, String visibility, String interviewType,
        String description, String descriptionLong, Double maxDuration, String knowledgeBaseStoreId) {
}
