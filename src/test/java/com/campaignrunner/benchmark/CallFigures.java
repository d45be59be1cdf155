package com.campaignrunner.benchmark;

import com.campaignrunner.sandbox.SandboxCall;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The pace of a run's calls as the sandbox saw them, from its call ledger: each line is stamped when the answer
 * left, so with a fixed latency the gaps between lines are the gaps between the calls.
 *
 * @param calls the calls counted
 * @param span from the first answer to the last
 * @param perSecond calls per second over the span: {@code (calls - 1) / span}, each gap between two answers
 *     being one call's share of the time
 * @param busiestSecond the most calls answered within any one second
 * @param busiestFiveSeconds the most calls answered within any five seconds
 * @param tooManyRequests calls answered 429, by any endpoint of the run
 */
record CallFigures(int calls, Duration span, double perSecond, int busiestSecond, int busiestFiveSeconds,
        int tooManyRequests) {

    static final Predicate<SandboxCall> SCREENING = call -> call.endpoint().contains("pre-screening-api-resume");
    static final Predicate<SandboxCall> REGISTRATION = call -> call.endpoint().equals(
            "/job-interview-register-users");

    static CallFigures of(List<SandboxCall> all, Predicate<SandboxCall> counted) {
        long[] at = all.stream().filter(counted).filter(call -> !call.method().equals("EVENT"))
                .mapToLong(call -> call.at().toEpochMilli() * 1000 + call.at().getNano() / 1000 % 1000)
                .sorted().toArray();
        int tooMany = (int) all.stream().filter(call -> call.status() == 429).count();
        if (at.length < 2) {
            return new CallFigures(at.length, Duration.ZERO, 0, at.length, at.length, tooMany);
        }
        Duration span = Duration.ofNanos((at[at.length - 1] - at[0]) * 1000);
        double perSecond = (at.length - 1) / (span.toNanos() / 1e9);
        return new CallFigures(at.length, span, perSecond, busiest(at, 1_000_000), busiest(at, 5_000_000),
                tooMany);
    }

    /** The largest number of stamps (in microseconds) within {@code windowMicros} of the first of them. */
    private static int busiest(long[] sortedMicros, long windowMicros) {
        int most = 0;
        int first = 0;
        for (int last = 0; last < sortedMicros.length; last++) {
            while (sortedMicros[last] - sortedMicros[first] >= windowMicros) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
