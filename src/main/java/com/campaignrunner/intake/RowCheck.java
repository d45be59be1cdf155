package com.campaignrunner.intake;

import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every check a candidate row goes through, in one place, so that intake and the {@code validate} dry run judge a
 * row the same way: mapped, cleaned, validated, its duplicates detected, its position known, its resume found and
 * checked. The answer is the row's ledger record, STAGED or INVALID with the reason, the column and the fix.
 */
public final class RowCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Rows checked before this one that are not in memory: the ledger's, during intake; none for a dry run. */
    @FunctionalInterface
    public interface EarlierRows {

        Optional<Integer> firstRowWithEmail(String emailKey, int rowNumber);

        EarlierRows NONE = (emailKey, rowNumber) -> Optional.empty();
    }

    private final Campaign campaign;
    private final ColumnMapping mapping;
    private final CandidateMapper mapper;
    private final ResumeLibrary resumes;
    private final EarlierRows earlierRows;
    private final Map<String, Integer> firstRowByEmail = new HashMap<>();

    /**
     * @param header the candidate file's header, to map the columns by
     * @throws IntakeException when the header lacks a column the campaign needs, or the resume folder is missing
     */
    public RowCheck(Campaign campaign, List<String> header, EarlierRows earlierRows) {
        this.campaign = campaign;
        this.mapping = ColumnMapping.resolve(header, campaign.candidates().columns());
        this.mapper = new CandidateMapper(mapping, IntakeOptionsFactory.from(campaign.candidates()));
        this.resumes = new ResumeLibrary(campaign.resumeFolder(), campaign.maxResumeBytes());
        this.earlierRows = earlierRows;
    }

    /** The row mapped and cleaned, before the checks that need the other rows. */
    public Candidate candidate(SourceRow source) {
        return mapper.map(source);
    }

    /** A checked row: its ledger record, the problem that made it invalid (or null), and its resume's check. */
    public record Verdict(LedgerRow row, RowProblem problem, ResumeCheck resume) {

        public boolean duplicate() {
            return problem != null && problem.message().startsWith("duplicate of row");
        }
    }

    public LedgerRow check(SourceRow source) {
        return verdict(source).row();
    }

    public Verdict verdict(SourceRow source) {
        Candidate candidate = mapper.map(source);
        RowProblem problem = firstError(candidate.problems());
        if (problem == null) {
            problem = tooLong(candidate);
        }
        String emailKey = candidate.email() == null ? null : candidate.email().trim().toLowerCase(Locale.ROOT);
        if (problem == null && emailKey != null) {
            problem = duplicate(candidate, emailKey);
        }
        if (problem == null && campaign.position(candidate.position()) == null) {
            problem = new RowProblem(candidate.rowNumber(), column(CandidateField.POSITION), candidate.position(),
                    "unknown position '" + candidate.position() + "'",
                    "use one of the campaign's positions: " + campaign.positions().stream()
                            .map(Campaign.Position::name).collect(Collectors.joining(", ")),
                    RowProblem.Severity.ERROR);
        }
        ResumeCheck resume = null;
        if (problem == null) {
            resume = resumes.check(candidate, column(CandidateField.RESUME));
            if (!resume.usable()) {
                problem = resume.problem();
            }
        }
        String positionName = problem == null ? campaign.position(candidate.position()).name()
                : candidate.position();
        String resumeFile = resume == null || resume.file() == null ? candidate.resumeFile()
                : campaign.resumeFolder().relativize(resume.file()).toString();
        LedgerRow row = new LedgerRow(campaign.id(), candidate.rowNumber(), problem == null ? RowState.STAGED
                : RowState.INVALID, candidate.firstName(), candidate.lastName(), candidate.fullName(),
                candidate.email(), emailKey, candidate.phone(), countryCode(candidate), candidate.linkedinUrl(),
                positionName, resumeFile, resume == null ? null : resume.kind().name(),
                resume == null ? null : resume.sizeBytes(), resume == null ? null : resume.sha256(),
                extras(candidate), externalId(campaign.id(), emailKey, candidate.rowNumber()),
                problem == null ? null : problem.column(), problem == null ? null : problem.message(),
                problem == null ? null : problem.fix(), warnings(candidate, resume), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, 0, null, null, null,
                null, null);
        return new Verdict(row, problem, resume);
    }

    /** Resume files that no checked row named or matched. */
    public List<String> unmatchedResumes() {
        return resumes.unmatchedFiles();
    }

    private RowProblem duplicate(Candidate candidate, String emailKey) {
        Integer first = firstRowByEmail.get(emailKey);
        if (first == null) {
            first = earlierRows.firstRowWithEmail(emailKey, candidate.rowNumber()).orElse(null);
        }
        if (first == null || first == candidate.rowNumber()) {
            firstRowByEmail.put(emailKey, candidate.rowNumber());
            return null;
        }
        return new RowProblem(candidate.rowNumber(), column(CandidateField.EMAIL), candidate.email(),
                "duplicate of row " + first,
                "remove this row or give the candidate's own email address", RowProblem.Severity.ERROR);
    }

    /** The longest value the ledger keeps for each field; a longer one is a typing or export accident. */
    private static final Map<CandidateField, Integer> LONGEST = Map.of(CandidateField.FIRST_NAME, 300,
            CandidateField.LAST_NAME, 300, CandidateField.FULL_NAME, 600, CandidateField.EMAIL, 320,
            CandidateField.PHONE, 40, CandidateField.LINKEDIN, 1000, CandidateField.POSITION, 300,
            CandidateField.RESUME, 1000);

    private RowProblem tooLong(Candidate candidate) {
        Map<CandidateField, String> values = new java.util.EnumMap<>(CandidateField.class);
        values.put(CandidateField.FIRST_NAME, candidate.firstName());
        values.put(CandidateField.LAST_NAME, candidate.lastName());
        values.put(CandidateField.FULL_NAME, candidate.fullName());
        values.put(CandidateField.EMAIL, candidate.email());
        values.put(CandidateField.PHONE, candidate.phone());
        values.put(CandidateField.LINKEDIN, candidate.linkedinUrl());
        values.put(CandidateField.POSITION, candidate.position());
        values.put(CandidateField.RESUME, candidate.resumeFile());
        for (Map.Entry<CandidateField, String> value : values.entrySet()) {
            int longest = LONGEST.get(value.getKey());
            if (value.getValue() != null && value.getValue().length() > longest) {
                String shown = value.getValue().substring(0, 40) + "…";
                return new RowProblem(candidate.rowNumber(), column(value.getKey()), shown, "value too long ("
                        + value.getValue().length() + " characters, at most " + longest + ")",
                        "keep one value in the cell, for example one phone number or one address",
                        RowProblem.Severity.ERROR);
            }
        }
        return null;
    }

    /** Only a real alpha-2 code is kept; an unknown country was already reported as a warning. */
    private static String countryCode(Candidate candidate) {
        String code = candidate.countryCode();
        return code != null && code.length() == 2 ? code : null;
    }

    /** The file's own header of a field, so every message points at a column the user can see. */
    private String column(CandidateField field) {
        String header = mapping.has(field) ? mapping.headerOf(field) : null;
        return header == null || header.isBlank() ? field.key() : header;
    }

    private static RowProblem firstError(List<RowProblem> problems) {
        return problems.stream().filter(p -> p.severity() == RowProblem.Severity.ERROR).findFirst().orElse(null);
    }

    private static String warnings(Candidate candidate, ResumeCheck resume) {
        List<RowProblem> problems = new ArrayList<>(candidate.problems());
        if (resume != null && resume.usable() && resume.problem() != null) {
            problems.add(resume.problem());
        }
        String text = problems.stream().filter(p -> p.severity() == RowProblem.Severity.WARNING)
                .map(p -> p.column() + ": " + p.message()).collect(Collectors.joining("; "));
        return text.isEmpty() ? null : text;
    }

    private static String extras(Candidate candidate) {
        return candidate.extras() == null || candidate.extras().isEmpty() ? null : Ledger.truncate(
                JSON.writeValueAsString(candidate.extras()), 8000);
    }

    /** Stable across runs and crashes: the same candidate of the same campaign always gets the same id. */
    public static String externalId(String campaignId, String emailKey, int rowNumber) {
        if (emailKey == null) {
            return campaignId + "-row-" + rowNumber;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((campaignId + "\n" + emailKey)
                    .getBytes(StandardCharsets.UTF_8));
            return "cr-" + campaignId + "-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
