package com.campaignrunner.sandbox;

import static com.campaignrunner.sandbox.SandboxContext.iso;
import static com.campaignrunner.sandbox.SandboxContext.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.campaignrunner.sandbox.InterviewFates.Fate;
import com.campaignrunner.sandbox.InterviewFates.Progress;
import com.campaignrunner.sandbox.SandboxState.Definition;
import com.campaignrunner.sandbox.SandboxState.Registration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Interview results: details with the transcript, reports as PDF, HTML or JSON, and the signed PDF download. */
final class ResultEndpoints {

    static final double TRANSLATION_CREDITS = 0.1;
    private static final String RESULT_ID = "interview_result_id";

    private final SandboxContext context;

    ResultEndpoints(SandboxContext context) {
        this.context = context;
    }

    /** A result as the sandbox sees it at one moment. */
    private record ResultView(Registration registration, Definition interview, Fate fate, Progress progress) {

        boolean completed() {
            return progress == Progress.COMPLETED;
        }

        long startedAt() {
            return registration.attemptStartedAt() + fate.startsAfterMillis();
        }

        long endedAt() {
            return registration.attemptStartedAt() + fate.endsAfterMillis();
        }
    }

    SandboxResponse details(SandboxRequest request) {
        ObjectNode input;
        if (request.isGet()) {
            input = context.contract.queryAsJson("/job-interview-details", request.query(), context.json);
        } else {
            input = request.jsonBody().deepCopy();
            // The vendor's cookbook posts the flag as a JSON boolean; the reference declares a string.
            JsonNode flag = input.path("get_signed_recordings");
            if (flag.isBoolean()) {
                input.put("get_signed_recordings", Boolean.toString(flag.asBoolean()));
            }
        }
        context.contract.validateRequest("/job-interview-details", input);
        ResultView result = view(text(input, RESULT_ID))
                .orElseThrow(() -> ApiError.notFound("Interview result not found."));
        return SandboxResponse.ok(context.json, detailsOf(result));
    }

    SandboxResponse report(SandboxRequest request) {
        ObjectNode body = request.jsonBody();
        context.contract.validateRequest("/job-interview-pdf", body);
        List<ResultView> results = new ArrayList<>();
        for (String id : requestedIds(body)) {
            ResultView result = view(id).orElseThrow(() ->
                    ApiError.invalidField(RESULT_ID, "Interview result not found."));
            if (!result.completed()) {
                throw ApiError.invalidField(RESULT_ID, "The interview result is not completed yet.");
            }
            results.add(result);
        }
        String reportLanguage = text(body.path("export_features_result"), "mojito_language_code");
        long translated = results.stream().filter(result -> reportLanguage != null
                && !reportLanguage.equals(result.interview().languageCode())).count();

        ObjectNode answer = context.json.createObjectNode();
        switch (text(body, "export_type")) {
            case "pdf" -> {
                long expires = context.now() / 1000 + context.settings.reportLinkValiditySeconds();
                String key = String.join("_", results.stream().map(r -> r.registration().resultId()).toList());
                answer.put("pdf_export_url", context.baseUrl() + context.reportLinks.sign(key, expires));
                answer.put("pdf_export_valid_until", iso(expires * 1000));
            }
            case "html" -> answer.put("html_export", html(results));
            default -> {
                ObjectNode export = answer.putObject("json_export");
                if (results.size() > 1) {
                    export.put("table", table(results));
                }
                ArrayNode items = export.putArray("results");
                for (ResultView result : results) {
                    ObjectNode item = items.addObject();
                    item.set("data", detailsOf(result));
                    item.putArray("files");
                }
            }
        }
        return SandboxResponse.ok(context.json, answer).charging(translated * TRANSLATION_CREDITS);
    }

    /** The signed report URL: a real PDF, or 403 for a tampered link and 400 for an expired one. */
    SandboxResponse download(SandboxRequest request) {
        String file = request.path().substring(ReportLinks.PATH_PREFIX.length());
        if (!file.endsWith(".pdf")) {
            return SandboxResponse.error(context.json, 404, "Object not found", null);
        }
        String key = file.substring(0, file.length() - ".pdf".length());
        Map<String, String> query = request.query();
        switch (context.reportLinks.check(key, query.get("token"), query.get("expires"), context.now() / 1000)) {
            case INVALID -> {
                return SandboxResponse.error(context.json, 403, "Invalid signature", null);
            }
            case EXPIRED -> {
                return SandboxResponse.error(context.json, 400, "Signature has expired", null);
            }
            default -> {
                List<ReportDocument.Section> sections = new ArrayList<>();
                for (String id : key.split("_")) {
                    ResultView result = view(id).orElse(null);
                    if (result == null) {
                        return SandboxResponse.error(context.json, 404, "Object not found", null);
                    }
                    sections.add(section(result));
                }
                return SandboxResponse.bytes(200, "application/pdf", ReportDocument.render(sections));
            }
        }
    }

    /** Where interview links lead: a page that only says what it is. */
    SandboxResponse interviewPage(SandboxRequest request) {
        return SandboxResponse.html("<!doctype html><html><head><meta charset=\"utf-8\"><title>Sandbox interview"
                + "</title></head><body><h1>JobMojito sandbox</h1><p>This link was made by the local sandbox. The "
                + "candidate's interview runs by itself there; nothing needs doing here.</p></body></html>");
    }

    private Optional<ResultView> view(String resultId) {
        return context.state.registrationByResultId(resultId).map(registration -> {
            Definition interview = context.state.definition(registration.interviewId()).orElseThrow();
            Fate fate = context.fates.fate(registration.email(), registration.interviewId(), registration.attempt());
            Progress progress = context.fates.progress(fate, registration.attemptStartedAt(), context.now());
            return new ResultView(registration, interview, fate, progress);
        });
    }

    private static Set<String> requestedIds(JsonNode body) {
        Set<String> ids = new LinkedHashSet<>();
        String single = text(body, RESULT_ID);
        if (single != null) {
            ids.add(single);
        }
        body.path("interview_result_ids").forEach(id -> ids.add(id.asString()));
        if (ids.isEmpty()) {
            throw ApiError.requiredField(RESULT_ID);
        }
        return ids;
    }

    private ObjectNode detailsOf(ResultView result) {
        Registration registration = result.registration();
        List<String> skills = context.state.skillsOf(registration.email());
        boolean completed = result.completed();
        boolean ended = result.progress() != Progress.STARTED && result.progress() != Progress.NOT_STARTED;
        double score = result.fate().score();

        ObjectNode details = context.json.createObjectNode();
        details.put("id", registration.resultId());
        details.put("score", completed ? score : null);
        details.put("score_simulation", completed ? score : null);
        details.put("score_text", completed ? score + " / 10" : null);
        details.put("score_sentiment", completed ? 7.5 : null);
        details.put("score_words_per_minute", completed ? 128 : null);
        details.put("score_pronunciation", completed ? 8.0 : null);
        details.put("score_answer", completed ? score : null);
        details.put("status", CandidateEndpoints.coachStatus(result.progress()));
        details.put("start", result.progress() == Progress.NOT_STARTED ? null : iso(result.startedAt()));
        details.put("end", ended ? iso(result.endedAt()) : null);
        details.put("duration", ended ? (result.endedAt() - result.startedAt()) / 100 : null);
        details.put("ai_interview_coverage_percentage", completed ? 100 : null);
        details.put("ai_completion_reason", completed ? "All questions answered." : null);
        String summary = completed ? PretendInterview.summary(registration.name(), result.interview().name(), score)
                : null;
        details.put("ai_analysis", summary);
        details.put("ai_analysis_recruiter", summary);
        if (completed) {
            ObjectNode reasons = PretendInterview.hiringReasons(context.json, skills, score);
            details.putObject("ai_analysis_other").set("hiring_reasons", reasons);
            details.set("ai_analysis_recruiter_why_hire", reasons.get("reasons_to_hire").deepCopy());
            details.set("ai_analysis_recruiter_why_not_hire", reasons.get("reasons_not_to_hire").deepCopy());
        } else {
            details.putNull("ai_analysis_other");
            details.putNull("ai_analysis_recruiter_why_hire");
            details.putNull("ai_analysis_recruiter_why_not_hire");
        }
        details.putNull("recruiter_risks");
        details.putNull("recording_local_path");
        details.put("recording_is_video", false);
        details.put("profile_interview_id", registration.profileInterviewId());
        details.put("interview_id", registration.interviewId());
        details.put("candidate_name", registration.name());
        details.put("candidate_email", registration.email());
        details.put("external_id", registration.externalId());
        details.put("is_test", registration.test());
        details.set("transcript", completed ? transcriptOf(result, skills) : context.json.createArrayNode());
        details.put("sandbox", true);
        return details;
    }

    private ArrayNode transcriptOf(ResultView result, List<String> skills) {
        return PretendInterview.transcript(context.json, result.registration().resultId() + "#"
                        + result.registration().attempt(), result.interview().id(), result.interview().questions(),
                skills, result.fate().score(), result.interview().languageCode());
    }

    private ReportDocument.Section section(ResultView result) {
        Registration registration = result.registration();
        List<String> lines = new ArrayList<>();
        for (JsonNode turn : transcriptOf(result, context.state.skillsOf(registration.email()))) {
            lines.add(turn.path("is_answer").asBoolean() ? "Candidate: " + turn.path("answer").asString()
                    : "Interviewer: " + turn.path("question_asked").asString());
        }
        return new ReportDocument.Section(result.interview().name(), registration.name(), registration.email(),
                result.fate().score(), CandidateEndpoints.coachStatus(result.progress()),
                PretendInterview.summary(registration.name(), result.interview().name(), result.fate().score()),
                lines);
    }

    private String html(List<ResultView> results) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>"
                + ReportDocument.MARK + "</title></head><body><p><strong>" + ReportDocument.MARK
                + "</strong>: made by the JobMojito sandbox, not by the real service.</p>");
        for (ResultView result : results) {
            ReportDocument.Section section = section(result);
            html.append("<section><h1>Interview report: ").append(escape(section.positionName())).append("</h1>")
                    .append("<p>Candidate: ").append(escape(section.candidateName())).append(" &lt;")
                    .append(escape(section.candidateEmail())).append("&gt;</p><p>Score: ").append(section.score())
                    .append(" / 10</p><h2>AI summary</h2><p>").append(escape(section.summary()))
                    .append("</p><h2>Transcript</h2>");
            section.transcriptLines().forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
            html.append("</section>");
        }
        return html.append("</body></html>").toString();
    }

    private String table(List<ResultView> results) {
        StringBuilder table = new StringBuilder("<table><tr><th>Candidate</th><th>Email</th><th>Score</th></tr>");
        for (ResultView result : results) {
            table.append("<tr><td>").append(escape(result.registration().name())).append("</td><td>")
                    .append(escape(result.registration().email())).append("</td><td>")
                    .append(result.fate().score()).append("</td></tr>");
        }
        return table.append("</table>").toString();
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
