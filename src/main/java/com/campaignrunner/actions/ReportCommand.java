package com.campaignrunner.actions;

import com.campaignrunner.api.ApiJson;
import com.campaignrunner.api.Report;
import com.campaignrunner.api.ReportRequest;
import com.campaignrunner.cli.CommandLine;
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
    private static final CommandLine.Option FORMAT = new CommandLine.Option("--format", "pdf|html|json",
            "the report's format (default pdf)");
    private static final CommandLine.Option LANGUAGE = new CommandLine.Option("--language", "<code>",
            "translate the reports, e.g. de or fr (0.1 credits per report)");
    private static final CommandLine.Option OUT = new CommandLine.Option("--out", "<folder>",
            "where to write them (default <export folder>/<campaign>/reports/<format>[-<language>])");
    private static final String HELP = CommandLine.usage("report <campaign-file> [options]", """
            Writes the interview report of every collected candidate, one file per row. A report in another
            language than the interview's is a translation and costs 0.1 credits per candidate.

            Exit codes: 0 written, 1 the API failed, 2 bad usage.
            """, List.of(FORMAT, LANGUAGE, OUT));

    public ReportCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    String help() {
        return HELP;
    }

    @Override
    List<CommandLine.Option> options() {
        return List.of(FORMAT, LANGUAGE, OUT);
    }

    @Override
    void check(CommandLine line) throws CommandLine.UsageException {
        String format = line.value(FORMAT, "pdf");
        String language = line.value(LANGUAGE);
        if (!FORMATS.contains(format)) {
            throw new CommandLine.UsageException("--format must be pdf, html or json, got '" + format + "'");
        }
        if (language != null && !LANGUAGES.contains(language)) {
            throw new CommandLine.UsageException("--language must be a platform language code such as en, de "
                    + "or fr, got '" + language + "'");
        }
    }

    @Override
    int run(ActionSession session, CommandLine line) throws IOException {
        String format = line.value(FORMAT, "pdf");
        String language = line.value(LANGUAGE);
        Path folder = line.value(OUT) != null ? Path.of(line.value(OUT))
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
