package com.campaignrunner.export;

import static com.campaignrunner.export.LedgerRowBuilder.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real spreadsheet program opens results.xlsx, charts and links included, and prints it. */
class ResultsWorkbookInLibreOfficeTests {

    @TempDir
    Path temp;

    @Test
    void libreOfficeConvertsTheWorkbookToPdf() throws IOException, InterruptedException {
        Optional<Path> office = onPath("soffice").or(() -> onPath("libreoffice"));
        assumeTrue(office.isPresent(), "LibreOffice (soffice or libreoffice) is not on the PATH: "
                + "install libreoffice-calc-nogui to run this test");

        Path collected = temp.resolve("collected");
        InterviewDetailsSamples.store(collected, 1);
        List<LedgerRow> rows = List.of(
                row(1, RowState.COLLECTED).collected(InterviewDetailsSamples.transcript(1),
                        InterviewDetailsSamples.report(1)).build(),
                row(2, RowState.INVALID).name(BundleWriterTests.FORMULA_NAME, "Test").build(),
                row(3, RowState.NOT_SELECTED).build());
        ExportRequest request = new ExportRequest("office", "Office check", true, InterviewDetailsSamples.runs(),
                temp.resolve("exports"), collected, InterviewDetailsSamples.credits(), null, null);
        Bundle bundle = new BundleWriter().write(request, rows::forEach);

        Path out = Files.createDirectories(temp.resolve("pdf"));
        Path profile = temp.resolve("office-profile");
        Process process = new ProcessBuilder(office.get().toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", out.toString(), bundle.folder().resolve("results.xlsx").toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("office.log").toFile())
                .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("LibreOffice finished within 120 s").isTrue();
        assertThat(process.exitValue()).as(Files.readString(temp.resolve("office.log"))).isZero();
        Path pdf = out.resolve("results.pdf");
        assertThat(pdf).isRegularFile();
        assertThat(Files.readAllBytes(pdf)).startsWith('%', 'P', 'D', 'F');
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable).findFirst();
    }
}
