package com.campaignrunner.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The suite's figures, printed as a Markdown table (as the README shows it) and written as CSV. */
final class ResultTable {

    /** Whether a figure reaches its target; {@code NONE} for figures without one. */
    enum Verdict {
        MEETS("meets"), SHORT("SHORT"), NONE("");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    record Figure(String part, String measure, String value, String target, Verdict verdict, String note) {
    }

    private final List<Figure> figures = new ArrayList<>();

    void add(String part, String measure, String value, String note) {
        figures.add(new Figure(part, measure, value, "", Verdict.NONE, note));
    }

    /** A figure with a floor: meets when {@code actual >= floor}. */
    void atLeast(String part, String measure, String value, double actual, double floor, String target,
            String note) {
        figures.add(new Figure(part, measure, value, target, actual >= floor ? Verdict.MEETS : Verdict.SHORT,
                note));
    }

    /** A figure with a ceiling: meets when {@code actual <= ceiling}. */
    void atMost(String part, String measure, String value, double actual, double ceiling, String target,
            String note) {
        figures.add(new Figure(part, measure, value, target, actual <= ceiling ? Verdict.MEETS : Verdict.SHORT,
                note));
    }

    List<Figure> shortfalls() {
        return figures.stream().filter(f -> f.verdict() == Verdict.SHORT).toList();
    }

    void print(PrintStream out) {
        out.println("| part | measure | value | target | verdict | how it was measured |");
        out.println("|---|---|---|---|---|---|");
        for (Figure f : figures) {
            out.println("| " + String.join(" | ", f.part(), f.measure(), f.value(), f.target(),
                    f.verdict().label, f.note()) + " |");
        }
    }

    void writeCsv(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        lines.add("part,measure,value,target,verdict,note");
        for (Figure f : figures) {
            lines.add(String.join(",", csv(f.part()), csv(f.measure()), csv(f.value()), csv(f.target()),
                    csv(f.verdict().label), csv(f.note())));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String csv(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
