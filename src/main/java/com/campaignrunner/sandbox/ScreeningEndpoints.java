package com.campaignrunner.sandbox;

import static com.campaignrunner.sandbox.SandboxContext.nonBlank;
import static com.campaignrunner.sandbox.SandboxContext.require;
import static com.campaignrunner.sandbox.SandboxContext.text;

import java.util.Locale;

import com.campaignrunner.sandbox.SandboxState.Definition;
import com.campaignrunner.sandbox.SandboxState.Profile;
import com.campaignrunner.sandbox.SandboxState.Registration;
import com.campaignrunner.sandbox.SandboxState.Screening;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Pre-screening positions and resume screening, as text, as an uploaded file, or in one call with a link. */
final class ScreeningEndpoints {

    static final double PRE_SCREEN_CREDITS = 0.25;
    private static final String ALREADY_SCREENED = "Candidate has already been pre-screened for this position.";
    private static final int DEFAULT_MAX_DURATION_SECONDS = 1200;

    private final SandboxContext context;
    private final Enrolment enrolment;

    ScreeningEndpoints(SandboxContext context, Enrolment enrolment) {
        this.context = context;
        this.enrolment = enrolment;
    }

    SandboxResponse createPosition(SandboxRequest request) {
        ObjectNode body = request.jsonBody();
        context.contract.validateRequest("/pre-screening-create", body);
        long now = context.now();

        String updateId = nonBlank(body, "update_position_def_set_id");
        if (updateId != null) {
            Definition existing = context.state.definition(updateId)
                    .filter(definition -> definition.preScreeningStepId() != null)
                    .orElseThrow(() -> ApiError.notFound("Pre-screening position not found."));
            Definition updated = new Definition(existing.id(), existing.kind(),
                    orElse(body, "position_name", existing.name()),
                    orElse(body, "position_location", existing.location()),
                    upper(orElse(body, "position_country_code", existing.countryCode())),
                    orElse(body, "position_description", existing.description()),
                    orElse(body, "position_description_long", existing.descriptionLong()),
                    orElse(body, "mojito_language_code", existing.languageCode()),
                    orElse(body, "status", existing.status()), existing.type(),
                    orElse(body, "visibility", existing.visibility()), existing.interviewType(),
                    existing.templateId(), existing.maxDuration(), existing.questions(), existing.embedded(),
                    null, existing.externalId(), existing.preScreeningStepId(), existing.options(),
                    existing.createdAt(), now);
            context.state.save(updated);
            return SandboxResponse.ok(context.json, positionAnswer("updated", updated));
        }

        String name = require(body, "position_name");
        String location = require(body, "position_location");
        String countryCode = require(body, "position_country_code");
        String language = require(body, "mojito_language_code");
        Definition position = newPosition(name, location, countryCode, language, text(body, "position_description"),
                text(body, "position_description_long"), orElse(body, "status", "draft"),
                orElse(body, "visibility", "merchant_invite"), null, body, now);
        context.state.save(position);
        return SandboxResponse.ok(context.json, positionAnswer("created", position));
    }

    SandboxResponse screenText(SandboxRequest request) {
        ObjectNode body = request.jsonBody();
        context.contract.validateRequest(SandboxCallLedger.PRE_SCREEN_TEXT, body);
        return screen(body, text(body, "candidate_resume"));
    }

    SandboxResponse screenFile(SandboxRequest request) {
        MultipartForm form = request.form();
        ObjectNode fields = context.json.createObjectNode();
        form.parts().values().stream().filter(part -> !part.name().equals("file"))
                .forEach(part -> fields.put(part.name(), part.text()));
        MultipartForm.Part file = form.part("file");
        if (file != null) {
            // The schema wants a string; what matters here is that the part exists.
            fields.put("file", "(binary)");
        }
        context.contract.validateRequest(SandboxCallLedger.PRE_SCREEN_BINARY, fields);
        String formJson = text(fields, "form");
        if (formJson != null && !formJson.isBlank()) {
            checkFormJson(formJson);
        }
        return screen(fields, ResumeText.extract(file.content()));
    }

    SandboxResponse createForCandidate(SandboxRequest request) {
        ObjectNode body = request.jsonBody();
        context.contract.validateRequest(SandboxCallLedger.PRE_SCREEN_WITH_TOKEN, body);
        String email = candidateEmail(body);
        Definition position = positionFor(body);
        Definition interview = interviewFor(position, body);

        synchronized (context.state) {
            Screening earlier = context.state.screening(position.id(), email).orElse(null);
            if (earlier != null) {
                Registration registration = context.state.registration(interview.id(), email).orElse(null);
                ObjectNode answer = candidateAnswer("already-applied", position, interview,
                        earlier.profileInterviewId(), registration);
                answer.put("reason", "The candidate has already applied for this position.");
                return SandboxResponse.ok(context.json, answer);
            }
            PretendScreening.Verdict verdict =
                    PretendScreening.screen(position.screeningText(), text(body, "candidate_resume"));
            Screening screening = recordScreening(position, body, email, verdict);
            Registration registration = screening.recommendation().equals("ai_reject") ? null
                    : enrolment.enrol(interview, email, text(body, "candidate_name"),
                            text(body, "candidate_external_id"), false, false);
            ObjectNode answer = candidateAnswer(screening.recommendation(), position, interview,
                    screening.profileInterviewId(), registration);
            if (registration == null) {
                answer.put("reason", screening.analysis());
            }
            return SandboxResponse.ok(context.json, answer).charging(PRE_SCREEN_CREDITS);
        }
    }

    private SandboxResponse screen(JsonNode fields, String resumeText) {
        String email = candidateEmail(fields);
        Definition position = context.state.definition(text(fields, "position_id"))
                .filter(definition -> definition.preScreeningStepId() != null)
                .orElseThrow(() -> ApiError.notFound("Position not found."));

        synchronized (context.state) {
            if (context.state.screening(position.id(), email).isPresent()) {
                ObjectNode earlyExit = context.json.createObjectNode()
                        .put("decision_status", "unknown")
                        .put("message", ALREADY_SCREENED);
                return SandboxResponse.ok(context.json, earlyExit);
            }
            PretendScreening.Verdict verdict = PretendScreening.screen(position.screeningText(), resumeText);
            Screening screening = recordScreening(position, fields, email, verdict);
            ObjectNode answer = context.json.createObjectNode()
                    .put("success", true)
                    .put("decision_status", verdict.decisionStatus())
                    .put("recommendation", verdict.recommendation())
                    .put("profile_interview_id", screening.profileInterviewId())
                    .put("interview_result_pre_screening_id", screening.id())
                    .put("interview_file_id", screening.fileId())
                    .put("pre_screening_score", verdict.score())
                    .put("resume_ai_analysis", verdict.analysis())
                    .put("resume_ai_education", verdict.education())
                    .put("resume_ai_technical_experience", verdict.yearsOfExperience())
                    .put("resume_ai_is_switching_profession", verdict.switchingProfession())
                    .put("processing_reason", verdict.processingReason());
            return SandboxResponse.ok(context.json, answer).charging(PRE_SCREEN_CREDITS);
        }
    }

    private Screening recordScreening(Definition position, JsonNode fields, String email,
            PretendScreening.Verdict verdict) {
        long now = context.now();
        Profile profile = context.state.profileFor(email, text(fields, "candidate_name"),
                text(fields, "candidate_external_id"), "screened", now);
        Screening screening = new Screening(SandboxState.newId(), SandboxState.newId(), position.id(),
                profile.profileInterviewId(), email, SandboxState.newId(), verdict.score(), verdict.recommendation(),
                verdict.decisionStatus(), verdict.matchedSkills(), verdict.analysis(), now);
        context.state.save(screening);
        return screening;
    }

    private static String candidateEmail(JsonNode fields) {
        String email = SandboxContext.normaliseEmail(text(fields, "candidate_email"));
        if (!SandboxContext.isEmail(email)) {
            throw ApiError.invalidField("candidate_email", "Email address is not valid.");
        }
        return email;
    }

    private Definition positionFor(JsonNode body) {
        String positionId = nonBlank(body, "position_def_set_id");
        if (positionId != null) {
            return context.state.definition(positionId)
                    .filter(definition -> definition.kind().equals("position"))
                    .orElseThrow(() -> ApiError.notFound("Position not found."));
        }
        String name = require(body, "position_name");
        String location = require(body, "position_location");
        String countryCode = require(body, "position_country_code");
        String language = require(body, "mojito_language_code");
        String externalId = nonBlank(body, "position_external_id");
        synchronized (context.state) {
            if (externalId != null) {
                Definition known = context.state.positionByExternalId(externalId).orElse(null);
                if (known != null) {
                    return known;
                }
            }
            Definition position = newPosition(name, location, countryCode, language,
                    text(body, "position_description"), text(body, "position_description_long"), "active",
                    "merchant_invite", externalId, context.json.createObjectNode(), context.now());
            context.state.save(position);
            return position;
        }
    }

    private Definition interviewFor(Definition position, JsonNode body) {
        synchronized (context.state) {
            Definition known = context.state.interviewForPosition(position.id()).orElse(null);
            if (known != null) {
                return known;
            }
            long now = context.now();
            double maxDuration = body.path("max_duration").isNumber() ? body.path("max_duration").asDouble()
                    : DEFAULT_MAX_DURATION_SECONDS;
            Definition interview = new Definition(SandboxState.newId(), "interview", position.name(),
                    position.location(), position.countryCode(), position.description(), position.descriptionLong(),
                    position.languageCode(), "active", "interview", "merchant_invite", "pre-screening",
                    nonBlank(body, "interview_template_id"), maxDuration, position.questions(), false, position.id(),
                    null, null, context.json.createObjectNode(), now, now);
            context.state.save(interview);
            return interview;
        }
    }

    private ObjectNode candidateAnswer(String status, Definition position, Definition interview,
            String profileInterviewId, Registration registration) {
        String url = registration != null ? enrolment.interviewUrl(registration)
                : context.baseUrl() + "/interview/closed/" + profileInterviewId + "/";
        return context.json.createObjectNode()
                .put("status", status)
                .put("interview_url", url)
                .put("position_def_set_id", position.id())
                .put("interview_def_set_id", interview.id())
                .put("profile_interview_id", profileInterviewId);
    }

    private Definition newPosition(String name, String location, String countryCode, String language,
            String description, String descriptionLong, String status, String visibility, String externalId,
            JsonNode options, long now) {
        return new Definition(SandboxState.newId(), "position", name, location, upper(countryCode), description,
                descriptionLong, language, status, "interview", visibility, "pre-screening", null,
                (double) DEFAULT_MAX_DURATION_SECONDS,
                PretendInterview.questions(name, join(description, descriptionLong)), false, null, externalId,
                SandboxState.newId(), options, now, now);
    }

    private ObjectNode positionAnswer(String outcome, Definition position) {
        return context.json.createObjectNode()
                .put(outcome, true)
                .put("position_def_set_id", position.id())
                .put("interview_pre_screening_id", position.preScreeningStepId());
    }

    private void checkFormJson(String formJson) {
        try {
            if (!context.json.readTree(formJson).isObject()) {
                throw ApiError.invalidField("form", "Field must be a JSON string holding an object.");
            }
        } catch (JacksonException notJson) {
            throw ApiError.invalidField("form", "Field must be a JSON string holding an object.");
        }
    }

    private static String orElse(JsonNode body, String field, String fallback) {
        String value = nonBlank(body, field);
        return value == null ? fallback : value;
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + " " + (b == null ? "" : b);
    }
}
