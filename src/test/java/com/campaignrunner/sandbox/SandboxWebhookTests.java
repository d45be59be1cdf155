package com.campaignrunner.sandbox;

import static com.campaignrunner.sandbox.SandboxClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The sandbox announces ended interviews as the vendor does: flat payloads, the secret header, at least once. */
class SandboxWebhookTests {

    @TempDir
    Path stateDirectory;

    private HttpServer receiver;
    private final List<JsonNode> deliveries = new CopyOnWriteArrayList<>();
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (refusalsLeft.getAndDecrement() > 0) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                deliveries.add(JSON.readTree(new String(body, StandardCharsets.UTF_8)));
                secrets.add(exchange.getRequestHeaders().getFirst("X-Hook-Secret"));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void eachEndedInterviewIsPostedWithTheSecretAndARefusedDeliveryIsSentAgain() throws Exception {
        refusalsLeft.set(1);
        try (SandboxServer sandbox = start(0.0)) {
            String interview = createInterview(new SandboxClient(sandbox.baseUrl()));
            register(sandbox, interview, "ann@example.com", "cr-ann");

            waitForDeliveries(1);
        }

        JsonNode payload = deliveries.get(0);
        assertThat(payload.path("id").asString()).isNotBlank();
        assertThat(payload.path("status").asString()).isEqualTo("active");
        assertThat(payload.path("interview_status").asString()).isEqualTo("completed");
        assertThat(payload.path("processing_status").asString()).isEqualTo("completed");
        assertThat(payload.path("candidate_external_id").asString()).isEqualTo("cr-ann");
        assertThat(payload.has("event")).isFalse();
        assertThat(secrets).containsOnly("hook-secret");
    }

    @Test
    void aShareOfDeliveriesComesTwiceAndARestartedSandboxDoesNotAnnounceThemAgain() throws Exception {
        try (SandboxServer sandbox = start(1.0)) {
            String interview = createInterview(new SandboxClient(sandbox.baseUrl()));
            register(sandbox, interview, "bo@example.com", "cr-bo");

            waitForDeliveries(2);
        }
        assertThat(deliveries.get(0)).isEqualTo(deliveries.get(1));

        try (SandboxServer restarted = start(1.0)) {
            Thread.sleep(600);
        }
        assertThat(deliveries).hasSize(2);
    }

    @Test
    void webhooksGoToLoopbackAddressesOnly() {
        assertThatThrownBy(() -> SandboxSettings.builder().webhook("http://192.0.2.10/hook", "X", "s").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    }

    private SandboxServer start(double repeatShare) {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        return SandboxServer.start(SandboxSettings.builder().fixedLatency(0).outcomeShares(1.0, 0, 0)
                .completionDelay(100, 200).webhook(url, "X-Hook-Secret", "hook-secret")
                .webhookRepeatShare(repeatShare).build(), stateDirectory);
    }

    private void waitForDeliveries(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (deliveries.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(deliveries).hasSizeGreaterThanOrEqualTo(count);
    }

    private static String createInterview(SandboxClient client) {
        SandboxClient.Answer answer = client.post("/job-interview-create", JSON.createObjectNode()
                .put("name", "Backend developer").put("location", "Remote")
                .put("interview_template_id", "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b")
                .put("mojito_language_code", "en").put("status", "draft").put("type", "interview")
                .put("visibility", "merchant_invite").put("description", "Java, Spring and Kafka services"));
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().path("interview_def_set_id").asString();
    }

    private static void register(SandboxServer sandbox, String interview, String email, String externalId) {
        SandboxClient.Answer answer = new SandboxClient(sandbox.baseUrl()).post(SandboxCallLedger.REGISTER,
                Map.of("interview_id", interview, "users", List.of(Map.of("name", "Candidate", "email", email,
                        "external_id", externalId)), "send_email", false));
        assertThat(answer.status()).isEqualTo(200);
    }
}
