package com.campaignrunner.benchmark;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Sends what a measured run prints (its logs included) to a file, so that the suite prints only its table. */
final class RunLog {

    @FunctionalInterface
    interface Work<T> {
        T run(PrintStream out) throws Exception;
    }

    private RunLog() {
    }

    static <T> T into(Path log, Work<T> work) throws Exception {
        try (OutputStream file = Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                PrintStream out = new PrintStream(file, true, StandardCharsets.UTF_8)) {
            PrintStream console = System.out;
            PrintStream errors = System.err;
            System.setOut(out);
            System.setErr(out);
            try {
                return work.run(out);
            } finally {
                System.setOut(console);
                System.setErr(errors);
            }
        }
    }
}
