package com.campaignrunner.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Invented candidates for the benchmarks: a CSV or XLSX sheet and, when asked, one small text resume per row.
 * Seven in ten resumes name every skill of {@link #POSITION_DESCRIPTION} (the sandbox accepts them), one and a
 * half name half (left to a recruiter), the rest name two (rejected); so about 85 % of rows are selected for an
 * interview, as in a campaign whose sourcing went well.
 */
final class CandidateFiles {

    static final String POSITION_DESCRIPTION = "Build payment microservices in Java and Spring: REST APIs on "
            + "PostgreSQL and Kafka, shipped with Docker and Kubernetes on AWS, with automated testing.";

    private static final List<String> HEADER = List.of("First Name", "Last Name", "Email", "Phone", "Country",
            "Resume");
    private static final String[] FIRST = {"Anna", "Ben", "Chloe", "Dmitri", "Elif", "Farid", "Greta", "Hugo",
        "Ines", "Jonas", "Kiri", "Lena", "Mateo", "Nora", "Omar", "Priya"};
    private static final String[] LAST = {"Kowalska", "Okafor", "Tanaka", "Berg", "Silva", "Novak", "Haddad",
        "Moreau", "Larsen", "Rossi", "Costa", "Weber", "Ivanova", "Murphy", "Khan", "Lopez"};
    private static final String ALL_SKILLS = "java spring rest postgresql kafka docker kubernetes aws testing "
            + "microservices";
    private static final String HALF_SKILLS = "java spring rest postgresql kafka";
    private static final String FEW_SKILLS = "java docker";

    private CandidateFiles() {
    }

    /** Writes {@code candidates.csv} and, when {@code resumes} is set, {@code resumes/<n>.txt} under the folder. */
    static Path writeCsv(Path folder, int rows, boolean resumes) throws IOException {
        Path resumeFolder = Files.createDirectories(folder.resolve("resumes"));
        Path file = folder.resolve("candidates.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADER));
            out.write("\r\n");
            for (int i = 1; i <= rows; i++) {
                out.write(String.join(",", cells(i)));
                out.write("\r\n");
                if (resumes) {
                    Files.writeString(resumeFolder.resolve(resumeName(i)), resumeText(i), StandardCharsets.UTF_8);
                }
            }
        }
        return file;
    }

    /** Writes a streaming workbook of the same rows, without resumes; memory stays flat while it is written. */
    static Path writeXlsx(Path file, int rows) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Candidates");
            write(sheet.createRow(0), HEADER);
            for (int i = 1; i <= rows; i++) {
                write(sheet.createRow(i), cells(i));
            }
            book.write(out);
        }
        return file;
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    private static List<String> cells(int i) {
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i / FIRST.length) % LAST.length];
        String phone = String.format("+44 20 7946 %04d", i % 10_000);
        return List.of(first, last, "candidate" + i + "@example.com", phone, "GB", resumeName(i));
    }

    private static String resumeName(int i) {
        return "candidate-" + i + ".txt";
    }

    static String resumeText(int i) {
        int band = i % 20;
        String skills = band < 14 ? ALL_SKILLS : band < 17 ? HALF_SKILLS : FEW_SKILLS;
        return "Software engineer, " + (3 + i % 9) + " years of experience.\n"
                + "Skills: " + skills + ".\n"
                + "Worked on order, billing and reporting systems for retail and banking clients; mentored "
                + "junior developers and ran the team's release process.\n"
                + "Education: BSc Computer Science.\n";
    }
}
