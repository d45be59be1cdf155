package com.campaignrunner.sandbox;

import static com.campaignrunner.sandbox.SandboxClient.JSON;
import static com.campaignrunner.sandbox.SandboxClient.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.campaignrunner.sandbox.SandboxClient.Answer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SandboxServerTests {

    private static final String POSITION_TEXT = "Backend developer: Java, Spring, Kafka, Docker and SQL";
    private static final ContractValidator CONTRACT = ContractValidator.load(JSON);

    @TempDir
    Path stateDirectory;

    private SandboxServer server;
    private SandboxClient client;

    @BeforeEach
    void startSandbox() {
        server = SandboxServer.start(testSettings().build(), stateDirectory);
        client = new SandboxClient(server.baseUrl());
    }

    @AfterEach
    void stopSandbox() {
        server.close();
    }

    private static SandboxSettings.Builder testSettings() {
        return SandboxSettings.builder().fixedLatency(0).outcomeShares(1.0, 0, 0).completionDelay(150, 250)
                .reportLinkValiditySeconds(2);
    }

    @Test
    void listensOnLoopbackWithAFreePort() {
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.port()).isPositive();
    }

    @Test
    void aMissingRequiredFieldIsAnsweredWith422NamingTheField() {
        ObjectNode interview = interviewRequest();
        interview.remove("interview_template_id");

        Answer answer = client.post("/job-interview-create", interview);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("name").asString()).isEqualTo("interview_template_id");
        assertThat(answer.json().path("error").asString()).isEqualTo("Field is required.");
    }

    @Test
    void badEnumsUuidsAndBoundsAreAnsweredWith422() {
        assertThat(client.post("/job-interview-create", interviewRequest().put("status", "live")).json()
                .path("name").asString()).isEqualTo("status");
        assertThat(client.post("/job-interview-create", interviewRequest().put("interview_template_id", "x"))
                .json().path("name").asString()).isEqualTo("interview_template_id");
        assertThat(client.post("/job-interview-create", interviewRequest().put("interview_attempts", 21))
                .json().path("name").asString()).isEqualTo("interview_attempts");
        Answer badLimit = client.get("/merchant-result-list?limit=1001");
        assertThat(badLimit.status()).isEqualTo(422);
        assertThat(badLimit.json().path("name").asString()).isEqualTo("limit");
        assertThat(client.get("/merchant-candidate-list?offset=-1").json().path("name").asString())
                .isEqualTo("offset");
    }

    @Test
    void malformedJsonUnknownPathsAndWrongMethodsAreRefused() {
        Answer malformed = client.post("/job-interview-create", "{not json");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().path("error").asString()).isEqualTo("Request body is not valid JSON.");
        assertThat(client.post("/no-such-endpoint", "{}").status()).isEqualTo(404);
        assertThat(client.get("/job-interview-create").status()).isEqualTo(405);
    }

    @Test
    void aCallerWithoutATokenGets401() {
        Answer answer = client.post("/job-interview-create", interviewRequest(), null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("error").asString()).isEqualTo("Missing or invalid authentication.");
    }

    @Test
    void aWrongTokenGets401WithoutTheTokenInTheAnswerOrTheLedger() throws IOException {
        server.close();
        server = SandboxServer.start(testSettings().acceptedToken("the-right-one").build(), stateDirectory);
        client = new SandboxClient(server.baseUrl());

        Answer answer = client.post("/job-interview-create", interviewRequest(), "secret-wrong-token");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(new String(answer.raw().body(), StandardCharsets.UTF_8)).doesNotContain("secret-wrong-token");
        assertThat(Files.readString(stateDirectory.resolve(SandboxCallLedger.FILE_NAME)))
                .doesNotContain("secret-wrong-token").doesNotContain("the-right-one");
    }

    @Test
    void inviteUsersWithoutATokenGets422() {
        Answer answer = client.post("/invite-users", Map.of("users", List.of()), null);

        assertThat(answer.status()).isEqualTo(422);
    }

    @Test
    void screeningScoresResumesByTheSkillsOfThePosition() {
        String position = createPosition(POSITION_TEXT);

        Answer accepted = screen(position, "ann@example.com", "Java, Spring, Kafka, Docker and SQL for 8 years");
        Answer recruiter = screen(position, "bob@example.com", "Java, Spring and SQL");
        Answer rejected = screen(position, "cid@example.com", "I drive a forklift and know some Java");

        assertThat(accepted.json().path("recommendation").asString()).isEqualTo("ai_accept");
        assertThat(accepted.json().path("pre_screening_score").asDouble()).isEqualTo(10.0);
        assertThat(accepted.json().path("decision_status").asString()).isEqualTo("accepted");
        assertThat(accepted.json().path("resume_ai_technical_experience").asInt()).isEqualTo(8);
        assertThat(recruiter.json().path("recommendation").asString()).isEqualTo("recruiter_action");
        assertThat(recruiter.json().path("pre_screening_score").asDouble()).isEqualTo(6.0);
        assertThat(rejected.json().path("recommendation").asString()).isEqualTo("ai_reject");
        assertThat(rejected.json().path("pre_screening_score").asDouble()).isEqualTo(2.0);
        CONTRACT.validateResponse(SandboxCallLedger.PRE_SCREEN_TEXT, accepted.json());
        assertThat(accepted.json().size()).isEqualTo(12);
    }

    @Test
    void aSecondScreeningOfTheSameCandidateGetsTheEarlyExitAndCostsNothing() {
        String position = createPosition(POSITION_TEXT);
        screen(position, "ann@example.com", "Java Spring");

        Answer again = screen(position, "  ANN@Example.com ", "Java Spring Kafka Docker SQL");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("decision_status").asString()).isEqualTo("unknown");
        assertThat(again.json().path("message").asString())
                .isEqualTo("Candidate has already been pre-screened for this position.");
        assertThat(again.json().has("success")).isFalse();
        assertThat(server.callLedger().preScreensByEmail()).containsExactly(Map.entry("ann@example.com", 1L));
        assertThat(server.callLedger().creditsByEndpoint())
                .containsExactly(Map.entry(SandboxCallLedger.PRE_SCREEN_TEXT, 0.25));
    }

    @Test
    void screeningAnUnknownPositionIs404() {
        Answer answer = screen("0d6f3c2e-4b1a-4c55-9f0e-2b7d7c1e9a10", "ann@example.com", "Java");

        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void uploadedPdfAndDocxResumesAreReadAndAnEmptyPdfIsRejected() {
        String position = createPosition(POSITION_TEXT);

        Answer pdf = screenFile(position, "pdf@example.com", "resume.pdf",
                pdfWithText("Java Spring Kafka Docker SQL, 6 years"));
        Answer docx = screenFile(position, "docx@example.com", "resume.docx", docxWithText("Java Spring Kafka"));
        Answer empty = screenFile(position, "empty@example.com", "scan.pdf", pdfWithText(null));

        assertThat(pdf.json().path("recommendation").asString()).isEqualTo("ai_accept");
        assertThat(docx.json().path("pre_screening_score").asDouble()).isEqualTo(6.0);
        assertThat(empty.json().path("recommendation").asString()).isEqualTo("ai_reject");
        assertThat(empty.json().path("pre_screening_score").isNull()).isTrue();
        assertThat(empty.json().path("processing_reason").asString())
                .isEqualTo("No text could be read from the resume");
    }

    @Test
    void aMultipartScreeningWithoutAFileNamesTheFilePart() {
        String position = createPosition(POSITION_TEXT);
        String boundary = "b-1";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"position_id\"\r\n\r\n" + position
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"candidate_name\"\r\n\r\nAnn"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"candidate_email\"\r\n\r\n"
                + "ann@example.com\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

        Answer answer = client.multipart(SandboxCallLedger.PRE_SCREEN_BINARY, boundary, body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("name").asString()).isEqualTo("file");
    }

    @Test
    void registrationAnswersOneRowPerUserAndRepeatsKeepTheLink() {
        String interview = createInterview();

        Answer first = register(interview, user("Ann", "Ann@Example.com", "c-1"), user("Bad", "not-an-email", "c-2"));
        Answer again = register(interview, user("Ann", "ann@example.com", "c-1"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().size()).isEqualTo(2);
        assertThat(first.json().get(0).path("result").asString()).isEqualTo("ok");
        assertThat(first.json().get(0).path("email").asString()).isEqualTo("ann@example.com");
        assertThat(first.json().get(0).path("interview_url").asString())
                .startsWith(server.baseUrl() + "/interview/take/").contains("?interview_token=");
        assertThat(first.json().get(1).path("result").asString()).isEqualTo("Error: Email address is not valid");
        assertThat(first.json().get(1).has("interview_url")).isFalse();
        assertThat(again.json().get(0).path("interview_url").asString())
                .isEqualTo(first.json().get(0).path("interview_url").asString());
        assertThat(server.callLedger().registrationsByEmail()).containsExactly(Map.entry("ann@example.com", 2L));
        CONTRACT.validateResponse(SandboxCallLedger.REGISTER, first.json());
    }

    @Test
    void registeringOnAnUnknownInterviewIs422() {
        Answer answer = register("0d6f3c2e-4b1a-4c55-9f0e-2b7d7c1e9a10", user("Ann", "ann@example.com", "c-1"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("name").asString()).isEqualTo("interview_id");
    }

    @Test
    void invitationsAreSkippedWhenRepeatedUnlessForced() {
        String interview = createInterview();
        Map<String, Object> candidate = Map.of("email", "ann@example.com", "name", "Ann", "type", "candidate",
                "interview_id", interview);

        Answer first = client.post("/invite-users", Map.of("users", List.of(candidate,
                Map.of("email", "bob@example.com", "type", "candidate"))));
        Answer repeat = client.post("/invite-users", Map.of("users", List.of(candidate)));
        Answer forced = client.post("/invite-users", Map.of("users", List.of(candidate), "force_invite", true));

        assertThat(first.json().get(0).path("result").asString()).isEqualTo("Invited");
        assertThat(first.json().get(0).path("profile_interview_id").asString()).isNotBlank();
        assertThat(first.json().get(1).path("result").asString()).startsWith("Error: ");
        assertThat(repeat.json().get(0).path("result").asString()).isEqualTo("Skipped");
        assertThat(forced.json().get(0).path("result").asString()).isEqualTo("Invited");
        assertThat(server.callLedger().invitationsByEmail()).containsExactly(Map.entry("ann@example.com", 2L));
    }

    @Test
    void stateSurvivesARestartOnTheSameDirectory() {
        String position = createPosition(POSITION_TEXT);
        screen(position, "ann@example.com", "Java Spring Kafka");
        String interview = createInterview();
        register(interview, user("Ann", "ann@example.com", "c-1"));
        server.close();

        server = SandboxServer.start(testSettings().build(), stateDirectory);
        client = new SandboxClient(server.baseUrl());
        JsonNode candidates = client.get("/merchant-candidate-list?filter_text=ann@").json();

        assertThat(candidates.path("pagination").path("total").asInt()).isEqualTo(1);
        JsonNode ann = candidates.path("data").get(0);
        assertThat(ann.path("pre_screening_count").asInt()).isEqualTo(1);
        assertThat(ann.path("interview_count").asInt()).isEqualTo(1);
        assertThat(ann.path("external_id").asString()).isEqualTo("c-1");
        assertThat(client.get("/job-interview-get?position_id=" + interview).status()).isEqualTo(200);
        assertThat(screen(position, "ann@example.com", "Java").json().path("decision_status").asString())
                .isEqualTo("unknown");
    }

    @Test
    void aTornLastJournalLineIsSkippedOnRestart() throws IOException {
        String interview = createInterview();
        server.close();
        Files.writeString(stateDirectory.resolve(SandboxState.JOURNAL_FILE), "{\"event\":\"regist",
                StandardOpenOption.APPEND);

        server = SandboxServer.start(testSettings().build(), stateDirectory);
        client = new SandboxClient(server.baseUrl());

        assertThat(client.get("/job-interview-get?position_id=" + interview).status()).isEqualTo(200);
        assertThat(register(interview, user("Ann", "ann@example.com", "c-1")).status()).isEqualTo(200);
    }

    @Test
    void interviewDefinitionsHaveEveryRequiredPropertyOfTheContract() {
        String interview = createInterview();
        client.post("/job-interview-set-state", Map.of("position_id", interview, "status", "active"));

        Answer byGet = client.get("/job-interview-get?position_id=" + interview);
        Answer byPost = client.post("/job-interview-get", Map.of("position_id", interview));

        CONTRACT.validateResponse("/job-interview-get", byGet.json());
        assertThat(byGet.json().path("status").asString()).isEqualTo("active");
        assertThat(byGet.json().path("questions").size()).isBetween(5, 8);
        assertThat(byPost.json()).isEqualTo(byGet.json());
        assertThat(client.get("/job-interview-get?position_id=0d6f3c2e-4b1a-4c55-9f0e-2b7d7c1e9a10").status())
                .isEqualTo(404);
    }

    @Test
    void setStateNeedsAStatusAndAnswers500ForAnUnknownInterview() {
        String interview = createInterview();

        assertThat(client.post("/job-interview-set-state", Map.of("position_id", interview)).status())
                .isEqualTo(422);
        assertThat(client.post("/job-interview-set-state", Map.of("position_id",
                "0d6f3c2e-4b1a-4c55-9f0e-2b7d7c1e9a10", "status", "active")).status()).isEqualTo(500);
    }

    @Test
    void interviewsFinishOverTimeAndShowInTheResultList() throws InterruptedException {
        String interview = createInterview();
        screen(createPosition(POSITION_TEXT), "ann@example.com", "Java Spring Kafka");
        register(interview, user("Ann", "ann@example.com", "c-1"));

        JsonNode before = client.get("/merchant-result-list?tab=completed&step=interview").json();
        Thread.sleep(400);
        JsonNode after = client.get("/merchant-result-list?tab=completed&step=interview&interview_id=" + interview)
                .json();

        assertThat(before.path("pagination").path("total").asInt()).isZero();
        assertThat(after.path("pagination").path("total").asInt()).isEqualTo(1);
        JsonNode row = after.path("data").get(0);
        assertThat(row.path("status").asString()).isEqualTo("active");
        assertThat(row.path("coach_status").asString()).isEqualTo("completed");
        assertThat(row.path("processing_status").asString()).isEqualTo("completed");
        assertThat(row.path("score").isNumber()).isTrue();
        assertThat(row.path("external_id").asString()).isEqualTo("c-1");
        CONTRACT.validateResponse("/merchant-result-list", after);

        JsonNode details = client.get("/job-interview-details?get_signed_recordings=false&interview_result_id="
                + row.path("interview_result_id").asString()).json();
        CONTRACT.validateResponse("/job-interview-details", details);
        assertThat(details.path("status").asString()).isEqualTo("completed");
        assertThat(details.path("ai_analysis_other").path("hiring_reasons").path("reasons_to_hire").size())
                .isPositive();
        JsonNode transcript = details.path("transcript");
        assertThat(transcript.get(0).path("is_answer").asBoolean()).isFalse();
        assertThat(transcript.get(1).path("is_answer").asBoolean()).isTrue();
        assertThat(transcript.get(1).path("answer").asString()).containsAnyOf("java", "spring", "kafka");
        assertThat(transcript).anySatisfy(turn -> assertThat(turn.path("question_original_id").isNull()).isTrue());

        Map<String, Double> credits = server.callLedger().creditsByEndpoint();
        assertThat(credits).containsEntry(SandboxCallLedger.INTERVIEW_COMPLETED, 1.0);
    }

    @Test
    void outcomesFollowTheConfiguredShares() throws InterruptedException {
        server.close();
        server = SandboxServer.start(SandboxSettings.builder().fixedLatency(0).completionDelay(0, 50)
                .lateCompletionMillis(60_000).build(), stateDirectory);
        client = new SandboxClient(server.baseUrl());
        String interview = createInterview();
        Object[] users = new Object[400];
        for (int i = 0; i < users.length; i++) {
            users[i] = user("C" + i, "c" + i + "@example.com", "c-" + i);
        }
        register(interview, users);
        Thread.sleep(200);

        int completed = total("/merchant-result-list?tab=completed");
        int incomplete = total("/merchant-result-list?tab=incomplete");
        int all = total("/merchant-result-list?step=interview");

        assertThat(completed).isBetween(240, 320);
        assertThat(incomplete).isBetween(35, 85);
        assertThat(all - completed - incomplete).isBetween(35, 90);
    }

    @Test
    void pdfReportsAreServedBehindExpiringSignedUrls() throws Exception {
        String resultId = completedResult();

        Answer report = client.post("/job-interview-pdf", Map.of("export_type", "pdf", "interview_result_id",
                resultId, "store_file", true));
        String url = report.json().path("pdf_export_url").asString();
        Answer pdf = client.getUrl(url);
        Answer tampered = client.getUrl(url.replace("expires=", "expires=9"));

        CONTRACT.validateResponse("/job-interview-pdf", report.json());
        assertThat(url).startsWith(server.baseUrl() + "/storage/v1/object/sign/reports/" + resultId + ".pdf?token=");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw().headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.raw().body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SANDBOX REPORT").contains("Ann Example").contains("Transcript");
        }
        assertThat(tampered.status()).isEqualTo(403);

        Thread.sleep(3_100);
        Answer expired = client.getUrl(url);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json().path("error").asString()).isEqualTo("Signature has expired");
    }

    @Test
    void htmlAndJsonReportsAndTranslatedReportsCostAsTheVendorSays() {
        String resultId = completedResult();

        Answer html = client.post("/job-interview-pdf", Map.of("export_type", "html", "interview_result_id",
                resultId));
        Answer json = client.post("/job-interview-pdf", Map.of("export_type", "json", "interview_result_ids",
                List.of(resultId), "export_features_result", Map.of("mojito_language_code", "de")));

        assertThat(html.json().path("html_export").asString()).startsWith("<!doctype html>").contains("SANDBOX");
        assertThat(json.json().path("json_export").path("results").get(0).path("data").path("score").isNumber())
                .isTrue();
        assertThat(server.callLedger().creditsByEndpoint()).containsEntry("/job-interview-pdf", 0.1);
    }

    @Test
    void interviewTokensAreBareJsonStrings() {
        String interview = createInterview();
        register(interview, user("Ann", "ann@example.com", "c-1"));
        String profile = client.get("/merchant-candidate-list").json().path("data").get(0).path("id").asString();

        Answer answer = client.post("/job-interview-token", Map.of("type", "interview-for-profile",
                "interview_profile_id", profile, "interview_id", interview));
        Answer missing = client.post("/job-interview-token", Map.of("type", "interview-for-profile",
                "interview_id", interview));

        assertThat(answer.json().isString()).isTrue();
        assertThat(answer.json().asString()).startsWith(server.baseUrl() + "/interview/take/" + profile);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().path("name").asString()).isEqualTo("interview_profile_id");
    }

    @Test
    void anotherAttemptIsRefusedWhileTheInterviewRuns() throws InterruptedException {
        server.close();
        server = SandboxServer.start(testSettings().outcomeShares(0, 0, 0).completionDelay(0, 20)
                .lateCompletionMillis(60_000).build(), stateDirectory);
        client = new SandboxClient(server.baseUrl());
        String interview = createInterview();
        register(interview, user("Ann", "ann@example.com", "c-1"));
        Thread.sleep(100);

        Answer refused = client.post("/job-interview-result-request-another-attempt",
                Map.of("interview_result_id", firstResultId(interview)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("name").asString()).isEqualTo("interview_result_id");
    }

    @Test
    void anotherAttemptReopensASubmittedResult() {
        String resultId = completedResult();

        Answer granted = client.post("/job-interview-result-request-another-attempt",
                Map.of("interview_result_id", resultId));
        JsonNode details = client.get("/job-interview-details?interview_result_id=" + resultId).json();

        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.json().isEmpty()).isTrue();
        assertThat(details.path("status").asString()).isEqualTo("started");
    }

    @Test
    void createForCandidateScreensEnrolsAndRecognisesARepeat() {
        Map<String, Object> request = Map.of("candidate_name", "Ann", "candidate_email", "ann@example.com",
                "candidate_country_code", "NL", "candidate_resume", "Java Spring Kafka Docker SQL",
                "position_name", POSITION_TEXT, "position_location", "Remote", "position_country_code", "nl",
                "mojito_language_code", "en");

        Answer first = client.post(SandboxCallLedger.PRE_SCREEN_WITH_TOKEN, request);
        Answer repeat = client.post(SandboxCallLedger.PRE_SCREEN_WITH_TOKEN, Map.of("candidate_name", "Ann",
                "candidate_email", "ann@example.com", "candidate_country_code", "NL", "candidate_resume", "Java",
                "position_def_set_id", first.json().path("position_def_set_id").asString()));
        Map<String, Object> incomplete = new HashMap<>(request);
        incomplete.remove("position_location");

        assertThat(first.json().path("status").asString()).isEqualTo("ai_accept");
        assertThat(first.json().path("interview_url").asString()).contains("/interview/take/");
        assertThat(repeat.json().path("status").asString()).isEqualTo("already-applied");
        assertThat(repeat.json().path("interview_url").asString())
                .isEqualTo(first.json().path("interview_url").asString());
        assertThat(client.post(SandboxCallLedger.PRE_SCREEN_WITH_TOKEN, incomplete).json().path("name")
                .asString()).isEqualTo("position_location");
    }

    @Test
    void knowledgeBaseUploadsAcceptBase64AndRefuseUnauthenticatedCallersWith500() {
        Map<String, Object> upload = Map.of("knowledge_base_store_id", "store-1", "name", "faq.txt", "file",
                Base64.getEncoder().encodeToString("Questions".getBytes(StandardCharsets.UTF_8)));

        assertThat(client.post("/knowledge-base-document-upload", upload).json().path("knowledge_base_id")
                .asString()).isNotBlank();
        assertThat(client.post("/knowledge-base-document-upload", upload, null).status()).isEqualTo(500);
    }

    @Test
    void theCallLedgerCountsCallsAndCredits() {
        String position = createPosition(POSITION_TEXT);
        screen(position, "ann@example.com", "Java");
        screen(position, "bob@example.com", "Java");
        client.post("/job-interview-create", interviewRequest(), null);

        List<SandboxCall> calls = SandboxCallLedger.read(stateDirectory);

        assertThat(server.callLedger().countByEndpoint()).containsEntry("/pre-screening-create", 1L)
                .containsEntry(SandboxCallLedger.PRE_SCREEN_TEXT, 2L).containsEntry("/job-interview-create", 1L);
        assertThat(server.callLedger().totalCredits()).isEqualTo(0.5);
        assertThat(calls).filteredOn(call -> call.endpoint().equals(SandboxCallLedger.PRE_SCREEN_TEXT))
                .extracting(SandboxCall::email).containsExactly("ann@example.com", "bob@example.com");
        assertThat(calls).filteredOn(call -> call.status() == 401).hasSize(1);
    }

    @Test
    void injectedRateLimitsCarryRetryAfterAndDoNoWork() {
        server.close();
        server = SandboxServer.start(testSettings().rateLimitShare(1.0).retryAfterSeconds(3).build(),
                stateDirectory);
        client = new SandboxClient(server.baseUrl());

        Answer answer = client.post("/job-interview-create", interviewRequest());

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.raw().headers().firstValue("Retry-After")).hasValue("3");
        assertThat(SandboxCallLedger.read(stateDirectory)).extracting(SandboxCall::fault).containsExactly("429");
    }

    @Test
    void aDroppedConnectionStillDoesTheWork() {
        String position = createPosition(POSITION_TEXT);
        server.close();
        server = SandboxServer.start(testSettings().dropShare(1.0).build(), stateDirectory);
        client = new SandboxClient(server.baseUrl());

        assertThatThrownBy(() -> screen(position, "ann@example.com", "Java Spring"))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(server.callLedger().preScreensByEmail()).containsEntry("ann@example.com", 1L);
        assertThat(SandboxCallLedger.read(stateDirectory)).last().extracting(SandboxCall::fault).isEqualTo("drop");
    }

    @Test
    void perRowErrorsAreInjectedIntoBatches() {
        server.close();
        server = SandboxServer.start(testSettings().rowErrorShare(1.0).build(), stateDirectory);
        client = new SandboxClient(server.baseUrl());
        String interview = createInterview();

        Answer answer = register(interview, user("Ann", "ann@example.com", "c-1"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get(0).path("result").asString())
                .isEqualTo(CandidateEndpoints.TEMPORARY_ROW_ERROR);
        assertThat(server.callLedger().registrationsByEmail()).isEmpty();
    }

    @Test
    void sixtyFourSlowRequestsAreServedSideBySide() throws Exception {
        server.close();
        server = SandboxServer.start(testSettings().fixedLatency(200).build(), stateDirectory);
        client = new SandboxClient(server.baseUrl());
        ExecutorService callers = Executors.newFixedThreadPool(64);
        try {
            long started = System.nanoTime();
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(callers.submit(() -> client.get("/merchant-interview-list")));
            }
            for (Future<Answer> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(200);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(
                    Duration.ofSeconds(3));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void anInjectedTimeoutHoldsTheRequestThenClosesItWithoutAnAnswer() {
        String interview = createInterview();
        server.close();
        server = SandboxServer.start(testSettings().timeoutShare(1.0).timeoutMillis(300).build(), stateDirectory);
        client = new SandboxClient(server.baseUrl());

        assertThatThrownBy(() -> register(interview, user("Ann", "ann@example.com", "c-1")))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(server.callLedger().registrationsByEmail()).containsEntry("ann@example.com", 1L);
        assertThat(SandboxCallLedger.read(stateDirectory)).last().extracting(SandboxCall::fault)
                .isEqualTo("timeout");
    }

    private int total(String pathAndQuery) {
        return client.get(pathAndQuery).json().path("pagination").path("total").asInt();
    }

    private String completedResult() {
        String interview = createInterview();
        screen(createPosition(POSITION_TEXT), "ann@example.com", "Java Spring Kafka");
        register(interview, user("Ann Example", "ann@example.com", "c-1"));
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return firstResultId(interview);
    }

    private String firstResultId(String interview) {
        return client.get("/merchant-result-list?step=interview&interview_id=" + interview).json().path("data")
                .path(0).path("interview_result_id").asString(null);
    }

    private String createPosition(String text) {
        Answer answer = client.post("/pre-screening-create", Map.of("position_name", text, "position_location",
                "Remote", "position_country_code", "nl", "mojito_language_code", "en"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("created").asBoolean()).isTrue();
        return answer.json().path("position_def_set_id").asString();
    }

    private Answer screen(String position, String email, String resume) {
        return client.post(SandboxCallLedger.PRE_SCREEN_TEXT, Map.of("position_id", position, "candidate_name",
                "Candidate", "candidate_email", email, "candidate_resume", resume, "candidate_country_code", "NL"));
    }

    private Answer screenFile(String position, String email, String fileName, byte[] file) {
        String boundary = "sandbox-boundary-42";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"position_id", position}, {"candidate_name", "Candidate"},
                {"candidate_email", email}, {"form", "{\"education\":\"masters\"}"}}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0]
                    + "\"\r\n\r\n" + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.multipart(SandboxCallLedger.PRE_SCREEN_BINARY, boundary, body.toByteArray());
    }

    private String createInterview() {
        Answer answer = client.post("/job-interview-create", interviewRequest());
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().path("interview_def_set_id").asString();
    }

    private Answer register(String interview, Object... users) {
        return client.post(SandboxCallLedger.REGISTER, Map.of("interview_id", interview, "users", List.of(users),
                "send_email", false));
    }

    private static Map<String, String> user(String name, String email, String externalId) {
        return Map.of("name", name, "email", email, "external_id", externalId);
    }

    private static ObjectNode interviewRequest() {
        return JSON.createObjectNode()
                .put("name", "Backend developer")
                .put("location", "Remote")
                .put("interview_template_id", "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b")
                .put("mojito_language_code", "en")
                .put("status", "draft")
                .put("type", "interview")
                .put("visibility", "merchant_invite")
                .put("description", "Java, Spring and Kafka services");
    }

    private static byte[] pdfWithText(String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (text != null) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(50, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] docxWithText(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
