package com.campaignrunner.export;

import java.nio.file.Path;
import java.util.Map;

/** A written bundle: its folder, the zip beside it, how many ledger rows it holds and their outcomes. */
public record Bundle(Path folder, Path zip, int rows, Map<String, Integer> outcomes) {
}
