package com.campaignrunner.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local imitation of the JobMojito API on 127.0.0.1: the vendor's paths, fields, validation, status codes and
 * quirks, with state kept on disk, pretend AI, interviews that end over time, signed PDF reports, injected
 * faults and a ledger of every call received.
 *
 * <p>Each request goes through the same steps: the configured pause, then a possible injected 429, 500 or 503
 * (nothing done), then authentication, then the endpoint, then a possible injected timeout or dropped connection
 * (work done, answer lost, the case a client must recover from without sending twice).
 */
public final class SandboxServer implements AutoCloseable {

    /** The one merchant the sandbox serves. */
    static final String MERCHANT_ID = "5a4db0c5-0000-4000-8000-000000000001";

    private static final Logger log = LoggerFactory.getLogger(SandboxServer.class);
    private static final int THREADS = 96;
    private static final int QUEUED_REQUESTS = 10_000;
    private static final String MISSING_AUTH = "Missing or invalid authentication.";

    private enum Fault {
        RATE_LIMITED("429"), SERVER_ERROR("500"), UNAVAILABLE("503"), TIMEOUT("timeout"), DROP("drop");

        private final String label;

        Fault(String label) {
            this.label = label;
        }
    }

    @FunctionalInterface
    private interface Handler {
        SandboxResponse handle(SandboxRequest request);
    }

    /**
     * @param ai whether the real API answers it with a language model, which sets the pause
     * @param unauthenticatedStatus what the vendor answers a caller without a valid token
     * @param forbiddenStatus what the vendor answers a caller who may not do this
     */
    private record Route(Set<String> methods, boolean ai, int unauthenticatedStatus, int forbiddenStatus,
            Handler handler) {
    }

    private final SandboxSettings settings;
    private final SandboxContext context;
    private final SandboxCallLedger ledger;
    private final HttpServer http;
    private final ThreadPoolExecutor executor;
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final ResultEndpoints resultEndpoints;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final WebhookSender webhooks;

    private SandboxServer(SandboxSettings settings, Path stateDirectory) throws IOException {
        this.settings = settings;
        Files.createDirectories(stateDirectory);
        JsonMapper json = JsonMapper.builder().build();
        InterviewFates fates = new InterviewFates(settings);
        SandboxState state = new SandboxState(stateDirectory, json, fates);
        this.context = new SandboxContext(settings, json, ContractValidator.load(json), state, fates,
                new ReportLinks(stateDirectory));
        this.ledger = new SandboxCallLedger(stateDirectory);

        Enrolment enrolment = new Enrolment(context);
        ScreeningEndpoints screening = new ScreeningEndpoints(context, enrolment);
        InterviewEndpoints interviews = new InterviewEndpoints(context, enrolment);
        CandidateEndpoints candidates = new CandidateEndpoints(context, enrolment);
        this.resultEndpoints = new ResultEndpoints(context);

        post("/pre-screening-create", true, 401, 500, screening::createPosition);
        post(SandboxCallLedger.PRE_SCREEN_TEXT, true, 401, 403, screening::screenText);
        post(SandboxCallLedger.PRE_SCREEN_BINARY, true, 401, 403, screening::screenFile);
        post(SandboxCallLedger.PRE_SCREEN_WITH_TOKEN, true, 401, 500, screening::createForCandidate);
        post("/job-interview-create", true, 401, 500, interviews::create);
        post("/job-interview-create-from-array", true, 401, 500, interviews::createFromQuestions);
        // Where the contract declares no 403, a caller who may not see a resource gets what it does declare.
        routes.put("/job-interview-get", new Route(Set.of("GET", "POST"), false, 401, 404, interviews::get));
        post("/job-interview-set-state", false, 401, 500, interviews::setState);
        post("/job-interview-token", false, 401, 403, interviews::token);
        post(SandboxCallLedger.REGISTER, false, 401, 403, candidates::register);
        post(SandboxCallLedger.INVITE, false, 422, 403, candidates::invite);
        post("/job-interview-result-request-another-attempt", false, 401, 500, candidates::anotherAttempt);
        routes.put("/job-interview-details",
                new Route(Set.of("GET", "POST"), false, 401, 404, resultEndpoints::details));
        post("/job-interview-pdf", true, 401, 500, resultEndpoints::report);
        post("/knowledge-base-document-upload", false, 500, 500, interviews::uploadKnowledgeDocument);
        get("/merchant-result-list", candidates::results);
        get("/merchant-candidate-list", candidates::candidates);
        get("/merchant-interview-list", interviews::list);

        sendSmallAnswersAtOnce();
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 128);
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(QUEUED_REQUESTS), namedThreads());
        executor.allowCoreThreadTimeOut(true);
        http.setExecutor(executor);
        http.createContext("/", this::serve);
        context.baseUrl("http://127.0.0.1:" + http.getAddress().getPort());
        this.webhooks = settings.webhookUrl() == null ? null : new WebhookSender(settings, context);
    }

    /** Starts the sandbox; its state lives in and is reloaded from {@code stateDirectory}. */
    public static SandboxServer start(SandboxSettings settings, Path stateDirectory) {
        try {
            SandboxServer server = new SandboxServer(settings, stateDirectory);
            server.http.start();
            if (server.webhooks != null) {
                server.webhooks.start();
            }
            log.info("JobMojito sandbox listening on {} with {}", server.baseUrl(), settings);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the JobMojito sandbox", e);
        }
    }

    /** For example {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String baseUrl() {
        return context.baseUrl();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public SandboxCallLedger callLedger() {
        return ledger;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (webhooks != null) {
            webhooks.close();
        }
        http.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Some sandbox requests were still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        settleCompletions();
        ledger.close();
        context.state.close();
    }

    private void post(String path, boolean ai, int unauthenticated, int forbidden, Handler handler) {
        routes.put(path, new Route(Set.of("POST"), ai, unauthenticated, forbidden, handler));
    }

    private void get(String path, Handler handler) {
        routes.put(path, new Route(Set.of("GET"), false, 401, 403, handler));
    }

    private void serve(HttpExchange exchange) {
        try (exchange) {
            SandboxRequest request = readRequest(exchange);
            settleCompletions();
            handle(exchange, request);
        } catch (IOException | UncheckedIOException e) {
            log.debug("Sandbox exchange ended early: {}", e.toString());
        } catch (RuntimeException e) {
            log.error("Sandbox failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
        }
    }

    private void handle(HttpExchange exchange, SandboxRequest request) throws IOException {
        String path = request.path();
        if (path.startsWith(ReportLinks.PATH_PREFIX) || path.startsWith("/interview/")) {
            handleUnauthenticated(exchange, request);
            return;
        }
        Route route = routes.get(path);
        if (route == null) {
            respond(exchange, request, SandboxResponse.error(context.json, 404, "Not found", null), null);
            return;
        }
        if (!route.methods().contains(request.method())) {
            SandboxResponse refused = SandboxResponse.error(context.json, 405, "Method not allowed.", null)
                    .withHeader("Allow", String.join(", ", route.methods()));
            respond(exchange, request, refused, null);
            return;
        }
        pause(route.ai() ? settings.aiLatencyMinMillis() : settings.latencyMinMillis(),
                route.ai() ? settings.aiLatencyMaxMillis() : settings.latencyMaxMillis());

        Fault fault = drawFault();
        if (fault == Fault.RATE_LIMITED || fault == Fault.SERVER_ERROR || fault == Fault.UNAVAILABLE) {
            respond(exchange, request, injectedError(fault), fault);
            return;
        }
        SandboxResponse response = authenticateAndRun(route, exchange, request);
        respond(exchange, request, response, fault);
    }

    private void handleUnauthenticated(HttpExchange exchange, SandboxRequest request) throws IOException {
        if (!request.method().equals("GET")) {
            respond(exchange, request, SandboxResponse.error(context.json, 405, "Method not allowed.", null), null);
            return;
        }
        pause(settings.latencyMinMillis(), settings.latencyMaxMillis());
        boolean download = request.path().startsWith(ReportLinks.PATH_PREFIX);
        Fault fault = download && settings.faultsOnDownloads() ? drawFault() : null;
        if (fault == Fault.RATE_LIMITED || fault == Fault.SERVER_ERROR || fault == Fault.UNAVAILABLE) {
            respond(exchange, request, injectedError(fault), fault);
            return;
        }
        SandboxResponse response = run(download ? resultEndpoints::download : resultEndpoints::interviewPage,
                request);
        respond(exchange, request, response, fault);
    }

    private SandboxResponse authenticateAndRun(Route route, HttpExchange exchange, SandboxRequest request) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = bearerToken(authorization);
        if (token == null || settings.acceptedToken() != null && !settings.acceptedToken().equals(token)) {
            return SandboxResponse.error(context.json, route.unauthenticatedStatus(), MISSING_AUTH, null);
        }
        if (token.equals(settings.forbiddenToken())) {
            return SandboxResponse.error(context.json, route.forbiddenStatus(), "Not permitted.", null);
        }
        return run(route.handler(), request);
    }

    private SandboxResponse run(Handler handler, SandboxRequest request) {
        try {
            return handler.handle(request);
        } catch (ApiError refused) {
            return SandboxResponse.error(context.json, refused.status(), refused.getMessage(), refused.field());
        } catch (RuntimeException e) {
            log.error("Sandbox endpoint {} failed", request.path(), e);
            return SandboxResponse.error(context.json, 500, "Internal sandbox error.", null);
        }
    }

    private static String bearerToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        String trimmed = authorization.trim();
        if (trimmed.length() < 7 || !trimmed.substring(0, 7).equalsIgnoreCase("bearer ")) {
            return null;
        }
        String token = trimmed.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private Fault drawFault() {
        double draw = context.roll();
        double edge = settings.rateLimitShare();
        if (draw < edge) {
            return Fault.RATE_LIMITED;
        }
        edge += settings.serverErrorShare();
        if (draw < edge) {
            return Fault.SERVER_ERROR;
        }
        edge += settings.unavailableShare();
        if (draw < edge) {
            return Fault.UNAVAILABLE;
        }
        edge += settings.timeoutShare();
        if (draw < edge) {
            return Fault.TIMEOUT;
        }
        edge += settings.dropShare();
        return draw < edge ? Fault.DROP : null;
    }

    private SandboxResponse injectedError(Fault fault) {
        return switch (fault) {
            case RATE_LIMITED -> SandboxResponse.error(context.json, 429, "Too many requests.", null)
                    .withHeader("Retry-After", Integer.toString(settings.retryAfterSeconds()));
            case UNAVAILABLE -> SandboxResponse.error(context.json, 503, "Service temporarily unavailable.", null);
            default -> SandboxResponse.error(context.json, 500, "Internal server error.", null);
        };
    }

    /**
     * Sends the answer, or for an injected timeout or drop records it and closes the connection without one; the
     * ledger line keeps the status the real API would have sent.
     */
    private void respond(HttpExchange exchange, SandboxRequest request, SandboxResponse response, Fault fault)
            throws IOException {
        String faultLabel = fault != null ? fault.label : response.fault();
        record(request, response, faultLabel);
        if (fault == Fault.TIMEOUT) {
            pause(settings.timeoutMillis(), settings.timeoutMillis());
            return;
        }
        if (fault == Fault.DROP) {
            return;
        }
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    private void record(SandboxRequest request, SandboxResponse response, String fault) {
        JsonNode fields = request.fieldsQuietly();
        String email = firstText(fields, "candidate_email", "email");
        List<String> rows = new ArrayList<>();
        fields.path("users").forEach(user -> rows.add(SandboxContext.normaliseEmail(
                SandboxContext.text(user, "email"))));
        ledger.record(new SandboxCall(Instant.now(), request.method(), request.path(), response.status(),
                response.credits(), email == null ? null : SandboxContext.normaliseEmail(email),
                firstText(fields, "candidate_external_id", "external_id"), rows, response.succeededRows(), fault));
    }

    private static String firstText(JsonNode fields, String... names) {
        for (String name : names) {
            String value = SandboxContext.nonBlank(fields, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Submitted interviews are charged when they end, which no request marks: each request settles them. */
    private void settleCompletions() {
        for (SandboxState.Completion completion : context.state.settleCompletions(context.now())) {
            SandboxState.Registration registration = completion.registration();
            ledger.record(new SandboxCall(Instant.ofEpochMilli(completion.completedAt()), "EVENT",
                    SandboxCallLedger.INTERVIEW_COMPLETED, 200, 1.0, registration.email(),
                    registration.externalId(), List.of(), List.of(), null));
        }
    }

    private SandboxRequest readRequest(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        return new SandboxRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(), contentType, body,
                context.json);
    }

    private static void pause(long minMillis, long maxMillis) {
        long millis = minMillis >= maxMillis ? minMillis : ThreadLocalRandom.current().nextLong(minMillis,
                maxMillis + 1);
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The JDK server writes an answer's headers and body in two writes; with Nagle's algorithm on, the body then
     * waits for the client's delayed acknowledgement, about 40 ms on Linux, which would add to every configured
     * latency. The setting is read once, when the JVM creates its first HTTP server.
     */
    private static void sendSmallAnswersAtOnce() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "jobmojito-sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
