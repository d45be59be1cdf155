package com.campaignrunner.actions;

import com.campaignrunner.api.ApiJson;
import com.campaignrunner.api.Report;
import com.campaignrunner.api.ReportRequest;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code report}: the interview report of every collected row as PDF, HTML or JSON (job-interview-pdf),
 * optionally translated, written to a reports folder beside the campaign's bundles.
 */
public final class ReportCommand extends ActionCommand {

    private static final Set<String> FORMATS = Set.of("pdf", "html", "json");
    private static final Set<String> LANGUAGES = Set.of("ar", "bg", "zh", "hr", "cs", "da", "nl", "en", "fil",
            "fi", "fr", "de", "el", "hi", "hu", "id", "it", "ja", "ko", "ms", "no", "pl", "pt", "br", "ro", "ru",
            "sk", "es", "sv", "ta", "th", "tr", "uk", "vi");

    public ReportCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    String help() {
        return """
                Usage: report <campaign-file> [--format pdf|html|json] [--language <code>] [--out <folder>]
                              [--data <folder>]

                Writes the interview report of every collected candidate, one file per row, to
                <export folder>/<campaign>/reports/<format>[-<language>]/ unless --out names a folder.
                --language translates the reports (a platform language code such as de or fr); a report in
                another language than the interview's costs 0.1 credits per candidate.

                Exit codes: 0 written, 1 the API failed, 2 bad usage.
                """;
    }

    @Override
    Set<String> options() {
        return Set.of("format", "language", "out");
    }

    @Override
    void check(ActionArguments arguments) throws ActionArguments.UsageException {
        String format = arguments.options().getOrDefault("format", "pdf");
        String language = arguments.options().get("language");
        if (!FORMATS.contains(format)) {
            throw new ActionArguments.UsageException("--format must be pdf, html or json, got '" + format + "'");
        }
        if (language != null && !LANGUAGES.contains(language)) {
            throw new ActionArguments.UsageException("--language must be a platform language code such as en, de "
                    + "or fr, got '" + language + "'");
        }
        if (arguments.positional().size() != 1) {
            throw new ActionArguments.UsageException("Give exactly one campaign file");
        }
    }

    @Override
    int run(ActionSession session, ActionArguments arguments) throws IOException {
        String format = arguments.options().getOrDefault("format", "pdf");
        String language = arguments.options().get("language");
        Path folder = arguments.options().containsKey("out") ? Path.of(arguments.options().get("out"))
                : session.campaign().exportFolder().resolve(session.campaign().id()).resolve("reports")
                        .resolve(language == null ? format : format + "-" + language);
        Files.createDirectories(folder);
        List<LedgerRow> collected = session.rows().stream()
                .filter(row -> row.state() == RowState.COLLECTED && row.interviewResultId() != null).toList();
        for (LedgerRow row : collected) {
            Report report = session.client().report(ReportRequest.of(format, row.interviewResultId(), language));
            Path file = folder.resolve(String.format(Locale.ROOT, "row-%06d.%s", row.rowNumber(), format));
            Files.write(file, switch (format) {
                case "pdf" -> session.client().download(report.pdfExportUrl());
                case "html" -> report.htmlExport().getBytes(StandardCharsets.UTF_8);
                default -> ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report.jsonExport());
            });
        }
        out.println(collected.size() + " " + format + " reports written to " + folder);
        return DONE;
    }
}
