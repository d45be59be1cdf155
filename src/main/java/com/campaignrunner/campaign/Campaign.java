package com.campaignrunner.campaign;

import com.campaignrunner.api.ApiSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A campaign file, read and checked. Paths are resolved against the folder of the campaign file.
 */
public record Campaign(String id, Path file, CandidateSource candidates, Path resumeFolder, long maxResumeBytes,
        List<Position> positions, Interview interview, Set<String> selectedRecommendations,
        boolean sendEmailInvitations, Duration collectionWait, Path exportFolder, Api api,
        Map<String, Object> sandbox, String schedule) {

    /** Where the candidates come from and how to read them. */
    public record CandidateSource(Path file, String sheet, String encoding, Character delimiter,
            Map<String, String> columns, String defaultCountry) {
    }

    /** A position candidates are pre-screened against: created once, or an existing id. */
    public record Position(String name, String existingId, String location, String countryCode, String language,
            String description, String descriptionLong) {
    }

    /**
     * The interview selected candidates are registered for: an existing one, or one made by {@code mode}.
     *
     * @param questions the campaign's own questions, in order, for {@link Mode#FROM_QUESTIONS}
     * @param knowledgeBase documents uploaded before the interview is created, or null
     */
    public record Interview(String existingId, String name, String templateId, String language, String type,
            String interviewType, String visibility, Double maxDurationSeconds, Mode mode, List<String> questions,
            KnowledgeBase knowledgeBase) {

        public boolean perCandidate() {
            return mode == Mode.PER_CANDIDATE;
        }
    }

    /** How the campaign's interview comes to exist. */
    public enum Mode {
        /** Created once; the AI writes the questions from the position. */
        FROM_POSITION,
        /** Created once from the campaign's own list of questions. */
        FROM_QUESTIONS,
        /** One call per candidate screens them, enrols them and answers with their link; no registration call. */
        PER_CANDIDATE
    }

    /** Documents for the interview's knowledge base store, each uploaded once. */
    public record KnowledgeBase(String storeId, List<Path> documents) {
    }

    /** Where the API is; {@code sandbox} means a local sandbox started for the run. */
    public record Api(String baseUrl, String tokenEnvironmentVariable, String tokenFile, int concurrency,
            double callsPerSecond, ApiSettings.RetrySettings retries, Duration timeout, int registrationBatch) {

        public boolean sandbox() {
            return "sandbox".equalsIgnoreCase(baseUrl);
        }
    }

    public Position position(String name) {
        if (name == null || positions.size() == 1) {
            return positions.get(0);
        }
        return positions.stream().filter(p -> p.name().equalsIgnoreCase(name.trim())).findFirst().orElse(null);
    }
}
