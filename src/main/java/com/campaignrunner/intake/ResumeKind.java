package com.campaignrunner.intake;

/** What a resume file really is, judged from its bytes rather than its name. */
public enum ResumeKind {
    TEXT, PDF, DOC, DOCX, UNKNOWN
}
