package com.campaignrunner.sandbox;

import com.campaignrunner.sandbox.InterviewFates.Fate;
import com.campaignrunner.sandbox.InterviewFates.Progress;
import com.campaignrunner.sandbox.SandboxState.Definition;
import com.campaignrunner.sandbox.SandboxState.Profile;
import com.campaignrunner.sandbox.SandboxState.Registration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Announces the end of each interview the way the vendor does: a POST of the flat result payload, without an
 * event name, with the configured secret header. Fates are worked out lazily, so a small thread looks for
 * interviews that ended a few times a second. Delivery is at least once: a refused or failed delivery is tried
 * again on the next look, and a configured share of deliveries is sent twice.
 */
final class WebhookSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final long LOOK_EVERY_MILLIS = 200;

    private final SandboxSettings settings;
    private final SandboxContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Random draws;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread sender = new Thread(runnable, "jobmojito-sandbox-webhooks");
        sender.setDaemon(true);
        return sender;
    });

    WebhookSender(SandboxSettings settings, SandboxContext context) {
        this.settings = settings;
        this.context = context;
        this.draws = new Random(settings.seed() + 7);
    }

    void start() {
        thread.scheduleWithFixedDelay(this::sendDue, LOOK_EVERY_MILLIS, LOOK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void sendDue() {
        try {
            long now = context.now();
            for (Registration registration : context.state.registrations()) {
                if (context.state.webhookSent(registration.resultId(), registration.attempt())) {
                    continue;
                }
                Fate fate = context.fates.fate(registration.email(), registration.interviewId(),
                        registration.attempt());
                Progress progress = context.fates.progress(fate, registration.attemptStartedAt(), now);
                if (progress == Progress.NOT_STARTED || progress == Progress.STARTED) {
                    continue;
                }
                String body = context.json.writeValueAsString(payload(registration, fate, progress));
                if (deliver(body)) {
                    context.state.markWebhookSent(registration.resultId(), registration.attempt());
                    if (draws.nextDouble() < settings.webhookRepeatShare()) {
                        deliver(body);
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("Sandbox webhooks: {}", e.toString());
        }
    }

    private boolean deliver(String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.webhookUrl()))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (settings.webhookSecret() != null) {
            request.header(settings.webhookHeader(), settings.webhookSecret());
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                log.debug("Sandbox webhook answered {}; sent again later", status);
            }
            return status / 100 == 2;
        } catch (java.io.IOException e) {
            log.debug("Sandbox webhook not delivered ({}); sent again later", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The vendor's flat payload, the same for interview_result and interview_failed. */
    private ObjectNode payload(Registration registration, Fate fate, Progress progress) {
        boolean completed = progress == Progress.COMPLETED;
        Definition interview = context.state.definition(registration.interviewId()).orElse(null);
        Profile profile = context.state.profile(registration.email()).orElse(null);
        ObjectNode payload = context.json.createObjectNode()
                .put("id", registration.resultId())
                .put("interview_id", registration.interviewId())
                .put("question_set_id", registration.interviewId())
                .put("status", completed ? "active" : "draft")
                .put("interview_status", CandidateEndpoints.coachStatus(progress))
                .put("processing_status", completed ? "completed" : null)
                .put("profile_interview_id", registration.profileInterviewId())
                .put("profile_id", profile == null ? null : profile.profileId())
                .put("score", completed ? fate.score() : null)
                .put("ai_analysis_recruiter_score", completed ? fate.score() : null)
                .put("ai_analysis", completed && interview != null ? PretendInterview.summary(registration.name(),
                        interview.name(), fate.score()) : null)
                .put("ai_analysis_recruiter", (String) null)
                .put("pdf_export_url", (String) null)
                .put("reason", "status")
                .put("candidate_external_id", registration.externalId())
                .put("candidate_name", registration.name())
                .put("candidate_email", registration.email());
        payload.putNull("recruiter_go_next_round");
        return payload;
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
