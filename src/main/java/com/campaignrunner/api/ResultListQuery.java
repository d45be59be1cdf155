package com.campaignrunner.api;

/** Query of {@code GET /merchant-result-list}; null values are left out. */
public record ResultListQuery(String interviewId, String tab, String step, String filterText, String orderBy,
        int limit, int offset) {

    public ResultListQuery atOffset(int newOffset) {
        return new ResultListQuery(interviewId, tab, step, filterText, orderBy, limit, newOffset);
    }

    public ResultListQuery nextPage() {
        return new ResultListQuery(interviewId, tab, step, filterText, orderBy, limit, offset + limit);
    }
}
