package com.campaignrunner.sandbox;

import static com.campaignrunner.sandbox.SandboxContext.iso;
import static com.campaignrunner.sandbox.SandboxContext.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.campaignrunner.sandbox.InterviewFates.Fate;
import com.campaignrunner.sandbox.InterviewFates.Progress;
import com.campaignrunner.sandbox.SandboxState.Definition;
import com.campaignrunner.sandbox.SandboxState.Profile;
import com.campaignrunner.sandbox.SandboxState.Registration;
import com.campaignrunner.sandbox.SandboxState.Screening;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Registering and inviting candidates, the candidate and result lists, and another attempt. */
final class CandidateEndpoints {

    static final String TEMPORARY_ROW_ERROR = "Error: Temporary failure, try again";
    private static final String INVALID_EMAIL = "Error: Email address is not valid";
    private static final Set<String> INVITATION_TYPES =
            Set.of("merchant_owner", "merchant", "merchant_selection", "user", "mentor", "candidate");

    private final SandboxContext context;
    private final Enrolment enrolment;

    CandidateEndpoints(SandboxContext context, Enrolment enrolment) {
        this.context = context;
        this.enrolment = enrolment;
    }

    SandboxResponse register(SandboxRequest request) {
        ObjectNode body = request.jsonBody();
        context.contract.validateRequest(SandboxCallLedger.REGISTER, body);
        Definition interview = context.state.definition(text(body, "interview_id"))
                .orElseThrow(() -> ApiError.invalidField("interview_id", "Interview not found."));
        boolean test = SandboxContext.flag(body, "is_test");

        ArrayNode results = context.json.createArrayNode();
        List<String> succeeded = new ArrayList<>();
        boolean rowFault = false;
        for (JsonNode user : body.path("users")) {
            String name = text(user, "name");
            String externalId = text(user, "external_id");
            String email = SandboxContext.normaliseEmail(text(user, "email"));
            ObjectNode row = results.addObject().put("name", name)
                    .put("email", email == null ? "" : email).put("external_id", externalId);
            if (!SandboxContext.isEmail(email)) {
                row.put("result", INVALID_EMAIL);
            } else if (context.rowFails()) {
                rowFault = true;
                row.put("result", TEMPORARY_ROW_ERROR);
            } else {
                Registration registration = enrolment.enrol(interview, email, name, externalId, false, test);
                row.put("result", "ok").put("interview_url", enrolment.interviewUrl(registration));
                succeeded.add(email);
            }
        }
        SandboxResponse response = SandboxResponse.ok(context.json, results).withSucceededRows(succeeded);
        return rowFault ? response.withFault("row-error") : response;
    }

    SandboxResponse invite(SandboxRequest request) {
        ObjectNode body = request.jsonBody();
        context.contract.validateRequest(SandboxCallLedger.INVITE, body);
        boolean force = SandboxContext.flag(body, "force_invite");

        ArrayNode results = context.json.createArrayNode();
        List<String> succeeded = new ArrayList<>();
        boolean rowFault = false;
        for (JsonNode user : body.path("users")) {
            String email = SandboxContext.normaliseEmail(text(user, "email"));
            String name = text(user, "name");
            String type = user.hasNonNull("type") ? text(user, "type") : "user";
            String interviewId = text(user, "interview_id");
            ObjectNode row = results.addObject().put("email", email == null ? "" : email).put("name", name)
                    .put("type", type).put("interview_id", interviewId);
            row.putNull("profile_id");
            row.putNull("profile_interview_id");
            String error = invitationError(email, type, interviewId);
            if (error != null) {
                row.put("result", error);
                continue;
            }
            if (context.rowFails()) {
                rowFault = true;
                row.put("result", TEMPORARY_ROW_ERROR);
                continue;
            }
            if (!type.equals("candidate")) {
                // Team and coaching invitations do not make candidates; only the answer matters here.
                row.put("profile_id", PretendInterview.stableId("team|" + email)).put("result", "Invited");
                succeeded.add(email);
                continue;
            }
            Definition interview = context.state.definition(interviewId).orElseThrow();
            synchronized (context.state) {
                Registration earlier = context.state.registration(interviewId, email).orElse(null);
                boolean skip = earlier != null && earlier.invited() && !force;
                Registration registration = skip ? earlier
                        : enrolment.enrol(interview, email, name, text(user, "external_id"), true, false);
                Profile profile = context.state.profile(email).orElseThrow();
                row.put("profile_id", profile.profileId())
                        .put("profile_interview_id", registration.profileInterviewId())
                        .put("result", skip ? "Skipped" : "Invited");
                if (!skip) {
                    succeeded.add(email);
                }
            }
        }
        SandboxResponse response = SandboxResponse.ok(context.json, results).withSucceededRows(succeeded);
        return rowFault ? response.withFault("row-error") : response;
    }

    SandboxResponse candidates(SandboxRequest request) {
        ObjectNode query = context.contract.queryAsJson("/merchant-candidate-list", request.query(), context.json);
        context.contract.validateRequest("/merchant-candidate-list", query);
        String tab = query.path("tab").asString("");
        String source = text(query, "source");
        String filter = text(query, "filter_text");

        Set<String> invited = new HashSet<>();
        Set<String> registered = new HashSet<>();
        for (Registration registration : context.state.registrations()) {
            (registration.invited() ? invited : registered).add(registration.profileInterviewId());
        }
        List<Profile> profiles = context.state.profiles();
        profiles.sort(candidateOrder(query.path("order_by").asString("created_at_newest")));
        List<ObjectNode> rows = new ArrayList<>();
        for (Profile profile : profiles) {
            int screenings = context.state.screeningCount(profile.profileInterviewId());
            int interviews = context.state.interviewCount(profile.profileInterviewId());
            boolean inTab = switch (tab) {
                case "interview" -> interviews > 0;
                case "pre-screening" -> screenings > 0;
                case "no-action" -> interviews == 0 && screenings == 0;
                case "leads" -> false;
                default -> true;
            };
            boolean fromSource = source == null || source.isEmpty()
                    || source.equals("invited") && invited.contains(profile.profileInterviewId())
                    || source.equals("registered") && registered.contains(profile.profileInterviewId());
            if (!inTab || !fromSource || !Paging.matches(filter, profile.name(), profile.email(),
                    profile.externalId())) {
                continue;
            }
            rows.add(context.json.createObjectNode()
                    .put("id", profile.profileInterviewId())
                    .put("profile_id", profile.profileId())
                    .put("merchant_id", SandboxServer.MERCHANT_ID)
                    .put("name", profile.name())
                    .put("email", profile.email())
                    .put("external_id", profile.externalId())
                    .put("status", invited.contains(profile.profileInterviewId()) ? "invited" : "active")
                    .put("mojito_language_code", "en")
                    .put("pre_screening_count", screenings)
                    .put("interview_count", interviews)
                    .put("created_at", iso(profile.createdAt()))
                    .put("updated_at", iso(profile.updatedAt())));
        }
        return SandboxResponse.ok(context.json, Paging.page(context.json, rows, query));
    }

    SandboxResponse results(SandboxRequest request) {
        ObjectNode query = context.contract.queryAsJson("/merchant-result-list", request.query(), context.json);
        context.contract.validateRequest("/merchant-result-list", query);
        String tab = query.path("tab").asString("");
        String step = query.path("step").asString("");
        String type = query.path("type").asString("interview");
        String interviewId = text(query, "interview_id");
        String profileInterviewId = text(query, "profile_interview_id");
        String filter = text(query, "filter_text");
        long now = context.now();

        List<ObjectNode> rows = new ArrayList<>();
        if (!step.equals("pre-screening")) {
            for (Registration registration : context.state.registrations()) {
                if (interviewId != null && !interviewId.equals(registration.interviewId())
                        || profileInterviewId != null && !profileInterviewId.equals(registration.profileInterviewId())
                        || !Paging.matches(filter, registration.name(), registration.email(),
                        registration.externalId())) {
                    continue;
                }
                Definition interview = context.state.definition(registration.interviewId()).orElseThrow();
                Fate fate = fateOf(registration);
                Progress progress = context.fates.progress(fate, registration.attemptStartedAt(), now);
                if (progress != Progress.NOT_STARTED && type.equals(interview.type())
                        && inResultTab(tab, progress)) {
                    rows.add(interviewRow(registration, interview, fate, progress));
                }
            }
        }
        if (!step.equals("interview") && type.equals("interview") && (tab.isEmpty() || tab.equals("completed"))) {
            for (Screening screening : context.state.screenings()) {
                if (interviewId != null && !interviewId.equals(screening.positionId())
                        || profileInterviewId != null && !profileInterviewId.equals(screening.profileInterviewId())) {
                    continue;
                }
                Profile profile = context.state.profile(screening.email()).orElseThrow();
                if (Paging.matches(filter, profile.name(), profile.email(), profile.externalId())) {
                    rows.add(screeningRow(screening, profile));
                }
            }
        }
        rows.sort(resultOrder(query.path("order_by").asString("created_at_newest")));
        return SandboxResponse.ok(context.json, Paging.page(context.json, rows, query));
    }

    SandboxResponse anotherAttempt(SandboxRequest request) {
        ObjectNode body = request.jsonBody();
        context.contract.validateRequest("/job-interview-result-request-another-attempt", body);
        synchronized (context.state) {
            Registration registration = context.state.registrationByResultId(text(body, "interview_result_id"))
                    .orElseThrow(() -> ApiError.invalidField("interview_result_id", "Interview result not found."));
            long now = context.now();
            Progress progress = context.fates.progress(fateOf(registration), registration.attemptStartedAt(), now);
            if (progress != Progress.COMPLETED) {
                throw ApiError.invalidField("interview_result_id", "The interview result has not been submitted.");
            }
            context.state.save(registration.restarted(now));
        }
        return SandboxResponse.ok(context.json, context.json.createObjectNode());
    }

    private String invitationError(String email, String type, String interviewId) {
        if (!SandboxContext.isEmail(email)) {
            return INVALID_EMAIL;
        }
        if (!INVITATION_TYPES.contains(type)) {
            return "Error: Invalid user type";
        }
        if (type.equals("candidate")) {
            if (interviewId == null || interviewId.isBlank()) {
                return "Error: interview_id is required for candidates";
            }
            if (context.state.definition(interviewId).isEmpty()) {
                return "Error: Interview not found";
            }
        }
        return null;
    }

    private Fate fateOf(Registration registration) {
        return context.fates.fate(registration.email(), registration.interviewId(), registration.attempt());
    }

    private static boolean inResultTab(String tab, Progress progress) {
        return switch (tab) {
            case "completed", "undecided" -> progress == Progress.COMPLETED;
            case "incomplete" -> progress == Progress.ABANDONED || progress == Progress.FAILED;
            case "" -> true;
            default -> false;
        };
    }

    private ObjectNode interviewRow(Registration registration, Definition interview, Fate fate, Progress progress) {
        long startedAt = registration.attemptStartedAt() + fate.startsAfterMillis();
        boolean ended = progress != Progress.STARTED;
        long updatedAt = ended ? registration.attemptStartedAt() + fate.endsAfterMillis() : startedAt;
        boolean completed = progress == Progress.COMPLETED;
        Profile profile = context.state.profile(registration.email()).orElseThrow();
        ObjectNode row = context.json.createObjectNode()
                .put("id", registration.positionResultId())
                .put("interview_result_id", registration.resultId())
                .put("profile_interview_id", registration.profileInterviewId())
                .put("profile_id", profile.profileId())
                .put("merchant_id", SandboxServer.MERCHANT_ID)
                .put("definition_id", registration.interviewId())
                .put("candidate_name", registration.name())
                .put("candidate_email", registration.email())
                .put("external_id", registration.externalId())
                .put("position_name", interview.name())
                .put("position_step", "interview")
                .put("type", interview.type())
                .put("mojito_language_code", interview.languageCode())
                .put("status", completed ? "active" : "draft")
                .put("coach_status", coachStatus(progress))
                .put("processing_status", completed ? "completed" : "new")
                .put("interview_started", true)
                .put("is_multi_stage", false)
                .put("is_test", registration.test())
                .put("duration_ds", ended ? (updatedAt - startedAt) / 100 : null)
                .put("score", completed ? fate.score() : null)
                .put("created_at", iso(startedAt))
                .put("updated_at", iso(updatedAt));
        row.putNull("decision_status");
        return row;
    }

    private ObjectNode screeningRow(Screening screening, Profile profile) {
        Definition position = context.state.definition(screening.positionId()).orElseThrow();
        return context.json.createObjectNode()
                .put("id", screening.rowId())
                .putNull("interview_result_id")
                .put("interview_result_pre_screening_id", screening.id())
                .put("profile_interview_id", screening.profileInterviewId())
                .put("profile_id", profile.profileId())
                .put("merchant_id", SandboxServer.MERCHANT_ID)
                .put("definition_id", screening.positionId())
                .put("candidate_name", profile.name())
                .put("candidate_email", screening.email())
                .put("external_id", profile.externalId())
                .put("position_name", position.name())
                .put("position_step", "pre-screening")
                .put("type", "interview")
                .put("status", "active")
                .put("coach_status", "completed")
                .put("decision_status", screening.decisionStatus())
                .put("processing_status", "completed")
                .put("score", screening.score())
                .put("created_at", iso(screening.at()))
                .put("updated_at", iso(screening.at()));
    }

    static String coachStatus(Progress progress) {
        return switch (progress) {
            case COMPLETED -> "completed";
            case ABANDONED -> "abandoned";
            case FAILED -> "failed";
            default -> "started";
        };
    }

    private static Comparator<Profile> candidateOrder(String orderBy) {
        Comparator<Profile> byName = Comparator.comparing(p -> p.name() == null ? "" : p.name().toLowerCase());
        return switch (orderBy) {
            case "name_accending" -> byName;
            case "name_decending" -> byName.reversed();
            case "created_at_oldest" -> Comparator.comparingLong(Profile::createdAt);
            default -> Comparator.comparingLong(Profile::createdAt).reversed();
        };
    }

    private static Comparator<ObjectNode> resultOrder(String orderBy) {
        Comparator<ObjectNode> created = Comparator.comparing(row -> row.path("created_at").asString());
        Comparator<ObjectNode> stable = Comparator.comparing(row -> row.path("id").asString());
        return switch (orderBy) {
            case "score" -> Comparator.<ObjectNode>comparingDouble(
                    row -> row.path("score").isNumber() ? -row.path("score").asDouble() : 1).thenComparing(stable);
            case "created_at_oldest" -> created.thenComparing(stable);
            case "updated_at_newest" -> Comparator.<ObjectNode, String>comparing(
                    row -> row.path("updated_at").asString()).reversed().thenComparing(stable);
            default -> created.reversed().thenComparing(stable);
        };
    }
}
