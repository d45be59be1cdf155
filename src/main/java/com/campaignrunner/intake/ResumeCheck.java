package com.campaignrunner.intake;

import java.nio.file.Path;

/**
 * The outcome of looking for and inspecting one candidate's resume.
 *
 * @param file the resume found, null when none was
 * @param kind what the file is
 * @param sizeBytes its size
 * @param sha256 the hex SHA-256 of its bytes, null when not found
 * @param problem null when the resume is fine; a warning (matched ignoring case, say) leaves it usable
 */
public record ResumeCheck(Path file, ResumeKind kind, long sizeBytes, String sha256, RowProblem problem) {

    /** True when the resume can be sent for screening. */
    public boolean usable() {
        return file != null && (problem == null || !problem.isError());
    }
}
