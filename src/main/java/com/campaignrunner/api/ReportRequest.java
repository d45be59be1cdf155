package com.campaignrunner.api;

import java.util.List;

/**
 * Body of {@code POST /job-interview-pdf}: one result ({@code interviewResultId}) or several combined
 * ({@code interviewResultIds}). A report language other than the interview's costs a translation.
 */
public record ReportRequest(String exportType, String interviewResultId, List<String> interviewResultIds,
        String template, Boolean storeFile, Features exportFeaturesResult) {

    public static ReportRequest pdf(String interviewResultId) {
        return new ReportRequest("pdf", interviewResultId, null, null, true, null);
    }

    /** A report of one result as {@code pdf}, {@code html} or {@code json}, translated when a language is given. */
    public static ReportRequest of(String exportType, String interviewResultId, String languageCode) {
        return new ReportRequest(exportType, interviewResultId, null, null, "pdf".equals(exportType) ? true : null,
                languageCode == null ? null : new Features(languageCode));
    }

    /** What the report shows; only the language is chosen here, the vendor's defaults keep the rest. */
    public record Features(String mojitoLanguageCode) {
    }
}
