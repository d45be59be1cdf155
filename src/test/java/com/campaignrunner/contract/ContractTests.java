package com.campaignrunner.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.campaignrunner.api.ApiException;
import com.campaignrunner.api.ApiFailure;
import com.campaignrunner.api.ApiSettings;
import com.campaignrunner.api.CandidateInterview;
import com.campaignrunner.api.CandidateInterviewRequest;
import com.campaignrunner.api.CandidateRow;
import com.campaignrunner.api.InterviewCreateRequest;
import com.campaignrunner.api.InterviewCreated;
import com.campaignrunner.api.InterviewDetails;
import com.campaignrunner.api.InterviewFromQuestionsRequest;
import com.campaignrunner.api.InterviewListQuery;
import com.campaignrunner.api.InterviewRow;
import com.campaignrunner.api.InterviewTokenRequest;
import com.campaignrunner.api.InvitationResult;
import com.campaignrunner.api.InviteUsersRequest;
import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.api.KnowledgeDocument;
import com.campaignrunner.api.KnowledgeDocumentRequest;
import com.campaignrunner.api.Pages;
import com.campaignrunner.api.PreScreeningPosition;
import com.campaignrunner.api.PreScreeningPositionRequest;
import com.campaignrunner.api.RegisterUsersRequest;
import com.campaignrunner.api.RegistrationResult;
import com.campaignrunner.api.Report;
import com.campaignrunner.api.ReportLink;
import com.campaignrunner.api.ReportRequest;
import com.campaignrunner.api.ResultListQuery;
import com.campaignrunner.api.ResultRow;
import com.campaignrunner.api.ResumeFileRequest;
import com.campaignrunner.api.ResumeTextRequest;
import com.campaignrunner.api.ScreeningAnswer;
import com.campaignrunner.sandbox.SandboxServer;
import com.campaignrunner.sandbox.SandboxSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every request the client sends and every answer the sandbox gives, on every path of the contract, checked
 * against the vendor's JSON Schemas as they went over the wire.
 */
class ContractTests {

    private static final String TOKEN = "contract-token";
    private static final String FORBIDDEN = "forbidden-token";
    private static final String TEMPLATE = "7c4f2a9e-3b1d-4e8f-9a6c-2d5b8e1f0a37";
    private static final String STORE = "2b1e9c44-5d6f-4a7b-8c9d-0e1f2a3b4c5d";
    private static final Path RESUMES = Path.of("sample-data", "resumes");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    private VendorContract contract;
    private SandboxServer sandbox;
    private RecordingProxy proxy;
    private JobMojitoClient client;

    @BeforeEach
    void start() throws IOException {
        contract = VendorContract.loadOrSkip();
        sandbox = SandboxServer.start(SandboxSettings.builder().fixedLatency(0).outcomeShares(1.0, 0, 0)
                .completionDelay(100, 200).lateCompletionMillis(200).forbiddenToken(FORBIDDEN).build(),
                work.resolve("sandbox"));
        proxy = new RecordingProxy(sandbox.baseUrl());
        client = new JobMojitoClient(new ApiSettings(proxy.baseUrl(), TOKEN, 4, 0,
                new ApiSettings.RetrySettings(1, Duration.ofMillis(10), Duration.ofMillis(10), 1.0),
                Duration.ofSeconds(20)), null);
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
            proxy.close();
            sandbox.close();
        }
    }

    @Test
    void everyClientMethodSendsWhatTheContractDescribesAndTheSandboxAnswersInKind() throws Exception {
        PreScreeningPosition position = client.createPreScreeningPosition(new PreScreeningPositionRequest(
                "Backend Engineer", "Remote", "GB", "Java, Spring, PostgreSQL, Kafka, Docker and AWS.", null, "en",
                "resume", "active"));
        String positionId = position.positionDefSetId();
        ScreeningAnswer byText = client.screenResumeText(new ResumeTextRequest(positionId, "Emily Clarke",
                "emily.clarke@example.com", "GB", Files.readString(RESUMES.resolve("emily_clarke.txt")),
                "cr-contract-1", null));
        ScreeningAnswer byFile = client.screenResumeFile(new ResumeFileRequest(positionId, "Anna Kowalska",
                "anna.kowalska@example.com", "PL", "cr-contract-2", null, RESUMES.resolve("anna_kowalska.pdf"),
                "application/pdf"));
        ScreeningAnswer again = client.screenResumeText(new ResumeTextRequest(positionId, "Emily Clarke",
                "emily.clarke@example.com", "GB", "Java", "cr-contract-1", null));

        Path handbook = Files.writeString(work.resolve("handbook.txt"), "How we run payments on call.");
        KnowledgeDocument document = client.uploadKnowledgeDocument(new KnowledgeDocumentRequest(STORE,
                "handbook.txt", handbook, "text/plain"));
        uploadAsBase64Json();
        InterviewCreated interview = client.createInterview(new InterviewCreateRequest("Backend Engineer",
                "Remote", TEMPLATE, "en", "draft", "interview", "merchant_invite", "pre-screening",
                "Payments in Java", null, 1200.0, STORE));
        String interviewId = interview.interviewDefSetId();
        InterviewCreated fromQuestions = client.createInterviewFromQuestions(new InterviewFromQuestionsRequest(
                "Support Engineer", "Remote", TEMPLATE, "en", "Helps customers with payments.", "draft",
                "interview", "merchant_invite", List.of(
                        new InterviewFromQuestionsRequest.Question("Tell us about an outage you handled.", "q1",
                                null),
                        new InterviewFromQuestionsRequest.Question("How do you explain a fix?", "q2", 120.0)),
                null, null));
        CandidateInterview perCandidate = client.createInterviewForCandidate(new CandidateInterviewRequest(
                positionId, null, "en", "Grace Lee", "grace.lee@example.com", "GB",
                Files.readString(RESUMES.resolve("grace_lee.txt")), "cr-contract-3", null, null));
        client.getInterview(interviewId);
        client.setInterviewState(interviewId, "active");

        List<RegistrationResult> registered = client.registerUsers(new RegisterUsersRequest(List.of(
                new RegisterUsersRequest.User("Emily Clarke", "emily.clarke@example.com", "cr-contract-1"),
                new RegisterUsersRequest.User("Nobody", "not-an-email", null)), interviewId, false));
        List<InvitationResult> invited = client.inviteUsers(new InviteUsersRequest(List.of(
                InviteUsersRequest.Invitee.candidate("anna.kowalska@example.com", "Anna Kowalska", interviewId)),
                null, "en", null));
        List<InterviewRow> interviews = client.allInterviews(new InterviewListQuery("interview", null, null, 1, 0));
        List<CandidateRow> candidates = Pages.all(offset -> client.listCandidates(null, 1, offset));

        ResultRow emily = completedResult(interviewId, "emily.clarke@example.com");
        InterviewDetails details = client.getInterviewDetails(emily.interviewResultId());
        client.getInterviewDetailsJson(emily.interviewResultId());
        ReportLink pdf = client.createPdfReport(emily.interviewResultId());
        byte[] pdfBytes = client.download(pdf.pdfExportUrl());
        Report html = client.report(ReportRequest.of("html", emily.interviewResultId(), null));
        Report translated = client.report(ReportRequest.of("json", emily.interviewResultId(), "de"));
        String profileId = candidates.stream().filter(c -> c.email().equals("emily.clarke@example.com"))
                .findFirst().orElseThrow().id();
        String link = client.interviewToken(new InterviewTokenRequest("interview-for-profile", profileId,
                interviewId, null));
        client.interviewToken(new InterviewTokenRequest("interview-result-candidate", null, null,
                emily.interviewResultId()));
        client.interviewToken(new InterviewTokenRequest("interview-results-for-position", null, interviewId, null));
        client.requestAnotherAttempt(emily.interviewResultId());
        List<ResultRow> preScreens = client.allResults(new ResultListQuery(null, null, "pre-screening", null, null,
                1, 0));

        assertThat(byText.screened()).isTrue();
        assertThat(byFile.screened()).isTrue();
        assertThat(again.screened()).isFalse();
        assertThat(again.message()).isNotBlank();
        assertThat(document.knowledgeBaseId()).isNotBlank();
        assertThat(fromQuestions.interviewDefSetId()).isNotBlank();
        assertThat(perCandidate.status()).isNotBlank();
        assertThat(perCandidate.interviewUrl()).startsWith("http://127.0.0.1:");
        assertThat(registered).extracting(RegistrationResult::ok).containsExactly(true, false);
        assertThat(registered.get(1).result()).startsWith("Error: ");
        assertThat(invited).extracting(InvitationResult::result).containsExactly("Invited");
        assertThat(interviews).hasSizeGreaterThanOrEqualTo(3);
        assertThat(candidates).hasSize(3);
        assertThat(details.transcript()).isNotEmpty();
        assertThat(new String(pdfBytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(html.htmlExport()).contains("<html");
        assertThat(translated.jsonExport()).containsKey("results");
        assertThat(link).startsWith("http://127.0.0.1:");
        assertThat(preScreens).hasSize(3).allSatisfy(row -> {
            assertThat(row.positionStep()).isEqualTo("pre-screening");
            assertThat(row.decisionStatus()).isIn("accepted", "recruiter_action", "rejected");
        });

        Set<String> exercised = new TreeSet<>();
        List<String> problems = problems(proxy.exchanges(), exercised);
        assertThat(problems).isEmpty();
        assertThat(exercised).containsExactlyElementsOf(contract.paths());
    }

    /** Every exchange checked against the contract; the paths it describes that were used go to {@code used}. */
    private List<String> problems(List<RecordingProxy.Exchange> exchanges, Set<String> used) {
        List<String> problems = new ArrayList<>();
        for (RecordingProxy.Exchange exchange : exchanges) {
            if (contract.paths().contains(exchange.path())) {
                used.add(exchange.path());
                problems.addAll(requestProblems(exchange));
                problems.addAll(answerProblems(exchange));
            } else if (!exchange.path().startsWith("/storage/")) {
                // Only the signed report links live outside the contract; any other path is a client mistake.
                problems.add(exchange.path() + ": the client called a path the contract does not describe");
            }
        }
        return problems;
    }

    @Test
    void aCallToAPathTheContractLacksFailsTheCheck() {
        RecordingProxy.Exchange invented = new RecordingProxy.Exchange("POST", "/job-interview-delete", null,
                "application/json", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), 404,
                "application/json", "{\"error\":\"Not found\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(problems(List.of(invented), new TreeSet<>()))
                .containsExactly("/job-interview-delete: the client called a path the contract does not describe");
    }

    @Test
    void everyEndpointAnswersStrangersAndForbiddenCallersWithAStatusTheContractDeclares() {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : contract.paths()) {
            send(http, path, null);
            send(http, path, FORBIDDEN);
        }

        List<String> problems = new ArrayList<>();
        for (RecordingProxy.Exchange exchange : proxy.exchanges()) {
            problems.addAll(answerProblems(exchange));
        }
        assertThat(proxy.exchanges()).hasSize(contract.paths().size() * 2);
        assertThat(problems).isEmpty();
    }

    @Test
    void aRequestWithoutItsRequiredFieldsIsAnswered422NamingOneOfThem() {
        HttpClient http = HttpClient.newHttpClient();
        List<String> paths = contract.paths().stream().filter(path -> !contract.required(path).isEmpty()).toList();
        for (String path : paths) {
            send(http, path, TOKEN);
        }

        for (RecordingProxy.Exchange exchange : proxy.exchanges()) {
            assertThat(exchange.status()).as(exchange.path()).isEqualTo(422);
            assertThat(JSON.readTree(exchange.answerBody()).path("name").asString()).as(exchange.path())
                    .isIn(contract.required(exchange.path()));
            assertThat(answerProblems(exchange)).isEmpty();
        }
        assertThat(proxy.exchanges()).hasSize(paths.size());
    }

    @Test
    void theSandboxChecksRequestsAgainstTheVendorsOwnSchemas() throws IOException {
        JsonNode copy;
        try (var in = SandboxServer.class.getResourceAsStream("jobmojito-contract.json")) {
            copy = JSON.readTree(in);
        }

        for (String path : contract.paths()) {
            assertThat(withoutProse(VendorContract.allowNulls(copy.path(path).path("request").deepCopy())))
                    .as(path).isEqualTo(withoutProse(contract.request(path)));
        }
    }

    private static JsonNode withoutProse(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("description", "example", "examples", "title", "default"));
            object.forEach(ContractTests::withoutProse);
        } else if (node.isArray()) {
            node.forEach(ContractTests::withoutProse);
        }
        return node;
    }

    @Test
    void theErrorEnvelopeReachesTheCallerWithTheFieldItNames() {
        ApiException invalid = catchThrowableOfType(ApiException.class, () -> client.createInterview(
                new InterviewCreateRequest("Backend Engineer", "Remote", "not-a-uuid", "en", "draft", "interview",
                        "merchant_invite", null, null, null, null, null)));
        ApiException unknownInterview = catchThrowableOfType(ApiException.class, () ->
                client.setInterviewState("0b6f3c1e-0000-4000-8000-000000000000", "completed"));
        ApiException unknownResult = catchThrowableOfType(ApiException.class, () ->
                client.requestAnotherAttempt("0b6f3c1e-0000-4000-8000-000000000000"));

        assertThat(invalid.failure()).isEqualTo(ApiFailure.INVALID_REQUEST);
        assertThat(invalid.field()).isEqualTo("interview_template_id");
        assertThat(invalid.getMessage()).contains("422").contains("interview_template_id");
        // The contract answers an unknown interview here with 500, like an authorisation failure: in doubt.
        assertThat(unknownInterview.failure()).isEqualTo(ApiFailure.IN_DOUBT);
        assertThat(unknownResult.failure()).isEqualTo(ApiFailure.INVALID_REQUEST);
        assertThat(unknownResult.field()).isEqualTo("interview_result_id");
        List<String> problems = new ArrayList<>();
        proxy.exchanges().forEach(exchange -> problems.addAll(answerProblems(exchange)));
        assertThat(problems).isEmpty();
    }

    private ResultRow completedResult(String interviewId, String email) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<ResultRow> rows = client.allResults(new ResultListQuery(interviewId, "completed", "interview", null,
                    "updated_at_newest", 1000, 0));
            for (ResultRow row : rows) {
                if (email.equals(row.candidateEmail())) {
                    return row;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The interview of " + email + " did not complete");
    }

    private void uploadAsBase64Json() {
        ObjectNode body = JSON.createObjectNode().put("knowledge_base_store_id", STORE).put("name", "faq.txt")
                .put("file", Base64.getEncoder().encodeToString("Questions we hear".getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/knowledge-base-document-upload"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        try {
            assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
                    .isEqualTo(200);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private void send(HttpClient http, String path, String token) {
        boolean get = contract.method(path).equals("GET");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(proxy.baseUrl() + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (get) {
            request.GET();
        } else if (path.equals("/job-interview-pre-screening-api-resume-binary")) {
            request.header("Content-Type", "multipart/form-data; boundary=empty")
                    .POST(HttpRequest.BodyPublishers.ofString("--empty--\r\n"));
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        }
        try {
            http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(path + " did not answer", e);
        }
    }

    private List<String> requestProblems(RecordingProxy.Exchange exchange) {
        String path = exchange.path();
        List<String> problems = new ArrayList<>();
        if (!exchange.method().equals(contract.method(path))) {
            problems.add(path + " was called with " + exchange.method() + ", the contract says "
                    + contract.method(path));
        }
        String type = exchange.contentType() == null ? "" : exchange.contentType();
        List<String> found;
        if (exchange.method().equals("GET")) {
            found = contract.requestProblems(path, query(path, exchange.rawQuery()));
        } else if (type.startsWith("multipart/form-data")) {
            found = contract.requestProblems(path, multipartFields(type, exchange.requestBody()));
        } else if (path.equals("/knowledge-base-document-upload")) {
            found = contract.alternativeRequestProblems(path, JSON.readTree(exchange.requestBody()));
        } else {
            found = contract.requestProblems(path, JSON.readTree(exchange.requestBody()));
        }
        found.forEach(problem -> problems.add("request to " + path + ": " + problem));
        return problems;
    }

    private List<String> answerProblems(RecordingProxy.Exchange exchange) {
        if (!contract.paths().contains(exchange.path())) {
            return List.of();
        }
        if (!exchange.answerType().startsWith("application/json")) {
            return List.of("answer of " + exchange.path() + " is " + exchange.answerType() + ", not JSON");
        }
        JsonNode answer = JSON.readTree(exchange.answerBody());
        return contract.responseProblems(exchange.path(), exchange.status(), answer).stream()
                .map(problem -> exchange.status() + " answer of " + exchange.path() + ": " + problem).toList();
    }

    private ObjectNode query(String path, String rawQuery) {
        ObjectNode query = JSON.createObjectNode();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            switch (contract.queryType(path, name)) {
                case "integer" -> query.put(name, Long.parseLong(value));
                case "number" -> query.put(name, Double.parseDouble(value));
                default -> query.put(name, value);
            }
        }
        return query;
    }

    /** The parts of a multipart body by name; a file part stands as a string, as the schema describes it. */
    private static ObjectNode multipartFields(String contentType, byte[] body) {
        Matcher boundary = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType);
        assertThat(boundary.find()).isTrue();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        ObjectNode fields = JSON.createObjectNode();
        for (String part : text.split("--" + Pattern.quote(boundary.group(1)))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headersEnd);
            Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
            if (!name.find()) {
                continue;
            }
            String value = part.substring(headersEnd + 4, part.length() - 2);
            fields.put(name.group(1), headers.contains("filename=") ? "(binary)"
                    : new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
