/**
 * Intake: reading candidate spreadsheets (CSV, XLSX, XLS) and checking resumes, in plain Java so that a batch step
 * can drive it one row at a time.
 *
 * <p>A caller opens a {@link com.campaignrunner.intake.CandidateSheet}, resolves a
 * {@link com.campaignrunner.intake.ColumnMapping} from its header, maps each
 * {@link com.campaignrunner.intake.SourceRow} with a {@link com.campaignrunner.intake.CandidateMapper}, passes the
 * result through one {@link com.campaignrunner.intake.DuplicateTracker} per file, and checks the resume with a
 * {@link com.campaignrunner.intake.ResumeLibrary}. Bad rows come back as candidates carrying
 * {@link com.campaignrunner.intake.RowProblem}s; only a file that cannot be read at all raises an
 * {@link com.campaignrunner.intake.IntakeException}.
 */
package com.campaignrunner.intake;
