package com.campaignrunner.api;

import java.nio.file.Path;

/** The parts of {@code POST /job-interview-pre-screening-api-resume-binary}, a multipart upload. */
public record ResumeFileRequest(String positionId, String candidateName, String candidateEmail,
        String candidateCountryCode, String candidateExternalId, String candidateLinkedinUrl, Path file,
        String contentType) {
}
