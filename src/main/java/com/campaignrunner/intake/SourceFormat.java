package com.campaignrunner.intake;

/** The spreadsheet formats a candidate file can come in. */
public enum SourceFormat {
    CSV, XLSX, XLS
}
