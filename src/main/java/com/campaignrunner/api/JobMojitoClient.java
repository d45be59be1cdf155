package com.campaignrunner.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client for every JobMojito endpoint. Methods, field names and answer shapes follow the vendor's
 * OpenAPI document. Every call passes the shared {@link CallGate} (concurrency and rate limit) and the one
 * retry policy: 429 and 503 are sent again after a backoff honouring {@code Retry-After}; a 500, timeout or
 * dropped connection is sent again only for calls that are safe to repeat, because the API has no idempotency
 * key and a repeated pre-screen or registration costs the customer credits.
 */
public class JobMojitoClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JobMojitoClient.class);

    private final ApiSettings settings;
    private final java.util.concurrent.ExecutorService httpThreads;
    private final HttpClient http;
    private final JsonMapper json;
    private final CallGate gate;
    private final MeterRegistry meters;
    private final Counter retries;
    private final Counter rateLimitWaits;

    public JobMojitoClient(ApiSettings settings, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters == null ? new SimpleMeterRegistry() : meters;
        this.httpThreads = Executors.newCachedThreadPool(daemonThreads());
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .executor(httpThreads)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.json = ApiJson.mapper();
        this.gate = new CallGate(settings.concurrency(), settings.callsPerSecond());
        this.retries = this.meters.counter("jobmojito.retries");
        this.rateLimitWaits = this.meters.counter("jobmojito.rate_limit.waits");
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "jobmojito-http");
            thread.setDaemon(true);
            return thread;
        };
    }

    public ApiSettings settings() {
        return settings;
    }

    // Pre-screening

    public PreScreeningPosition createPreScreeningPosition(PreScreeningPositionRequest request) {
        return postJson("/pre-screening-create", request, PreScreeningPosition.class, Repeat.ONLY_WHEN_NOT_RECEIVED);
    }

    public ScreeningAnswer screenResumeText(ResumeTextRequest request) {
        return postJson("/job-interview-pre-screening-api-resume-text", request, ScreeningAnswer.class,
                Repeat.ONLY_WHEN_NOT_RECEIVED);
    }

    public ScreeningAnswer screenResumeFile(ResumeFileRequest request) {
        String endpoint = "/job-interview-pre-screening-api-resume-binary";
        Multipart body = new Multipart()
                .text("position_id", request.positionId())
                .text("candidate_name", request.candidateName())
                .text("candidate_email", request.candidateEmail())
                .text("candidate_country_code", request.candidateCountryCode())
                .text("candidate_external_id", request.candidateExternalId())
                .text("candidate_linkedin_url", request.candidateLinkedinUrl())
                .file("file", request.file().getFileName().toString(), request.contentType(), read(request.file()));
        return call(endpoint, Repeat.ONLY_WHEN_NOT_RECEIVED, type(ScreeningAnswer.class), () -> authorised(endpoint)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + file.getFileName(), e);
        }
    }

    // Interviews

    public InterviewCreated createInterview(InterviewCreateRequest request) {
        return postJson("/job-interview-create", request, InterviewCreated.class, Repeat.ONLY_WHEN_NOT_RECEIVED);
    }

    public InterviewCreated createInterviewFromQuestions(InterviewFromQuestionsRequest request) {
        return postJson("/job-interview-create-from-array", request, InterviewCreated.class,
                Repeat.ONLY_WHEN_NOT_RECEIVED);
    }

    /** Pre-screens one candidate, enrols them when accepted and answers with their link; costs a pre-screen. */
    public CandidateInterview createInterviewForCandidate(CandidateInterviewRequest request) {
        return postJson("/job-interview-create-for-candidate-with-token", request, CandidateInterview.class,
                Repeat.ONLY_WHEN_NOT_RECEIVED);
    }

    public InterviewDefinition getInterview(String positionId) {
        return get("/job-interview-get", Map.of("position_id", positionId), type(InterviewDefinition.class));
    }

    public InterviewState setInterviewState(String positionId, String status) {
        return postJson("/job-interview-set-state", new InterviewStateRequest(positionId, status),
                InterviewState.class, Repeat.SAFE);
    }

    public Page<InterviewRow> listInterviews(InterviewListQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        putIfPresent(params, "type", query.type());
        putIfPresent(params, "status", query.status());
        putIfPresent(params, "filter_text", query.filterText());
        putPage(params, query.limit(), query.offset());
        return get("/merchant-interview-list", params,
                json.getTypeFactory().constructParametricType(Page.class, InterviewRow.class));
    }

    /** Uploads a document the AI may draw questions and context from; processed by the API later. */
    public KnowledgeDocument uploadKnowledgeDocument(KnowledgeDocumentRequest request) {
        String endpoint = "/knowledge-base-document-upload";
        Multipart body = new Multipart()
                .text("knowledge_base_store_id", request.knowledgeBaseStoreId())
                .text("name", request.name())
                .file("file", request.file().getFileName().toString(), request.contentType(),
                        read(request.file()));
        return call(endpoint, Repeat.ONLY_WHEN_NOT_RECEIVED, type(KnowledgeDocument.class), () -> authorised(endpoint)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** Mints a signed link; the answer is a bare JSON string. */
    public String interviewToken(InterviewTokenRequest request) {
        return postJson("/job-interview-token", request, String.class, Repeat.SAFE);
    }

    public List<RegistrationResult> registerUsers(RegisterUsersRequest request) {
        return call("/job-interview-register-users", Repeat.ONLY_WHEN_NOT_RECEIVED,
                json.getTypeFactory().constructCollectionType(List.class, RegistrationResult.class),
                () -> jsonPost("/job-interview-register-users", request));
    }

    /** Invites candidates by email (batch, a result per row, HTTP 200 even when rows fail). */
    public List<InvitationResult> inviteUsers(InviteUsersRequest request) {
        return call("/invite-users", Repeat.ONLY_WHEN_NOT_RECEIVED,
                json.getTypeFactory().constructCollectionType(List.class, InvitationResult.class),
                () -> jsonPost("/invite-users", request));
    }

    /** Re-opens a submitted result so the candidate can take the interview again; the API answers {@code {}}. */
    public void requestAnotherAttempt(String interviewResultId) {
        postJson("/job-interview-result-request-another-attempt", new AnotherAttemptRequest(interviewResultId),
                Map.class, Repeat.ONLY_WHEN_NOT_RECEIVED);
    }

    // Results

    public Page<ResultRow> listResults(ResultListQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        putIfPresent(params, "interview_id", query.interviewId());
        putIfPresent(params, "tab", query.tab());
        putIfPresent(params, "step", query.step());
        putIfPresent(params, "filter_text", query.filterText());
        putIfPresent(params, "order_by", query.orderBy());
        putPage(params, query.limit(), query.offset());
        return get("/merchant-result-list", params,
                json.getTypeFactory().constructParametricType(Page.class, ResultRow.class));
    }

    public Page<CandidateRow> listCandidates(String filterText, int limit, int offset) {
        Map<String, String> params = new LinkedHashMap<>();
        putIfPresent(params, "filter_text", filterText);
        putPage(params, limit, offset);
        return get("/merchant-candidate-list", params,
                json.getTypeFactory().constructParametricType(Page.class, CandidateRow.class));
    }

    /** Every result the query matches, page after page. */
    public List<ResultRow> allResults(ResultListQuery query) {
        return Pages.all(offset -> listResults(query.atOffset(offset)));
    }

    /** Every candidate whose name, email or external id contains {@code filterText} (all when null). */
    public List<CandidateRow> allCandidates(String filterText) {
        return Pages.all(offset -> listCandidates(filterText, Pages.MAX_LIMIT, offset));
    }

    public List<InterviewRow> allInterviews(InterviewListQuery query) {
        return Pages.all(offset -> listInterviews(new InterviewListQuery(query.type(), query.status(),
                query.filterText(), query.limit(), offset)));
    }

    public InterviewDetails getInterviewDetails(String interviewResultId) {
        return get("/job-interview-details", detailsQuery(interviewResultId), type(InterviewDetails.class));
    }

    /** The whole details answer as JSON text, for the transcript file of the bundle. */
    public String getInterviewDetailsJson(String interviewResultId) {
        Object tree = get("/job-interview-details", detailsQuery(interviewResultId), type(Object.class));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    private static Map<String, String> detailsQuery(String interviewResultId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("interview_result_id", interviewResultId);
        params.put("get_signed_recordings", "false");
        return params;
    }

    public ReportLink createPdfReport(String interviewResultId) {
        return postJson("/job-interview-pdf", ReportRequest.pdf(interviewResultId), ReportLink.class, Repeat.SAFE);
    }

    /** A report as PDF link, HTML or JSON. Not repeated on doubt: a translated report costs credits. */
    public Report report(ReportRequest request) {
        Repeat repeat = request.exportFeaturesResult() == null ? Repeat.SAFE : Repeat.ONLY_WHEN_NOT_RECEIVED;
        return postJson("/job-interview-pdf", request, Report.class, repeat);
    }

    /** Fetches a signed URL. The bearer token is not sent: the URL carries its own signature. */
    public byte[] download(String signedUrl) {
        String endpoint = "signed-url-download";
        return call(endpoint, Repeat.SAFE, null, () -> HttpRequest.newBuilder(URI.create(signedUrl))
                .timeout(settings.timeout())
                .GET());
    }

    public <T> T mapper(String text, Class<T> type) {
        return json.readValue(text, type);
    }

    // Plumbing

    private enum Repeat {
        /** Reading, or setting a state to a fixed value: sending twice changes nothing. */
        SAFE,
        /** Costs credits or creates something: repeat only when the API surely did not receive it. */
        ONLY_WHEN_NOT_RECEIVED
    }

    private <T> T postJson(String endpoint, Object body, Class<T> answer, Repeat repeat) {
        return call(endpoint, repeat, type(answer), () -> jsonPost(endpoint, body));
    }

    private HttpRequest.Builder jsonPost(String endpoint, Object body) {
        return authorised(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    }

    private <T> T get(String endpoint, Map<String, String> params, JavaType answer) {
        StringJoiner query = new StringJoiner("&", "?", "");
        params.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return call(endpoint, Repeat.SAFE, answer, () -> authorised(endpoint + query).GET());
    }

    private HttpRequest.Builder authorised(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + pathAndQuery))
                .timeout(settings.timeout())
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + settings.token());
    }

    private JavaType type(Class<?> type) {
        return json.getTypeFactory().constructType(type);
    }

    /** The list endpoints take {@code limit} 1 to 1000 and {@code offset} from 0. */
    private static void putPage(Map<String, String> params, int limit, int offset) {
        if (limit < 1 || limit > Pages.MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be 1 to " + Pages.MAX_LIMIT + " and offset at least 0, "
                    + "got limit " + limit + " and offset " + offset);
        }
        params.put("limit", Integer.toString(limit));
        params.put("offset", Integer.toString(offset));
    }

    private static void putIfPresent(Map<String, String> params, String name, String value) {
        if (value != null && !value.isEmpty()) {
            params.put(name, value);
        }
    }

    /** Sends with the shared gate and retry policy. A null answer type returns the raw bytes. */
    @SuppressWarnings("unchecked")
    private <T> T call(String endpoint, Repeat repeat, JavaType answer,
            java.util.function.Supplier<HttpRequest.Builder> request) {
        ApiSettings.RetrySettings policy = settings.retries();
        int attempt = 1;
        while (true) {
            try {
                HttpResponse<byte[]> response = send(endpoint, request.get().build());
                return answer == null ? (T) response.body() : (T) parse(endpoint, response, answer);
            } catch (ApiException e) {
                boolean repeatable = e.failure().retryable()
                        && (repeat == Repeat.SAFE || e.failure() != ApiFailure.IN_DOUBT);
                if (!repeatable || attempt >= policy.maxAttempts()) {
                    throw e;
                }
                Duration wait = backoff(policy, attempt, e.retryAfter());
                log.debug("{} failed ({}), attempt {} of {}, next in {} ms", endpoint, e.failure(), attempt,
                        policy.maxAttempts(), wait.toMillis());
                retries.increment();
                sleep(wait);
                attempt++;
            }
        }
    }

    private HttpResponse<byte[]> send(String endpoint, HttpRequest request) {
        long waited;
        try {
            waited = gate.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiFailure.UNAVAILABLE, endpoint, 0, "interrupted before sending", null, null, e);
        }
        if (waited > 1_000_000) {
            rateLimitWaits.increment();
        }
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            outcome = Integer.toString(response.statusCode());
            if (response.statusCode() / 100 != 2) {
                throw failure(endpoint, response);
            }
            return response;
        } catch (HttpConnectTimeoutException | ConnectException e) {
            outcome = "unreachable";
            throw new ApiException(ApiFailure.UNAVAILABLE, endpoint, 0, "cannot connect to " + host(), null, null,
                    e);
        } catch (HttpTimeoutException e) {
            outcome = "timeout";
            throw new ApiException(ApiFailure.IN_DOUBT, endpoint, 0,
                    "no answer within " + settings.timeout().toSeconds() + " s", null, null, e);
        } catch (IOException e) {
            outcome = "connection-lost";
            throw new ApiException(ApiFailure.IN_DOUBT, endpoint, 0, "connection lost: " + e.getClass()
                    .getSimpleName(), null, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = "interrupted";
            throw new ApiException(ApiFailure.IN_DOUBT, endpoint, 0, "interrupted while waiting for the answer",
                    null, null, e);
        } finally {
            gate.leave();
            sample.stop(meters.timer("jobmojito.calls", "endpoint", endpoint, "outcome", outcome));
        }
    }

    private String host() {
        return URI.create(settings.baseUrl()).getAuthority();
    }

    private ApiException failure(String endpoint, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String message = "HTTP " + status;
        String field = null;
        try {
            Map<String, Object> envelope = json.readValue(response.body(), new TypeReference<>() {
            });
            if (envelope.get("error") instanceof String error) {
                message = error;
            }
            if (envelope.get("name") instanceof String name) {
                field = name;
            }
        } catch (JacksonException | IllegalArgumentException e) {
            // Not the documented envelope (a proxy's HTML page, for example): the status says enough.
        }
        Duration retryAfter = response.headers().firstValue("Retry-After").map(JobMojitoClient::seconds)
                .orElse(null);
        return new ApiException(ApiFailure.ofStatus(status), endpoint, status, redact(message), field, retryAfter,
                null);
    }

    private String redact(String message) {
        String token = settings.token();
        return token == null || token.isBlank() ? message : message.replace(token, "(token)");
    }

    private static Duration seconds(String header) {
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Object parse(String endpoint, HttpResponse<byte[]> response, JavaType answer) {
        try {
            return json.readValue(response.body(), answer);
        } catch (JacksonException e) {
            throw new ApiException(ApiFailure.UNEXPECTED, endpoint, response.statusCode(),
                    "answer does not match the contract: " + e.getOriginalMessage(), null, null, null);
        }
    }

    static Duration backoff(ApiSettings.RetrySettings policy, int attempt, Duration retryAfter) {
        double exponential = policy.initialDelay().toMillis() * Math.pow(policy.multiplier(), attempt - 1);
        long capped = (long) Math.min(exponential, policy.maxDelay().toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        long floor = retryAfter == null ? 0 : retryAfter.toMillis();
        return Duration.ofMillis(Math.max(jittered, floor));
    }

    private static void sleep(Duration wait) {
        try {
            TimeUnit.MILLISECONDS.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiFailure.UNAVAILABLE, "retry", 0, "interrupted while waiting to retry", null,
                    null, e);
        }
    }

    @Override
    public void close() {
        httpThreads.shutdownNow();
    }
}
