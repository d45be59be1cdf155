package com.campaignrunner.sandbox;

import static com.campaignrunner.sandbox.SandboxContext.iso;
import static com.campaignrunner.sandbox.SandboxContext.nonBlank;
import static com.campaignrunner.sandbox.SandboxContext.text;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.campaignrunner.sandbox.SandboxState.Definition;
import com.campaignrunner.sandbox.SandboxState.Registration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Interview definitions: create, read, change state, list, signed links, and knowledge base documents. */
final class InterviewEndpoints {

    private static final double DEFAULT_MAX_DURATION_SECONDS = 1200;
    private static final int SECONDS_PER_QUESTION = 120;
    private static final int MAX_QUESTIONS = 40;

    private static final Map<String, String> SPEECH_LANGUAGES = Map.of(
            "en", "en-US", "de", "de-DE", "fr", "fr-FR", "es", "es-ES", "nl", "nl-NL", "it", "it-IT",
            "pt", "pt-PT", "br", "pt-BR", "pl", "pl-PL", "cs", "cs-CZ");

    private final SandboxContext context;
    private final Enrolment enrolment;

    InterviewEndpoints(SandboxContext context, Enrolment enrolment) {
        this.context = context;
        this.enrolment = enrolment;
    }

    SandboxResponse create(SandboxRequest request) {
        ObjectNode body = request.jsonBody();
        context.contract.validateRequest("/job-interview-create", body);

        double maxDuration = body.path("max_duration").isNumber() ? body.path("max_duration").asDouble()
                : DEFAULT_MAX_DURATION_SECONDS;
        String description = String.join(" ", nullToEmpty(text(body, "description")),
                nullToEmpty(text(body, "description_long")));
        List<String> questions = PretendInterview.questions(text(body, "name"), description);
        Integer asked = requestedLength(body.path("interview_length"));
        if (asked != null) {
            int allowed = (int) Math.max(1, Math.min(MAX_QUESTIONS, maxDuration / SECONDS_PER_QUESTION));
            questions = cycle(questions, Math.min(asked, allowed));
        }
        Definition interview = newInterview(body, questions, maxDuration);
        context.state.save(interview);

        ObjectNode answer = context.json.createObjectNode()
                .put("interview_def_set_id", interview.id())
                .put("questions_generated", questions.size())
                .put("max_duration", maxDuration);
        addEmbedKeys(answer, interview);
        return SandboxResponse.ok(context.json, answer);
    }

    SandboxResponse createFromQuestions(SandboxRequest request) {
        ObjectNode body = request.jsonBody();
        context.contract.validateRequest("/job-interview-create-from-array", body);
        List<String> questions = new ArrayList<>();
        for (JsonNode question : body.path("questions")) {
            questions.add(question.path("question").asString());
        }
        Definition interview = newInterview(body, questions, DEFAULT_MAX_DURATION_SECONDS);
        context.state.save(interview);
        ObjectNode answer = context.json.createObjectNode().put("interview_def_set_id", interview.id());
        addEmbedKeys(answer, interview);
        return SandboxResponse.ok(context.json, answer);
    }

    SandboxResponse get(SandboxRequest request) {
        JsonNode input;
        if (request.isGet()) {
            input = context.contract.queryAsJson("/job-interview-get", request.query(), context.json);
        } else {
            ObjectNode body = request.jsonBody().deepCopy();
            // The vendor's overview page posts {"interview_id"}; the reference wants position_id.
            if (!body.has("position_id") && body.has("interview_id")) {
                body.set("position_id", body.get("interview_id"));
            }
            input = body;
        }
        context.contract.validateRequest("/job-interview-get", input);
        Definition definition = context.state.definition(text(input, "position_id"))
                .orElseThrow(() -> ApiError.notFound("Interview not found."));
        return SandboxResponse.ok(context.json, definitionView(definition));
    }

    SandboxResponse setState(SandboxRequest request) {
        ObjectNode body = request.jsonBody();
        context.contract.validateRequest("/job-interview-set-state", body);
        boolean hasStatus = body.hasNonNull("status");
        boolean hasEmbedded = body.hasNonNull("is_embedded");
        if (!hasStatus && !hasEmbedded) {
            throw ApiError.invalidField("status", "Either status or is_embedded is required.");
        }
        synchronized (context.state) {
            Definition existing = context.state.definition(text(body, "position_id"))
                    .orElseThrow(() -> new ApiError(500, "Interview could not be updated.", null));
            Definition updated = withState(existing, hasStatus ? text(body, "status") : existing.status(),
                    hasEmbedded ? body.path("is_embedded").asBoolean() : existing.embedded());
            context.state.save(updated);
            ObjectNode answer = context.json.createObjectNode();
            if (hasEmbedded && updated.embedded()) {
                addEmbedKeys(answer, updated);
            } else {
                answer.put("success", true);
            }
            return SandboxResponse.ok(context.json, answer);
        }
    }

    SandboxResponse token(SandboxRequest request) {
        ObjectNode body = request.jsonBody();
        context.contract.validateRequest("/job-interview-token", body);
        String type = text(body, "type");
        String token = UUID.randomUUID().toString().replace("-", "");
        String url = switch (type) {
            case "interview-for-profile" -> {
                String profileId = requireKnownProfile(body);
                Definition interview = requireKnownDefinition(body);
                Registration registration = context.state.registrations().stream()
                        .filter(r -> r.profileInterviewId().equals(profileId) && r.interviewId().equals(interview.id()))
                        .findFirst().orElse(null);
                yield registration != null ? enrolment.interviewUrl(registration)
                        : context.baseUrl() + "/interview/take/" + profileId + "/?interview_token=" + token;
            }
            case "results-for-profile" ->
                    context.baseUrl() + "/results/profile/" + requireKnownProfile(body) + "/?token=" + token;
            case "interview-result-candidate", "interview-result-talent-seeker" -> {
                String resultId = nonBlank(body, "interview_result_id");
                if (resultId == null) {
                    throw ApiError.requiredField("interview_result_id");
                }
                context.state.registrationByResultId(resultId).orElseThrow(() ->
                        ApiError.invalidField("interview_result_id", "Interview result not found."));
                String view = type.endsWith("candidate") ? "candidate" : "talent-seeker";
                yield context.baseUrl() + "/results/" + resultId + "/?view=" + view + "&token=" + token;
            }
            default -> context.baseUrl() + "/results/position/" + requireKnownDefinition(body).id() + "/?token="
                    + token;
        };
        JsonNode hideMenu = body.path("hide_menu");
        boolean showMenu = hideMenu.isString() && hideMenu.asString().equals("false");
        return SandboxResponse.ok(context.json, context.json.getNodeFactory()
                .stringNode(showMenu ? url : url + "&view_hm=true"));
    }

    SandboxResponse list(SandboxRequest request) {
        ObjectNode query = context.contract.queryAsJson("/merchant-interview-list", request.query(), context.json);
        context.contract.validateRequest("/merchant-interview-list", query);
        String type = query.path("type").asString("interview");
        String status = text(query, "status");
        String filter = text(query, "filter_text");
        List<ObjectNode> rows = new ArrayList<>();
        List<Definition> definitions = context.state.definitions();
        definitions.sort(Comparator.comparingLong(Definition::updatedAt).reversed());
        for (Definition definition : definitions) {
            if (!type.equals(definition.type()) || status != null && !status.equals(definition.status())
                    || !Paging.matches(filter, definition.name())) {
                continue;
            }
            rows.add(context.json.createObjectNode()
                    .put("id", definition.id())
                    .put("name", definition.name())
                    .put("type", definition.type())
                    .put("status", definition.status())
                    .put("visibility", definition.visibility())
                    .put("mojito_language_code", definition.languageCode())
                    .put("is_multi_stage", false)
                    .put("created_at", iso(definition.createdAt()))
                    .put("updated_at", iso(definition.updatedAt())));
        }
        return SandboxResponse.ok(context.json, Paging.page(context.json, rows, query));
    }

    SandboxResponse uploadKnowledgeDocument(SandboxRequest request) {
        String storeId;
        String name;
        long size;
        if (request.isMultipart()) {
            MultipartForm form = request.form();
            ObjectNode fields = context.json.createObjectNode();
            form.parts().values().stream().filter(part -> !part.name().equals("file"))
                    .forEach(part -> fields.put(part.name(), part.text()));
            MultipartForm.Part file = form.part("file");
            if (file != null) {
                fields.put("file", "(binary)");
            }
            context.contract.validateRequest("/knowledge-base-document-upload", fields);
            storeId = text(fields, "knowledge_base_store_id");
            name = nonBlank(fields, "name") != null ? text(fields, "name") : file.fileName();
            size = file.content().length;
        } else {
            ObjectNode body = request.jsonBody();
            context.contract.validateAlternativeRequest("/knowledge-base-document-upload", body);
            storeId = text(body, "knowledge_base_store_id");
            name = text(body, "name");
            try {
                size = Base64.getMimeDecoder().decode(text(body, "file")).length;
            } catch (IllegalArgumentException notBase64) {
                throw ApiError.invalidField("file", "Field must be base64-encoded.");
            }
        }
        String id = SandboxState.newId();
        context.state.saveKnowledgeDocument(id, storeId, name, size, context.now());
        return SandboxResponse.ok(context.json, context.json.createObjectNode().put("knowledge_base_id", id));
    }

    private Definition newInterview(ObjectNode body, List<String> questions, double maxDuration) {
        long now = context.now();
        ObjectNode options = body.deepCopy();
        options.remove("questions");
        return new Definition(SandboxState.newId(), "interview", text(body, "name"), text(body, "location"), null,
                text(body, "description"), text(body, "description_long"), text(body, "mojito_language_code"),
                text(body, "status"), text(body, "type"), text(body, "visibility"),
                body.hasNonNull("interview_type") ? text(body, "interview_type") : "pre-screening",
                text(body, "interview_template_id"), maxDuration, questions,
                SandboxContext.flag(body, "is_embedded"), null, null, null, options, now, now);
    }

    private ObjectNode definitionView(Definition d) {
        JsonNode options = d.options() == null ? context.json.createObjectNode() : d.options();
        ObjectNode view = context.json.createObjectNode();
        view.put("id", d.id());
        view.put("name", d.name());
        view.put("created_at", iso(d.createdAt()));
        view.put("updated_at", iso(d.updatedAt()));
        ArrayNode questions = view.putArray("questions");
        for (int i = 0; i < d.questions().size(); i++) {
            questions.addObject()
                    .put("id", PretendInterview.questionId(d.id(), i))
                    .put("question", d.questions().get(i))
                    .put("duration", SECONDS_PER_QUESTION)
                    .put("mojito_language_code", d.languageCode());
        }
        view.put("is_multistage", false);
        view.put("status", d.status());
        view.put("visibility", d.visibility());
        view.putNull("stage");
        view.put("type", d.type());
        copy(options, view, "code", "code");
        view.put("interview_location", d.location());
        copy(options, view, "cover_image_url", "cover_image_url");
        view.put("merchant_id", SandboxServer.MERCHANT_ID);
        view.put("interview_template_id", d.templateId());
        view.put("interview_template_type", "interactive_elevenlabs");
        view.put("is_voice_only", true);
        copy(options, view, "knowledge_base_store_id", "knowledge_base_store_id");
        view.put("mojito_language_code", d.languageCode());
        String speech = SPEECH_LANGUAGES.get(d.languageCode());
        view.put("speech_language_code", speech);
        view.put("speech_language_name", speech == null ? null : d.languageCode());
        copy(options, view, "recording", "recording");
        copy(options, view, "recording_full_session", "recording_full_session");
        view.putNull("type_credit");
        copy(options, view, "result_view", "result_view");
        copy(options, view, "candidate_video_introduction", "candidate_video_introduction");
        view.put("description", d.description());
        view.put("interview_description_long", d.descriptionLong());
        copy(options, view, "candidate_expectations", "candidate_expectations");
        copy(options, view, "interview_department", "interview_department");
        copy(options, view, "interview_salary", "interview_salary");
        copy(options, view, "interview_available_till", "interview_available_till");
        copy(options, view, "recruiter_profile_id", "recruiter_profile_id");
        view.put("slug", "sandbox-" + d.id().substring(0, 8));
        copy(options, view, "tags", "tags");
        view.put("coach_plan", d.kind().equals("position") ? "screening" : null);
        copy(options, view, "interview_conversation_speed", "interview_conversation_speed");
        copy(options, view, "max_followups", "max_followups");
        view.put("max_duration", d.maxDuration());
        copy(options, view, "questions_random_subset", "questions_random_subset");
        copy(options, view, "required_pronunciation", "required_pronunciation");
        copy(options, view, "result_enable_edit_transcript", "result_enable_edit_transcript");
        view.put("interview_type", d.interviewType());
        view.put("is_embedded", d.embedded());
        view.put("sandbox", true);
        return view;
    }

    private static void copy(JsonNode from, ObjectNode to, String source, String target) {
        JsonNode value = from.path(source);
        if (value.isMissingNode() || value.isNull()) {
            to.putNull(target);
        } else {
            to.set(target, value.deepCopy());
        }
    }

    private void addEmbedKeys(ObjectNode answer, Definition interview) {
        if (interview.embedded()) {
            answer.put("embed_id", PretendInterview.stableId(interview.id() + "|embed"));
            answer.put("embed_signing_key", PretendInterview.stableId(interview.id() + "|embed-key"));
        }
    }

    private String requireKnownProfile(JsonNode body) {
        String profileId = nonBlank(body, "interview_profile_id");
        if (profileId == null) {
            throw ApiError.requiredField("interview_profile_id");
        }
        context.state.profileByInterviewId(profileId).orElseThrow(() ->
                ApiError.invalidField("interview_profile_id", "Candidate profile not found."));
        return profileId;
    }

    private Definition requireKnownDefinition(JsonNode body) {
        String interviewId = nonBlank(body, "interview_id");
        if (interviewId == null) {
            throw ApiError.requiredField("interview_id");
        }
        return context.state.definition(interviewId).orElseThrow(() ->
                ApiError.invalidField("interview_id", "Interview not found."));
    }

    private static Definition withState(Definition d, String status, boolean embedded) {
        return new Definition(d.id(), d.kind(), d.name(), d.location(), d.countryCode(), d.description(),
                d.descriptionLong(), d.languageCode(), status, d.type(), d.visibility(), d.interviewType(),
                d.templateId(), d.maxDuration(), d.questions(), embedded, d.positionId(), d.externalId(),
                d.preScreeningStepId(), d.options(), d.createdAt(), System.currentTimeMillis());
    }

    private static Integer requestedLength(JsonNode length) {
        try {
            if (length.isNumber()) {
                return Math.max(1, Math.min(MAX_QUESTIONS, length.asInt()));
            }
            if (length.isString() && !length.asString().isBlank()) {
                return Math.max(1, Math.min(MAX_QUESTIONS, (int) Double.parseDouble(length.asString().trim())));
            }
        } catch (NumberFormatException notANumber) {
            throw ApiError.invalidField("interview_length", "Field must be a number between 1 and 40.");
        }
        return null;
    }

    private static List<String> cycle(List<String> questions, int count) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String base = questions.get(i % questions.size());
            result.add(i < questions.size() ? base : base + " (part " + (i / questions.size() + 1) + ")");
        }
        return result;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
