package com.campaignrunner.api;

/** Answer of {@code POST /pre-screening-create}. */
public record PreScreeningPosition(Boolean created, Boolean updated, String positionDefSetId,
        String interviewPreScreeningId) {
}
