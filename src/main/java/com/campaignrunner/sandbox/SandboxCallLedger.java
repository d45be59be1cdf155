package com.campaignrunner.sandbox;

import java.io.Closeable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every call the sandbox received, with the credits the real API would have charged, in
 * {@code calls.jsonl} under the state directory. Tests read it to prove that nothing was sent twice.
 *
 * <p>Never holds a bearer token or a resume: only methods, paths, statuses, credits and candidate emails.
 */
public final class SandboxCallLedger implements Closeable {

    public static final String FILE_NAME = "calls.jsonl";

    static final String PRE_SCREEN_TEXT = "/job-interview-pre-screening-api-resume-text";
    static final String PRE_SCREEN_BINARY = "/job-interview-pre-screening-api-resume-binary";
    static final String PRE_SCREEN_WITH_TOKEN = "/job-interview-create-for-candidate-with-token";
    static final String REGISTER = "/job-interview-register-users";
    static final String INVITE = "/invite-users";
    static final String INTERVIEW_COMPLETED = "interview-completed";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path stateDirectory;
    private final JsonLinesFile file;

    SandboxCallLedger(Path stateDirectory) {
        this.stateDirectory = stateDirectory;
        this.file = new JsonLinesFile(stateDirectory.resolve(FILE_NAME), JSON);
    }

    /** Every call recorded under the state directory, by this sandbox and by earlier ones. */
    public static List<SandboxCall> read(Path stateDirectory) {
        List<SandboxCall> calls = new ArrayList<>();
        for (JsonNode line : JsonLinesFile.read(stateDirectory.resolve(FILE_NAME), JSON)) {
            calls.add(new SandboxCall(Instant.parse(line.path("at").asString()), line.path("method").asString(),
                    line.path("endpoint").asString(), line.path("status").asInt(), line.path("credits").asDouble(),
                    text(line.path("email")), text(line.path("externalId")), strings(line.path("rows")),
                    strings(line.path("succeededRows")), text(line.path("fault"))));
        }
        return calls;
    }

    public List<SandboxCall> calls() {
        return read(stateDirectory);
    }

    /** Calls per endpoint, events included, sorted by endpoint. */
    public Map<String, Long> countByEndpoint() {
        Map<String, Long> counts = new TreeMap<>();
        calls().forEach(call -> counts.merge(call.endpoint(), 1L, Long::sum));
        return counts;
    }

    /** Credits per endpoint, submitted interviews under {@value #INTERVIEW_COMPLETED}. */
    public Map<String, Double> creditsByEndpoint() {
        Map<String, Double> credits = new TreeMap<>();
        calls().stream().filter(call -> call.credits() > 0)
                .forEach(call -> credits.merge(call.endpoint(), call.credits(), Double::sum));
        return credits;
    }

    public double totalCredits() {
        return calls().stream().mapToDouble(SandboxCall::credits).sum();
    }

    /**
     * Full pre-screenings performed per candidate email, by any of the three endpoints that screen a resume. An
     * early-exit answer for a candidate screened before is not counted: it costs nothing.
     */
    public Map<String, Long> preScreensByEmail() {
        return countPerEmail(call -> call.performed() && call.credits() > 0
                && (call.endpoint().equals(PRE_SCREEN_TEXT) || call.endpoint().equals(PRE_SCREEN_BINARY)
                || call.endpoint().equals(PRE_SCREEN_WITH_TOKEN)), call -> List.of(call.email()));
    }

    /** Rows answered {@code ok} by job-interview-register-users, per email; a repeat counts again. */
    public Map<String, Long> registrationsByEmail() {
        return countPerEmail(call -> call.performed() && call.endpoint().equals(REGISTER),
                SandboxCall::succeededRows);
    }

    /** Rows answered {@code Invited} by invite-users, per email. */
    public Map<String, Long> invitationsByEmail() {
        return countPerEmail(call -> call.performed() && call.endpoint().equals(INVITE), SandboxCall::succeededRows);
    }

    /** Calls answered 200 with no injected fault, per endpoint. */
    public Map<String, Long> successfulCallsByEndpoint() {
        Map<String, Long> counts = new TreeMap<>();
        calls().stream().filter(SandboxCall::succeeded).forEach(call -> counts.merge(call.endpoint(), 1L, Long::sum));
        return counts;
    }

    void record(SandboxCall call) {
        ObjectNode line = JSON.createObjectNode()
                .put("at", call.at().toString())
                .put("method", call.method())
                .put("endpoint", call.endpoint())
                .put("status", call.status())
                .put("credits", call.credits())
                .put("email", call.email())
                .put("externalId", call.externalId());
        ArrayNode rows = line.putArray("rows");
        call.rows().forEach(rows::add);
        ArrayNode succeeded = line.putArray("succeededRows");
        call.succeededRows().forEach(succeeded::add);
        line.put("fault", call.fault());
        file.append(line);
    }

    @Override
    public void close() {
        file.close();
    }

    private Map<String, Long> countPerEmail(Predicate<SandboxCall> filter,
            Function<SandboxCall, List<String>> emails) {
        Map<String, Long> counts = new TreeMap<>();
        for (SandboxCall call : calls()) {
            if (filter.test(call)) {
                for (String email : emails.apply(call)) {
                    if (email != null) {
                        counts.merge(email, 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.isNull() ? null : value.asString()));
        return values;
    }
}
