package com.campaignrunner.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives JobMojito's webhooks in {@code serve} mode. The vendor signs nothing; it sends the custom header
 * configured with the webhook, so a delivery without the shared secret in that header is refused with 401. A
 * delivery that is understood is answered 200 whatever it changed, since any other answer makes the vendor send
 * it again.
 */
@RestController
@ConditionalOnWebApplication
public class JobMojitoWebhookController {

    public static final String PATH = "/webhooks/jobmojito";

    private static final Logger log = LoggerFactory.getLogger(JobMojitoWebhookController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookRecorder recorder;
    private final String headerName;
    private final byte[] secret;

    public JobMojitoWebhookController(WebhookRecorder recorder,
            @Value("${campaign-runner.webhook.header:X-Webhook-Secret}") String headerName,
            @Value("${campaign-runner.webhook.secret:}") String secret) {
        this.recorder = recorder;
        this.headerName = headerName;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        if (secret.isEmpty()) {
            log.warn("No webhook secret is configured: every webhook delivery will be refused");
        }
    }

    @PostMapping(path = PATH)
    public ResponseEntity<Map<String, Object>> receive(@RequestHeader Map<String, String> headers,
            @RequestBody(required = false) byte[] body) {
        if (!authorised(headers)) {
            return ResponseEntity.status(401).body(Map.of("error", "missing or wrong " + headerName + " header"));
        }
        InterviewEvent event;
        try {
            event = body == null ? null : InterviewEvent.from(JSON.readTree(body));
        } catch (JacksonException e) {
            event = null;
        }
        if (event == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "not a JobMojito interview result payload"));
        }
        WebhookRecorder.Result result = recorder.record(event);
        return ResponseEntity.ok(Map.of("result", result.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private boolean authorised(Map<String, String> headers) {
        if (secret.length == 0) {
            return false;
        }
        String given = null;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(headerName)) {
                given = header.getValue();
            }
        }
        // Compared in constant time, so the answer's timing tells nothing about the secret.
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret);
    }
}
