package com.campaignrunner.api;

/** Body of {@code POST /pre-screening-create} when creating a position. */
public record PreScreeningPositionRequest(String positionName, String positionLocation, String positionCountryCode,
        String positionDescription, String positionDescriptionLong, String mojitoLanguageCode, String type,
        String status) {
}
