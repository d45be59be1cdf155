package com.campaignrunner.sampledata;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sandbox's pretend pre-screening, restated so the sample data can promise an outcome per candidate: the
 * position's keywords are the skill words in its text, and a resume scores 0 to 10 by the share of them it contains.
 */
final class ExpectedScreening {

    static final String POSITION_NAME = "Backend Engineer";

    static final String POSITION_DESCRIPTION = "Build and run payment microservices in Java and Spring. "
            + "You will design REST APIs on PostgreSQL and Kafka, ship with Docker and Kubernetes on AWS, "
            + "and care about automated testing.";

    static final Set<String> SKILLS = Set.of(
            "java", "spring", "kotlin", "python", "postgresql", "kafka", "docker", "kubernetes", "rest",
            "graphql", "testing", "junit", "aws", "azure", "microservices", "linux", "terraform", "react",
            "typescript", "sql", "redis", "grpc", "jenkins", "git", "agile", "scrum", "warehouse", "forklift",
            "logistics", "inventory", "customer", "driving", "delivery", "safety", "nursing", "sales",
            "marketing", "accounting", "excel", "leadership");

    static final String ACCEPT = "ai_accept";
    static final String RECRUITER_ACTION = "recruiter_action";
    static final String REJECT = "ai_reject";

    private ExpectedScreening() {
    }

    /** Lower-cased words; every character that is not a letter or digit, in any script, separates words. */
    static Set<String> tokens(String text) {
        Set<String> tokens = new TreeSet<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            if (Character.isLetterOrDigit(codePoint)) {
                word.appendCodePoint(codePoint);
            } else if (!word.isEmpty()) {
                tokens.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return tokens;
    }

    static Set<String> positionKeywords() {
        Set<String> keywords = tokens(POSITION_NAME + " " + POSITION_DESCRIPTION);
        keywords.retainAll(SKILLS);
        return keywords;
    }

    static Set<String> matchedKeywords(String resumeText) {
        Set<String> matched = tokens(resumeText);
        matched.retainAll(positionKeywords());
        return matched;
    }

    static int score(String resumeText) {
        return 10 * matchedKeywords(resumeText).size() / positionKeywords().size();
    }

    static String recommendation(int score) {
        if (score >= 7) {
            return ACCEPT;
        }
        return score >= 4 ? RECRUITER_ACTION : REJECT;
    }
}
