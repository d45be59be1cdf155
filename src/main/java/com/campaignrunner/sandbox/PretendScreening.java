package com.campaignrunner.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's stand-in for the vendor's AI resume screening: a plain keyword match, so that sample resumes can
 * be written to land on a chosen recommendation.
 *
 * <p>The keywords of a position are the known skills named in its name and descriptions, or, when it names none,
 * its words of five letters or more. The score is the share of keywords found in the resume, on a 0 to 10 scale
 * rounded to one decimal: 7.0 and above is accepted, 4.0 up to 7.0 goes to the recruiter, below 4.0 is rejected.
 */
final class PretendScreening {

    static final Set<String> SKILLS = Set.of(
            "java", "spring", "kotlin", "python", "postgresql", "kafka", "docker", "kubernetes", "rest", "graphql",
            "testing", "junit", "aws", "azure", "microservices", "linux", "terraform", "react", "typescript", "sql",
            "redis", "grpc", "jenkins", "git", "agile", "scrum", "warehouse", "forklift", "logistics", "inventory",
            "customer", "driving", "delivery", "safety", "nursing", "sales", "marketing", "accounting", "excel",
            "leadership");

    static final String UNREADABLE_RESUME = "No text could be read from the resume";

    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern YEARS = Pattern.compile("(\\d{1,2})\\+?\\s*years?\\b", Pattern.CASE_INSENSITIVE);
    private static final int FALLBACK_KEYWORD_LENGTH = 5;

    private PretendScreening() {
    }

    /** What the pretend AI concluded about one resume. */
    record Verdict(
            Double score,
            String recommendation,
            String decisionStatus,
            List<String> matchedSkills,
            List<String> missingSkills,
            Integer yearsOfExperience,
            String education,
            Boolean switchingProfession,
            String analysis,
            String processingReason) {
    }

    static Verdict screen(String positionText, String resumeText) {
        if (resumeText == null || resumeText.isBlank()) {
            return new Verdict(null, "ai_reject", "rejected", List.of(), List.copyOf(keywords(positionText)), null,
                    null, null, "The resume could not be read, so no skills could be matched.", UNREADABLE_RESUME);
        }
        Set<String> keywords = keywords(positionText);
        if (keywords.isEmpty()) {
            return new Verdict(null, "recruiter_action", "recruiter_action", List.of(), List.of(),
                    yearsOfExperience(resumeText), education(resumeText), null,
                    "The position names nothing to match the resume against; a recruiter should decide.",
                    "The position has no keywords to match");
        }
        Set<String> resumeWords = tokens(resumeText);
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String keyword : keywords) {
            (resumeWords.contains(keyword) ? matched : missing).add(keyword);
        }
        double score = Math.round(100.0 * matched.size() / keywords.size()) / 10.0;
        String recommendation = recommendation(score);
        return new Verdict(score, recommendation, decisionStatus(recommendation), matched, missing,
                yearsOfExperience(resumeText), education(resumeText), matched.isEmpty(),
                analysis(matched, missing), null);
    }

    static String recommendation(double score) {
        if (score >= 7.0) {
            return "ai_accept";
        }
        return score >= 4.0 ? "recruiter_action" : "ai_reject";
    }

    static String decisionStatus(String recommendation) {
        return switch (recommendation) {
            case "ai_accept" -> "accepted";
            case "recruiter_action" -> "recruiter_action";
            default -> "rejected";
        };
    }

    /** Sorted, so that the analysis and the score never depend on hash order. */
    static Set<String> keywords(String positionText) {
        Set<String> words = tokens(positionText);
        Set<String> skills = new TreeSet<>(words);
        skills.retainAll(SKILLS);
        if (!skills.isEmpty()) {
            return skills;
        }
        Set<String> longWords = new TreeSet<>();
        for (String word : words) {
            if (word.length() >= FALLBACK_KEYWORD_LENGTH) {
                longWords.add(word);
            }
        }
        return longWords;
    }

    static Set<String> tokens(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> tokens = new LinkedHashSet<>(
                Arrays.asList(NOT_A_WORD_CHARACTER.split(text.toLowerCase(Locale.ROOT))));
        tokens.remove("");
        return tokens;
    }

    static Integer yearsOfExperience(String resumeText) {
        Integer largest = null;
        Matcher matcher = YEARS.matcher(resumeText);
        while (matcher.find()) {
            int years = Integer.parseInt(matcher.group(1));
            largest = largest == null ? years : Math.max(largest, years);
        }
        return largest;
    }

    private static String education(String resumeText) {
        Set<String> words = tokens(resumeText);
        if (words.contains("phd") || words.contains("doctorate")) {
            return "doctorate";
        }
        if (words.contains("master") || words.contains("masters") || words.contains("msc")) {
            return "masters";
        }
        if (words.contains("bachelor") || words.contains("bachelors") || words.contains("bsc")) {
            return "bachelors";
        }
        return null;
    }

    private static String analysis(List<String> matched, List<String> missing) {
        int total = matched.size() + missing.size();
        StringBuilder text = new StringBuilder("The candidate shows ").append(matched.size()).append(" of ")
                .append(total).append(" key skills for the position");
        text.append(matched.isEmpty() ? "" : " (" + String.join(", ", matched) + ")");
        text.append(missing.isEmpty() ? "; nothing required is missing." :
                "; not evidenced: " + String.join(", ", missing) + ".");
        return text.toString();
    }
}
