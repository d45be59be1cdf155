package com.campaignrunner.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every endpoint of the sandbox shares: settings, state, the contract and the clock. */
final class SandboxContext {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    final SandboxSettings settings;
    final JsonMapper json;
    final ContractValidator contract;
    final SandboxState state;
    final InterviewFates fates;
    final ReportLinks reportLinks;
    private final Random faultDice;
    private String baseUrl = "";

    SandboxContext(SandboxSettings settings, JsonMapper json, ContractValidator contract, SandboxState state,
            InterviewFates fates, ReportLinks reportLinks) {
        this.settings = settings;
        this.json = json;
        this.contract = contract;
        this.state = state;
        this.fates = fates;
        this.reportLinks = reportLinks;
        this.faultDice = new Random(settings.seed());
    }

    String baseUrl() {
        return baseUrl;
    }

    void baseUrl(String url) {
        baseUrl = url;
    }

    long now() {
        return System.currentTimeMillis();
    }

    /** A draw between 0 and 1 from the seeded fault dice. */
    double roll() {
        synchronized (faultDice) {
            return faultDice.nextDouble();
        }
    }

    boolean rowFails() {
        return settings.rowErrorShare() > 0 && roll() < settings.rowErrorShare();
    }

    /** Always with milliseconds, so that the strings sort like the instants. */
    static String iso(long epochMillis) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis));
    }

    /** A string field, or null when it is absent, null or not a string. */
    static String text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isString() ? value.asString() : null;
    }

    static String nonBlank(JsonNode object, String field) {
        String value = text(object, field);
        return value == null || value.isBlank() ? null : value;
    }

    /** True for {@code true} and {@code "true"}, as the vendor reads its flags. */
    static boolean flag(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isBoolean() && value.asBoolean() || value.isString() && value.asString().equals("true");
    }

    static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    static boolean isEmail(String email) {
        return email != null && EMAIL.matcher(email).matches();
    }

    static String require(JsonNode object, String field) {
        String value = nonBlank(object, field);
        if (value == null) {
            throw ApiError.requiredField(field);
        }
        return value;
    }
}
