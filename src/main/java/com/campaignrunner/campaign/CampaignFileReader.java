package com.campaignrunner.campaign;

import com.campaignrunner.api.ApiSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a campaign file and checks every field before anything is called. Errors name the file, the line, the
 * field and what is allowed.
 */
public final class CampaignFileReader {

    private static final Pattern CAMPAIGN_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Set<String> RECOMMENDATIONS = Set.of("ai_accept", "recruiter_action", "ai_reject");
    private static final Set<String> LANGUAGES = Set.of("ar", "bg", "zh", "hr", "cs", "da", "nl", "en", "fil", "fi",
            "fr", "de", "el", "hi", "hu", "id", "it", "ja", "ko", "ms", "no", "pl", "pt", "br", "ro", "ru", "sk", "es",
            "sv", "ta", "th", "tr", "uk", "vi");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Path file;
    private final Path folder;

    private CampaignFileReader(Path file) {
        this.file = file;
        this.folder = file.toAbsolutePath().getParent();
    }

    public static Campaign read(Path file) throws CampaignFileException {
        return new CampaignFileReader(file).read();
    }

    private Campaign read() throws CampaignFileException {
        if (!Files.isRegularFile(file)) {
            throw new CampaignFileException("Campaign file not found: " + file);
        }
        MappingNode root = parse();
        Section top = new Section(root, "");
        top.allowOnly("campaign", "candidates", "resumes", "positions", "position", "interview", "selection",
                "invitations", "collection", "export", "api", "sandbox", "schedule");

        String id = top.requiredText("campaign");
        if (!CAMPAIGN_ID.matcher(id).matches()) {
            throw top.error("campaign", "must be lower-case letters, digits and hyphens (at most 63), got '" + id
                    + "'");
        }
        Campaign.CandidateSource candidates = candidates(top.requiredSection("candidates"));
        Section resumes = top.requiredSection("resumes");
        resumes.allowOnly("folder", "max-size-mb");
        Path resumeFolder = existingFolder(resumes, "folder");
        long maxResumeBytes = (long) (resumes.number("max-size-mb", 10, 0.01, 1024) * 1024 * 1024);

        List<Campaign.Position> positions = positions(top);
        Campaign.Interview interview = interview(top.requiredSection("interview"), positions.get(0));

        Set<String> selected = new LinkedHashSet<>(List.of("ai_accept", "recruiter_action"));
        if (top.has("selection")) {
            Section selection = top.section("selection");
            selection.allowOnly("recommendations");
            selected = new LinkedHashSet<>(selection.textList("recommendations"));
            for (String value : selected) {
                if (!RECOMMENDATIONS.contains(value)) {
                    throw selection.error("recommendations", "allowed values are ai_accept, recruiter_action, "
                            + "ai_reject; got '" + value + "'");
                }
            }
        }
        boolean sendEmail = false;
        if (top.has("invitations")) {
            Section invitations = top.section("invitations");
            invitations.allowOnly("send-email");
            sendEmail = invitations.bool("send-email", false);
        }
        Duration collectionWait = Duration.ZERO;
        if (top.has("collection")) {
            Section collection = top.section("collection");
            collection.allowOnly("wait-seconds");
            collectionWait = Duration.ofMillis((long) (collection.number("wait-seconds", 0, 0, 86_400) * 1000));
        }
        Path exportFolder = folder.resolve("../exports").normalize();
        if (top.has("export")) {
            Section export = top.section("export");
            export.allowOnly("folder");
            exportFolder = folder.resolve(export.requiredText("folder")).normalize();
        }
        if (interview.perCandidate() && positions.size() > 1) {
            throw top.error("positions", "per-candidate interviews take one position: the API makes one interview "
                    + "per position and the campaign collects from one");
        }
        if (sendEmail && interview.perCandidate()) {
            throw top.error("invitations", "per-candidate interviews hand each candidate a link; email invitations "
                    + "are not sent in that mode (set send-email: false)");
        }
        Campaign.Api api = api(top.requiredSection("api"));
        Map<String, Object> sandbox = top.has("sandbox") ? top.section("sandbox").plainValues() : Map.of();
        String schedule = top.has("schedule") ? top.requiredText("schedule") : null;
        if (schedule != null && !CronExpression.isValidExpression(schedule)) {
            throw top.error("schedule", "must be a cron expression with seconds, such as '0 0 6 * * *' (06:00 "
                    + "every day) or '0 */30 * * * *' (every 30 minutes); got '" + schedule + "'");
        }
        return new Campaign(id, file.toAbsolutePath().normalize(), candidates, resumeFolder, maxResumeBytes,
                positions, interview, selected, sendEmail, collectionWait, exportFolder, api, sandbox, schedule);
    }

    private MappingNode parse() throws CampaignFileException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node node = new Yaml(options).compose(reader);
            if (!(node instanceof MappingNode mapping)) {
                throw new CampaignFileException(file + ": the file is empty or not a YAML mapping of fields");
            }
            return mapping;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new CampaignFileException(file + " line " + line + ": not valid YAML: " + e.getProblem(), e);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException
                    || String.valueOf(e.getMessage()).contains("MalformedInput")) {
                throw new CampaignFileException(file + ": not a text file in UTF-8; a campaign file is YAML text",
                        e);
            }
            throw new CampaignFileException(file + ": not valid YAML: " + e.getMessage(), e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CampaignFileException(file + ": not a text file in UTF-8; a campaign file is YAML text", e);
        } catch (IOException e) {
            throw new CampaignFileException("Cannot read campaign file " + file + ": " + e.getMessage(), e);
        }
    }

    private Campaign.CandidateSource candidates(Section section) throws CampaignFileException {
        section.allowOnly("file", "sheet", "encoding", "delimiter", "columns", "default-country");
        Path candidateFile = folder.resolve(section.requiredText("file")).normalize();
        if (!Files.isRegularFile(candidateFile)) {
            throw section.error("file", "no such file: " + candidateFile);
        }
        String encoding = section.optionalText("encoding");
        if (encoding != null && !java.nio.charset.Charset.isSupported(encoding)) {
            throw section.error("encoding", "unknown encoding '" + encoding
                    + "'; use UTF-8, UTF-16, windows-1252 or ISO-8859-1");
        }
        String delimiter = section.optionalText("delimiter");
        Character delimiterChar = null;
        if (delimiter != null) {
            String value = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
            if (value.length() != 1 || ",;\t|".indexOf(value.charAt(0)) < 0) {
                throw section.error("delimiter", "allowed: ',' ';' '|' or tab; got '" + delimiter + "'");
            }
            delimiterChar = value.charAt(0);
        }
        Map<String, String> columns = new LinkedHashMap<>();
        if (section.has("columns")) {
            section.section("columns").plainValues().forEach((field, header) -> columns.put(field,
                    String.valueOf(header)));
        }
        return new Campaign.CandidateSource(candidateFile, section.optionalText("sheet"), encoding, delimiterChar,
                columns, countryCode(section, "default-country"));
    }

    private List<Campaign.Position> positions(Section top) throws CampaignFileException {
        List<Section> sections = new ArrayList<>();
        if (top.has("positions")) {
            sections.addAll(top.sectionList("positions"));
        }
        if (top.has("position")) {
            sections.add(top.section("position"));
        }
        if (sections.isEmpty()) {
            throw top.error("positions", "a campaign needs at least one position to pre-screen against");
        }
        List<Campaign.Position> positions = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Section section : sections) {
            section.allowOnly("name", "id", "location", "country", "language", "description", "description-long");
            String name = section.requiredText("name");
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw section.error("name", "two positions are named '" + name + "'; names must differ");
            }
            String existingId = uuidOrNull(section, "id");
            String location = existingId == null ? section.requiredText("location") : section.optionalText(
                    "location");
            String country = existingId == null ? requiredCountry(section) : countryCode(section, "country");
            positions.add(new Campaign.Position(name, existingId, location, country,
                    language(section, "language"), existingId == null ? section.requiredText("description")
                            : section.optionalText("description"), section.optionalText("description-long")));
        }
        return List.copyOf(positions);
    }

    private Campaign.Interview interview(Section section, Campaign.Position position) throws CampaignFileException {
        section.allowOnly("id", "mode", "name", "template-id", "language", "type", "interview-type", "visibility",
                "max-duration-seconds", "questions", "knowledge-base");
        List<String> questions = section.has("questions") ? section.textList("questions") : List.of();
        Campaign.Mode mode = mode(section, questions);
        String existingId = uuidOrNull(section, "id");
        if (existingId != null) {
            if (section.has("mode") || !questions.isEmpty()) {
                throw section.error("id", "an existing interview is used as it is; remove mode and questions, or "
                        + "remove id to create one");
            }
            return new Campaign.Interview(existingId, null, null, null, null, null, null, null,
                    Campaign.Mode.FROM_POSITION, List.of(), null);
        }
        String templateId = mode == Campaign.Mode.PER_CANDIDATE ? section.optionalText("template-id")
                : section.requiredText("template-id");
        if (templateId != null && !UUID.matcher(templateId).matches()) {
            throw section.error("template-id", "must be the UUID of an interview template, got '" + templateId
                    + "'");
        }
        Campaign.KnowledgeBase knowledgeBase = section.has("knowledge-base")
                ? knowledgeBase(section.section("knowledge-base")) : null;
        if (knowledgeBase != null && mode == Campaign.Mode.PER_CANDIDATE) {
            throw section.error("knowledge-base", "per-candidate interviews cannot use a knowledge base; use mode "
                    + "from-position or from-questions");
        }
        String type = oneOf(section, "type", "interview", Set.of("interview", "coaching", "assessment"));
        String visibility = oneOf(section, "visibility", "merchant_invite",
                Set.of("merchant_public", "merchant_invite", "merchant_unlisted"));
        String interviewType = oneOf(section, "interview-type", null, Set.of("pre-screening",
                "pre-screening-with-test-questions", "second-interview", "remote-freelancer-verification",
                "strength-based-interview", "potential-based-interview", "process-verification-from-knowledge-base"));
        String name = section.optionalText("name");
        Double maxDuration = section.has("max-duration-seconds")
                ? section.number("max-duration-seconds", 1200, 60, 7200) : null;
        String language = section.has("language") ? language(section, "language") : position.language();
        return new Campaign.Interview(null, name == null ? position.name() : name, templateId, language, type,
                interviewType, visibility, maxDuration, mode, List.copyOf(questions), knowledgeBase);
    }

    private Campaign.Mode mode(Section section, List<String> questions) throws CampaignFileException {
        String fallback = questions.isEmpty() ? "from-position" : "from-questions";
        String value = oneOf(section, "mode", fallback, Set.of("from-position", "from-questions", "per-candidate"));
        Campaign.Mode mode = Campaign.Mode.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        if (mode == Campaign.Mode.FROM_QUESTIONS && questions.isEmpty()) {
            throw section.error("questions", "mode from-questions needs a list of questions, for example "
                    + "questions: [\"Tell us about a project you led.\"]");
        }
        if (mode != Campaign.Mode.FROM_QUESTIONS && !questions.isEmpty()) {
            throw section.error("questions", "questions are asked only with mode: from-questions");
        }
        for (String question : questions) {
            if (question.isBlank()) {
                throw section.error("questions", "a question is empty");
            }
        }
        return mode;
    }

    private Campaign.KnowledgeBase knowledgeBase(Section section) throws CampaignFileException {
        section.allowOnly("store-id", "documents");
        String storeId = section.requiredText("store-id");
        if (!UUID.matcher(storeId).matches()) {
            throw section.error("store-id", "must be the UUID of a knowledge base store, got '" + storeId + "'");
        }
        List<Path> documents = new ArrayList<>();
        for (String document : section.textList("documents")) {
            Path path = folder.resolve(document).normalize();
            if (!Files.isRegularFile(path)) {
                throw section.error("documents", "no such file: " + path);
            }
            documents.add(path);
        }
        return new Campaign.KnowledgeBase(storeId, List.copyOf(documents));
    }

    private Campaign.Api api(Section section) throws CampaignFileException {
        section.allowOnly("base-url", "token-env", "token-file", "concurrency", "rate-limit", "retries",
                "timeout-seconds", "registration-batch");
        String baseUrl = section.requiredText("base-url");
        if (!baseUrl.equalsIgnoreCase("sandbox") && !baseUrl.matches("https?://[^\\s]+")) {
            throw section.error("base-url", "use 'sandbox' or an http(s) URL such as "
                    + "https://cool.jobmojito.com/functions/v1; got '" + baseUrl + "'");
        }
        String tokenEnv = section.optionalText("token-env");
        String tokenFile = section.optionalText("token-file");
        if (tokenEnv == null && tokenFile == null && !baseUrl.equalsIgnoreCase("sandbox")) {
            throw section.error("token-env", "name the environment variable that holds the API token "
                    + "(or give token-file)");
        }
        int concurrency = section.wholeNumber("concurrency", 8, 1, 256);
        double rate = section.number("rate-limit", 0, 0, 10_000);
        ApiSettings.RetrySettings retries = ApiSettings.RetrySettings.defaults();
        if (section.has("retries")) {
            Section r = section.section("retries");
            r.allowOnly("max-attempts", "initial-delay-ms", "max-delay-ms", "multiplier");
            retries = new ApiSettings.RetrySettings(r.wholeNumber("max-attempts", 5, 1, 100),
                    Duration.ofMillis((long) r.number("initial-delay-ms", 500, 1, 600_000)),
                    Duration.ofMillis((long) r.number("max-delay-ms", 30_000, 1, 3_600_000)),
                    r.number("multiplier", 2.0, 1.0, 10.0));
        }
        Duration timeout = Duration.ofMillis((long) (section.number("timeout-seconds", 30, 0.1, 600) * 1000));
        int batch = section.wholeNumber("registration-batch", 50, 1, 1000);
        return new Campaign.Api(baseUrl, tokenEnv, tokenFile == null ? null : folder.resolve(tokenFile).toString(),
                concurrency, rate, retries, timeout, batch);
    }

    private Path existingFolder(Section section, String field) throws CampaignFileException {
        Path path = folder.resolve(section.requiredText(field)).normalize();
        if (!Files.isDirectory(path)) {
            throw section.error(field, "no such folder: " + path);
        }
        return path;
    }

    private String requiredCountry(Section section) throws CampaignFileException {
        String code = countryCode(section, "country");
        if (code == null) {
            throw section.error("country", "required: the ISO 3166-1 alpha-2 code of the position's country");
        }
        return code;
    }

    private String countryCode(Section section, String field) throws CampaignFileException {
        String value = section.optionalText(field);
        if (value == null) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(code)) {
            throw section.error(field, "must be an ISO 3166-1 alpha-2 country code such as GB or US, got '"
                    + value + "'");
        }
        return code;
    }

    private String language(Section section, String field) throws CampaignFileException {
        String value = section.has(field) ? section.requiredText(field) : "en";
        if (!LANGUAGES.contains(value)) {
            throw section.error(field, "must be one of the platform languages " + new java.util.TreeSet<>(LANGUAGES)
                    + ", got '" + value + "'");
        }
        return value;
    }

    private String uuidOrNull(Section section, String field) throws CampaignFileException {
        String value = section.optionalText(field);
        if (value != null && !UUID.matcher(value).matches()) {
            throw section.error(field, "must be a UUID such as 0b6f3c1e-...; got '" + value + "'");
        }
        return value;
    }

    private String oneOf(Section section, String field, String fallback, Set<String> allowed)
            throws CampaignFileException {
        String value = section.optionalText(field);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw section.error(field, "allowed values are " + new java.util.TreeSet<>(allowed) + ", got '" + value
                    + "'");
        }
        return value;
    }

    /** A mapping in the file, with the dotted path of its fields for messages. */
    private final class Section {

        private final MappingNode node;
        private final String path;
        private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

        Section(MappingNode node, String path) {
            this.node = node;
            this.path = path;
            for (NodeTuple tuple : node.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    fields.put(key.getValue(), tuple);
                }
            }
        }

        CampaignFileException error(String field, String message) {
            NodeTuple tuple = fields.get(field);
            Node at = tuple == null ? node : tuple.getValueNode();
            int line = at.getStartMark().getLine() + 1;
            return new CampaignFileException(file + " line " + line + ", field " + path + field + ": " + message);
        }

        void allowOnly(String... allowed) throws CampaignFileException {
            Set<String> seen = new java.util.HashSet<>();
            for (NodeTuple tuple : node.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !seen.add(key.getValue())) {
                    int line = key.getStartMark().getLine() + 1;
                    throw new CampaignFileException(file + " line " + line + ", field " + path + key.getValue()
                            + ": given twice; keep one");
                }
            }
            Set<String> names = Set.of(allowed);
            for (Map.Entry<String, NodeTuple> entry : fields.entrySet()) {
                if (!names.contains(entry.getKey())) {
                    throw error(entry.getKey(), "unknown field; allowed here: " + String.join(", ", allowed));
                }
            }
        }

        boolean has(String field) {
            NodeTuple tuple = fields.get(field);
            return tuple != null && !(tuple.getValueNode() instanceof ScalarNode scalar
                    && (scalar.getValue().isEmpty() || scalar.getTag().getValue().endsWith(":null")));
        }

        String optionalText(String field) throws CampaignFileException {
            if (!has(field)) {
                return null;
            }
            if (!(fields.get(field).getValueNode() instanceof ScalarNode scalar)) {
                throw error(field, "must be a single value");
            }
            String value = scalar.getValue().trim();
            return value.isEmpty() ? null : value;
        }

        String requiredText(String field) throws CampaignFileException {
            String value = optionalText(field);
            if (value == null) {
                throw error(field, "required");
            }
            return value;
        }

        double number(String field, double fallback, double min, double max) throws CampaignFileException {
            String value = optionalText(field);
            if (value == null) {
                return fallback;
            }
            try {
                double number = Double.parseDouble(value);
                if (number < min || number > max) {
                    throw error(field, "must be between " + plain(min) + " and " + plain(max) + ", got " + value);
                }
                return number;
            } catch (NumberFormatException e) {
                throw error(field, "must be a number between " + plain(min) + " and " + plain(max) + ", got '"
                        + value + "'");
            }
        }

        int wholeNumber(String field, int fallback, int min, int max) throws CampaignFileException {
            double number = number(field, fallback, min, max);
            if (number != Math.rint(number)) {
                throw error(field, "must be a whole number between " + min + " and " + max + ", got "
                        + optionalText(field));
            }
            return (int) number;
        }

        boolean bool(String field, boolean fallback) throws CampaignFileException {
            String value = optionalText(field);
            if (value == null) {
                return fallback;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw error(field, "must be true or false, got '" + value + "'");
            };
        }

        Section section(String field) throws CampaignFileException {
            if (!(fields.get(field).getValueNode() instanceof MappingNode mapping)) {
                throw error(field, "must be a group of fields (indented lines 'name: value')");
            }
            return new Section(mapping, path + field + ".");
        }

        Section requiredSection(String field) throws CampaignFileException {
            if (!has(field)) {
                throw error(field, "required");
            }
            return section(field);
        }

        List<Section> sectionList(String field) throws CampaignFileException {
            if (!(fields.get(field).getValueNode() instanceof SequenceNode sequence)) {
                throw error(field, "must be a list ('- name: ...' entries)");
            }
            List<Section> sections = new ArrayList<>();
            int index = 0;
            for (Node item : sequence.getValue()) {
                if (!(item instanceof MappingNode mapping)) {
                    throw error(field, "entry " + (index + 1) + " must be a group of fields");
                }
                sections.add(new Section(mapping, path + field + "[" + index + "]."));
                index++;
            }
            return sections;
        }

        List<String> textList(String field) throws CampaignFileException {
            Node value = fields.get(field) == null ? null : fields.get(field).getValueNode();
            if (!(value instanceof SequenceNode sequence)) {
                throw error(field, "must be a list, for example [ai_accept, recruiter_action]");
            }
            List<String> texts = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar)) {
                    throw error(field, "entries must be single values");
                }
                texts.add(scalar.getValue().trim());
            }
            return texts;
        }

        Map<String, Object> plainValues() throws CampaignFileException {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String field : fields.keySet()) {
                values.put(field, optionalText(field));
            }
            return values;
        }

        private static String plain(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
    }
}
