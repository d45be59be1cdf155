package com.campaignrunner.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Decides how each registered candidate's interview ends and when, without a clock thread: the fate is a hash of
 * the candidate, the interview, the attempt and the seed, and the progress is worked out from the time the
 * attempt began whenever somebody asks.
 */
final class InterviewFates {

    enum Outcome { COMPLETE, ABANDON, FAIL, LATE }

    enum Progress { NOT_STARTED, STARTED, COMPLETED, ABANDONED, FAILED }

    /**
     * @param startsAfterMillis time from the start of the attempt until the interview shows as started
     * @param endsAfterMillis time from the start of the attempt until its outcome shows
     * @param score the interview score out of 10, used when the outcome is a completed interview
     */
    record Fate(Outcome outcome, long startsAfterMillis, long endsAfterMillis, double score) {

        boolean completes() {
            return outcome == Outcome.COMPLETE || outcome == Outcome.LATE;
        }
    }

    private final SandboxSettings settings;

    InterviewFates(SandboxSettings settings) {
        this.settings = settings;
    }

    Fate fate(String email, String interviewId, int attempt) {
        byte[] digest = sha256(email.toLowerCase(Locale.ROOT) + "|" + interviewId + "|" + attempt + "|"
                + settings.seed());
        double outcomeDraw = unit(digest, 0);
        double delayDraw = unit(digest, 8);
        double scoreDraw = unit(digest, 16);

        Outcome outcome;
        if (outcomeDraw < settings.completeShare()) {
            outcome = Outcome.COMPLETE;
        } else if (outcomeDraw < settings.completeShare() + settings.abandonShare()) {
            outcome = Outcome.ABANDON;
        } else if (outcomeDraw < settings.completeShare() + settings.abandonShare() + settings.failShare()) {
            outcome = Outcome.FAIL;
        } else {
            outcome = Outcome.LATE;
        }
        long span = settings.completionDelayMaxMillis() - settings.completionDelayMinMillis();
        long promptEnd = settings.completionDelayMinMillis() + Math.round(delayDraw * span);
        // Late candidates start as promptly as the others but stay in the interview until long after.
        long ends = outcome == Outcome.LATE ? Math.max(promptEnd, settings.lateCompletionMillis()) : promptEnd;
        double score = Math.round(40 + scoreDraw * 58) / 10.0;
        return new Fate(outcome, promptEnd / 4, ends, score);
    }

    Progress progress(Fate fate, long attemptStartedAtMillis, long nowMillis) {
        long elapsed = nowMillis - attemptStartedAtMillis;
        if (elapsed < fate.startsAfterMillis()) {
            return Progress.NOT_STARTED;
        }
        if (elapsed < fate.endsAfterMillis()) {
            return Progress.STARTED;
        }
        return switch (fate.outcome()) {
            case COMPLETE, LATE -> Progress.COMPLETED;
            case ABANDON -> Progress.ABANDONED;
            case FAIL -> Progress.FAILED;
        };
    }

    private static double unit(byte[] digest, int offset) {
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = (bits << 8) | (digest[offset + i] & 0xFF);
        }
        return bits / (double) (1L << 56);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
