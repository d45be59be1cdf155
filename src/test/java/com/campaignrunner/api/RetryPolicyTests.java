package com.campaignrunner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one retry policy of the client, against a loopback server that answers what each test scripts. */
class RetryPolicyTests {

    private final Deque<int[]> script = new ArrayDeque<>();
    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void a429WithRetryAfterWaitsAtLeastThatLongBeforeTheNextTry() throws Exception {
        answer(429, 2);
        answer(200, 0);
        JobMojitoClient client = client(5);

        long start = System.nanoTime();
        client.getInterview("5b0e3c57-9a39-4bd7-9d4f-6c55a9c0a111");
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(calls.get()).isEqualTo(2);
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void a401IsNotRetriedAndSaysTheTokenWasRefusedWithoutShowingIt() throws Exception {
        answer(401, 0);
        JobMojitoClient client = client(5);

        assertThatThrownBy(() -> client.getInterview("5b0e3c57-9a39-4bd7-9d4f-6c55a9c0a111"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ApiFailure.UNAUTHORISED);
                    assertThat(e.getMessage()).doesNotContain("secret-token-value");
                });
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void a500OnAPaidCallIsNotSentAgainBlindly() throws Exception {
        answer(500, 0);
        answer(200, 0);
        JobMojitoClient client = client(5);

        assertThatThrownBy(() -> client.screenResumeText(new ResumeTextRequest("p", "n", "e@example.com", "GB",
                "text", "x", null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.failure())
                        .isEqualTo(ApiFailure.IN_DOUBT));
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void a503IsRetriedUntilTheAttemptsRunOut() throws Exception {
        answer(503, 0);
        answer(503, 0);
        answer(503, 0);
        JobMojitoClient client = client(3);

        assertThatThrownBy(() -> client.getInterview("5b0e3c57-9a39-4bd7-9d4f-6c55a9c0a111"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.failure())
                        .isEqualTo(ApiFailure.UNAVAILABLE));
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void a422NamesTheFieldTheApiRejected() throws Exception {
        answer(422, 0);
        JobMojitoClient client = client(5);

        assertThatThrownBy(() -> client.getInterview("5b0e3c57-9a39-4bd7-9d4f-6c55a9c0a111"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ApiFailure.INVALID_REQUEST);
                    assertThat(e.field()).isEqualTo("position_id");
                    assertThat(e.getMessage()).contains("Field is required.").contains("position_id");
                });
    }

    private void answer(int status, int retryAfterSeconds) {
        script.add(new int[] {status, retryAfterSeconds});
    }

    private JobMojitoClient client(int attempts) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            int[] next = script.isEmpty() ? new int[] {200, 0} : script.poll();
            String body = next[0] == 200 ? "{\"id\":\"x\",\"status\":\"active\",\"questions\":[],"
                    + "\"success\":true,\"recommendation\":\"ai_accept\"}"
                    : "{\"error\":\"Field is required.\",\"name\":\"position_id\"}";
            if (next[1] > 0) {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(next[1]));
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(next[0], bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return new JobMojitoClient(new ApiSettings(url, "secret-token-value", 4, 0,
                new ApiSettings.RetrySettings(attempts, Duration.ofMillis(10), Duration.ofMillis(50), 2.0),
                Duration.ofSeconds(5)), null);
    }
}
