package com.campaignrunner.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a probe's {@code main} in a child JVM with the suite's class path and a heap cap, so the heap it reports is
 * its own. The child's output goes to a log file; its {@code RESULT key=value ...} line is handed back.
 */
final class ChildJvm {

    private static final long TIME_LIMIT_MINUTES = 5;

    private ChildJvm() {
    }

    static Map<String, String> run(String maxHeap, Class<?> main, Path log, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!child.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " took more than " + TIME_LIMIT_MINUTES
                    + " minutes; see " + log);
        }
        String result = Files.readAllLines(log).stream().filter(line -> line.startsWith("RESULT ")).reduce(
                (first, second) -> second).orElse(null);
        if (child.exitValue() != 0 || result == null) {
            throw new IllegalStateException(main.getSimpleName() + " failed with exit code " + child.exitValue()
                    + "; see " + log);
        }
        Map<String, String> values = new HashMap<>();
        for (String word : result.substring("RESULT ".length()).split(" ")) {
            int equals = word.indexOf('=');
            values.put(word.substring(0, equals), word.substring(equals + 1));
        }
        return values;
    }
}
