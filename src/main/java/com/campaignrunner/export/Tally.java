package com.campaignrunner.export;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts gathered while the rows stream past, for the Summary sheet and the manifest. */
final class Tally {

    static final int SCORE_BUCKETS = 10;

    private final Map<String, Integer> outcomes = new LinkedHashMap<>();
    private final int[] scores = new int[SCORE_BUCKETS];
    private int rows;
    private int newRows;

    void add(CandidateLine line) {
        rows++;
        if (line.isNew()) {
            newRows++;
        }
        outcomes.merge(line.outcome(), 1, Integer::sum);
        Double score = line.row().score();
        if (score != null && !score.isNaN()) {
            // 10 closes the last bucket, and scores off the 0 to 10 scale still count somewhere visible
            int bucket = (int) Math.floor(score);
            scores[Math.max(0, Math.min(SCORE_BUCKETS - 1, bucket))]++;
        }
    }

    int rows() {
        return rows;
    }

    int newRows() {
        return newRows;
    }

    /** In the order of {@link Outcomes#ORDER}, then any other, leaving out outcomes no row has. */
    Map<String, Integer> outcomes() {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        Outcomes.ORDER.stream().filter(outcomes::containsKey).forEach(o -> ordered.put(o, outcomes.get(o)));
        outcomes.forEach(ordered::putIfAbsent);
        return ordered;
    }

    int[] scoreBuckets() {
        return scores.clone();
    }
}
