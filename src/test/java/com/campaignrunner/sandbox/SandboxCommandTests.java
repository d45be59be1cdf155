package com.campaignrunner.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxCommandTests {

    @TempDir
    Path state;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void badOptionsExitWith2AndShowTheUsage() {
        int status = run("--rate-429", "2");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--rate-429").contains("Usage: sandbox");
    }

    @Test
    void unknownOptionsExitWith2() {
        assertThat(run("--colour", "blue")).isEqualTo(2);
        assertThat(run("--port")).isEqualTo(2);
    }

    @Test
    void optionsBecomeSettings() {
        SandboxSettings settings = SandboxCommand.parse(new String[] {"--port", "0", "--latency-ms", "200",
                "--rate-503", "0.1", "--row-error-rate", "0.02", "--seed", "7", "--token", "t"}).settings();

        assertThat(settings.aiLatencyMinMillis()).isEqualTo(200);
        assertThat(settings.latencyMaxMillis()).isEqualTo(200);
        assertThat(settings.unavailableShare()).isEqualTo(0.1);
        assertThat(settings.rowErrorShare()).isEqualTo(0.02);
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.acceptedToken()).isEqualTo("t");
    }

    @Test
    void theCommandAnnouncesItsAddressAndRunsUntilInterrupted() throws InterruptedException {
        AtomicInteger status = new AtomicInteger(-1);
        Thread command = new Thread(() -> status.set(run("--port", "0", "--state", state.toString(),
                "--latency-ms", "0")));
        command.start();
        for (int i = 0; i < 100 && !out.toString(StandardCharsets.UTF_8).contains("listening"); i++) {
            Thread.sleep(50);
        }

        command.interrupt();
        command.join(10_000);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .matches("(?s)JobMojito sandbox listening on http://127\\.0\\.0\\.1:\\d+ \\(state in .*\\)\\R");
        assertThat(status.get()).isZero();
    }

    private int run(String... args) {
        return SandboxCommand.runCommand(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
