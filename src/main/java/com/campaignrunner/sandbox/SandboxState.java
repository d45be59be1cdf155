package com.campaignrunner.sandbox;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the sandbox has created, in memory, and replayed from a journal on disk so that a later sandbox on the
 * same directory sees what an earlier one did. Each change is one journal line holding the whole new record; the
 * last line for a record wins on replay.
 */
final class SandboxState implements Closeable {

    static final String JOURNAL_FILE = "state.jsonl";

    /**
     * An interview definition or a pre-screening position; the API accepts either id in most places.
     *
     * @param kind {@code interview} or {@code position}
     * @param positionId for an interview made for a position, that position's id
     * @param options further creation fields echoed by job-interview-get, as sent
     */
    record Definition(
            String id,
            String kind,
            String name,
            String location,
            String countryCode,
            String description,
            String descriptionLong,
            String languageCode,
            String status,
            String type,
            String visibility,
            String interviewType,
            String templateId,
            Double maxDuration,
            List<String> questions,
            boolean embedded,
            String positionId,
            String externalId,
            String preScreeningStepId,
            JsonNode options,
            long createdAt,
            long updatedAt) {

        String screeningText() {
            return String.join(" ", nonNull(name), nonNull(description), nonNull(descriptionLong));
        }

        private static String nonNull(String text) {
            return text == null ? "" : text;
        }
    }

    /** A candidate of the merchant, one per email. */
    record Profile(
            String profileInterviewId,
            String profileId,
            String email,
            String name,
            String externalId,
            String source,
            long createdAt,
            long updatedAt) {
    }

    /** One completed pre-screening of a candidate against a position. */
    record Screening(
            String id,
            String rowId,
            String positionId,
            String profileInterviewId,
            String email,
            String fileId,
            Double score,
            String recommendation,
            String decisionStatus,
            List<String> matchedSkills,
            String analysis,
            long at) {
    }

    /** A candidate's place on an interview, and its result. */
    record Registration(
            String resultId,
            String positionResultId,
            String interviewId,
            String profileInterviewId,
            String email,
            String name,
            String externalId,
            String interviewToken,
            boolean invited,
            boolean test,
            int attempt,
            long attemptStartedAt,
            long createdAt) {

        Registration restarted(long now) {
            return new Registration(resultId, positionResultId, interviewId, profileInterviewId, email, name,
                    externalId, interviewToken, invited, test, attempt + 1, now, createdAt);
        }

        Registration asInvited(String newName, String newExternalId) {
            return new Registration(resultId, positionResultId, interviewId, profileInterviewId, email, newName,
                    newExternalId, interviewToken, true, test, attempt, attemptStartedAt, createdAt);
        }

        Registration renamed(String newName, String newExternalId) {
            return new Registration(resultId, positionResultId, interviewId, profileInterviewId, email, newName,
                    newExternalId, interviewToken, invited, test, attempt, attemptStartedAt, createdAt);
        }
    }

    /** An interview attempt that ended submitted, which the real API charges for. */
    record Completion(Registration registration, long completedAt) {
    }

    private record PendingCompletion(long dueAt, String resultId, int attempt) {
    }

    private final JsonMapper json;
    private final InterviewFates fates;
    private final JsonLinesFile journal;

    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Map<String, Profile> profilesByEmail = new LinkedHashMap<>();
    private final Map<String, Screening> screenings = new LinkedHashMap<>();
    private final Map<String, String> screeningByPositionAndEmail = new HashMap<>();
    private final Map<String, Registration> registrations = new LinkedHashMap<>();
    private final Map<String, String> registrationByInterviewAndEmail = new HashMap<>();
    private final Map<String, Integer> screeningCounts = new HashMap<>();
    private final Map<String, Integer> interviewCounts = new HashMap<>();
    private final Set<String> chargedAttempts = new HashSet<>();
    private final Set<String> webhooksSent = new HashSet<>();
    private final PriorityQueue<PendingCompletion> pendingCompletions =
            new PriorityQueue<>((a, b) -> Long.compare(a.dueAt(), b.dueAt()));

    SandboxState(Path directory, JsonMapper json, InterviewFates fates) {
        this.json = json;
        this.fates = fates;
        Path file = directory.resolve(JOURNAL_FILE);
        for (JsonNode line : JsonLinesFile.read(file, json)) {
            apply(line.path("event").asString(""), line.path("data"));
        }
        for (Registration registration : registrations.values()) {
            scheduleCompletion(registration);
        }
        this.journal = new JsonLinesFile(file, json);
    }

    synchronized Optional<Definition> definition(String id) {
        return Optional.ofNullable(id == null ? null : definitions.get(id));
    }

    synchronized List<Definition> definitions() {
        return new ArrayList<>(definitions.values());
    }

    synchronized Optional<Definition> positionByExternalId(String externalId) {
        return definitions.values().stream()
                .filter(d -> d.kind().equals("position") && externalId.equals(d.externalId()))
                .findFirst();
    }

    synchronized Optional<Definition> interviewForPosition(String positionId) {
        return definitions.values().stream()
                .filter(d -> d.kind().equals("interview") && positionId.equals(d.positionId()))
                .findFirst();
    }

    synchronized void save(Definition definition) {
        record("definition", definition);
    }

    synchronized Optional<Profile> profile(String email) {
        return Optional.ofNullable(profilesByEmail.get(email));
    }

    synchronized List<Profile> profiles() {
        return new ArrayList<>(profilesByEmail.values());
    }

    synchronized Optional<Profile> profileByInterviewId(String profileInterviewId) {
        return profilesByEmail.values().stream()
                .filter(p -> p.profileInterviewId().equals(profileInterviewId))
                .findFirst();
    }

    /** The candidate's profile, created on first sight; a later call may fill in a name or external id. */
    synchronized Profile profileFor(String email, String name, String externalId, String source, long now) {
        Profile existing = profilesByEmail.get(email);
        if (existing == null) {
            Profile created = new Profile(newId(), newId(), email, name, externalId, source, now, now);
            record("profile", created);
            return created;
        }
        String newName = blankToNull(name) == null ? existing.name() : name;
        String newExternalId = blankToNull(externalId) == null ? existing.externalId() : externalId;
        if (!equal(newName, existing.name()) || !equal(newExternalId, existing.externalId())) {
            Profile updated = new Profile(existing.profileInterviewId(), existing.profileId(), email, newName,
                    newExternalId, existing.source(), existing.createdAt(), now);
            record("profile", updated);
            return updated;
        }
        return existing;
    }

    int screeningCount(String profileInterviewId) {
        synchronized (this) {
            return screeningCounts.getOrDefault(profileInterviewId, 0);
        }
    }

    int interviewCount(String profileInterviewId) {
        synchronized (this) {
            return interviewCounts.getOrDefault(profileInterviewId, 0);
        }
    }

    synchronized Optional<Screening> screening(String positionId, String email) {
        return Optional.ofNullable(screeningByPositionAndEmail.get(positionId + "|" + email)).map(screenings::get);
    }

    synchronized List<Screening> screenings() {
        return new ArrayList<>(screenings.values());
    }

    /** The skills the candidate showed in the latest screening, to colour the pretend interview answers. */
    synchronized List<String> skillsOf(String email) {
        List<String> skills = List.of();
        for (Screening screening : screenings.values()) {
            if (screening.email().equals(email)) {
                skills = screening.matchedSkills();
            }
        }
        return skills;
    }

    synchronized void save(Screening screening) {
        record("screening", screening);
    }

    synchronized Optional<Registration> registration(String interviewId, String email) {
        return Optional.ofNullable(registrationByInterviewAndEmail.get(interviewId + "|" + email))
                .map(registrations::get);
    }

    synchronized Optional<Registration> registrationByResultId(String resultId) {
        return Optional.ofNullable(resultId == null ? null : registrations.get(resultId));
    }

    synchronized List<Registration> registrations() {
        return new ArrayList<>(registrations.values());
    }

    synchronized void save(Registration registration) {
        record("registration", registration);
        scheduleCompletion(registration);
    }

    synchronized void saveKnowledgeDocument(String id, String storeId, String name, long size, long now) {
        ObjectNode document = json.createObjectNode().put("id", id).put("storeId", storeId).put("name", name)
                .put("size", size).put("at", now);
        appendEvent("knowledge_document", document);
    }

    /**
     * Interview attempts that were submitted by now and not yet charged, each returned once over the life of the
     * state directory.
     */
    synchronized List<Completion> settleCompletions(long now) {
        List<Completion> settled = new ArrayList<>();
        while (!pendingCompletions.isEmpty() && pendingCompletions.peek().dueAt() <= now) {
            PendingCompletion due = pendingCompletions.poll();
            Registration registration = registrations.get(due.resultId());
            String key = due.resultId() + "#" + due.attempt();
            if (registration == null || registration.attempt() != due.attempt() || chargedAttempts.contains(key)) {
                continue;
            }
            appendEvent("interview_charged", json.createObjectNode().put("resultId", due.resultId())
                    .put("attempt", due.attempt()));
            chargedAttempts.add(key);
            settled.add(new Completion(registration, due.dueAt()));
        }
        return settled;
    }

    /** Whether the end of this attempt was announced by webhook already, by this sandbox or an earlier one. */
    synchronized boolean webhookSent(String resultId, int attempt) {
        return webhooksSent.contains(resultId + "#" + attempt);
    }

    synchronized void markWebhookSent(String resultId, int attempt) {
        appendEvent("webhook_sent", json.createObjectNode().put("resultId", resultId).put("attempt", attempt));
    }

    @Override
    public void close() {
        journal.close();
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    private void scheduleCompletion(Registration registration) {
        InterviewFates.Fate fate = fates.fate(registration.email(), registration.interviewId(),
                registration.attempt());
        String key = registration.resultId() + "#" + registration.attempt();
        if (fate.completes() && !chargedAttempts.contains(key)) {
            pendingCompletions.add(new PendingCompletion(registration.attemptStartedAt() + fate.endsAfterMillis(),
                    registration.resultId(), registration.attempt()));
        }
    }

    private void record(String event, Object value) {
        JsonNode data = json.valueToTree(value);
        appendEvent(event, data);
    }

    private void appendEvent(String event, JsonNode data) {
        journal.append(json.createObjectNode().put("event", event).set("data", data));
        apply(event, data);
    }

    private void apply(String event, JsonNode data) {
        switch (event) {
            case "definition" -> {
                Definition definition = json.treeToValue(data, Definition.class);
                definitions.put(definition.id(), definition);
            }
            case "profile" -> {
                Profile profile = json.treeToValue(data, Profile.class);
                profilesByEmail.put(profile.email(), profile);
            }
            case "screening" -> applyScreening(json.treeToValue(data, Screening.class));
            case "registration" -> applyRegistration(json.treeToValue(data, Registration.class));
            case "webhook_sent" ->
                    webhooksSent.add(data.path("resultId").asString() + "#" + data.path("attempt").asInt());
            case "interview_charged" ->
                    chargedAttempts.add(data.path("resultId").asString() + "#" + data.path("attempt").asInt());
            default -> {
                // Knowledge base documents are kept only for the record; nothing reads them back.
            }
        }
    }

    private void applyScreening(Screening screening) {
        if (screenings.put(screening.id(), screening) == null) {
            screeningCounts.merge(screening.profileInterviewId(), 1, Integer::sum);
        }
        screeningByPositionAndEmail.put(screening.positionId() + "|" + screening.email(), screening.id());
    }

    private void applyRegistration(Registration registration) {
        if (registrations.put(registration.resultId(), registration) == null) {
            interviewCounts.merge(registration.profileInterviewId(), 1, Integer::sum);
        }
        registrationByInterviewAndEmail.put(registration.interviewId() + "|" + registration.email(),
                registration.resultId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
