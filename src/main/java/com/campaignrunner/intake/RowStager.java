package com.campaignrunner.intake;

import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one source row into its ledger record: mapped, cleaned, validated, its resume found and checked, its
 * duplicates detected. Invalid rows are staged too, with the reason, the column and the fix. Rows already in the
 * ledger from an earlier run are left as they are.
 */
public class RowStager implements ItemProcessor<SourceRow, LedgerRow> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(RowStager.class);

    private final CampaignContext context;
    private final Ledger ledger;
    private final CandidateFileItemReader reader;
    private final Map<String, Integer> firstRowByEmail = new HashMap<>();
    private CandidateMapper mapper;
    private ResumeLibrary resumes;

    public RowStager(CampaignContext context, Ledger ledger, CandidateFileItemReader reader) {
        this.context = context;
        this.ledger = ledger;
        this.reader = reader;
    }

    @Override
    public LedgerRow process(SourceRow source) {
        Campaign campaign = context.campaign();
        Optional<LedgerRow> staged = ledger.find(campaign.id(), source.rowNumber());
        Candidate candidate = mapper(campaign).map(source);
        if (staged.isPresent()) {
            warnIfMoved(staged.get(), candidate);
            return null;
        }
        RowProblem problem = firstError(candidate.problems());
        String emailKey = candidate.email() == null ? null : candidate.email().trim().toLowerCase(Locale.ROOT);
        if (problem == null && emailKey != null) {
            problem = duplicate(campaign, candidate, emailKey);
        }
        if (problem == null && campaign.position(candidate.position()) == null) {
            problem = new RowProblem(candidate.rowNumber(), "position", candidate.position(),
                    "unknown position '" + candidate.position() + "'",
                    "use one of the campaign's positions: " + campaign.positions().stream()
                            .map(Campaign.Position::name).collect(Collectors.joining(", ")),
                    RowProblem.Severity.ERROR);
        }
        ResumeCheck resume = null;
        if (problem == null) {
            resume = resumes(campaign).check(candidate);
            if (!resume.usable()) {
                problem = resume.problem();
            }
        }
        String positionName = problem == null ? campaign.position(candidate.position()).name()
                : candidate.position();
        String resumeFile = resume == null || resume.file() == null ? candidate.resumeFile()
                : campaign.resumeFolder().relativize(resume.file()).toString();
        return new LedgerRow(campaign.id(), candidate.rowNumber(), problem == null ? RowState.STAGED
                : RowState.INVALID, candidate.firstName(), candidate.lastName(), candidate.fullName(),
                candidate.email(), emailKey, candidate.phone(), candidate.countryCode(), candidate.linkedinUrl(),
                positionName, resumeFile, resume == null ? null : resume.kind().name(),
                resume == null ? null : resume.sizeBytes(), resume == null ? null : resume.sha256(),
                extras(candidate), externalId(campaign.id(), emailKey, candidate.rowNumber()),
                problem == null ? null : problem.column(), problem == null ? null : problem.message(),
                problem == null ? null : problem.fix(), warnings(candidate, resume), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, 0, null, null, null,
                null, null);
    }

    /** Rows are known by their row number; a different person there means rows were inserted or re-sorted. */
    private static void warnIfMoved(LedgerRow staged, Candidate now) {
        String email = now.email() == null ? null : now.email().trim().toLowerCase(Locale.ROOT);
        if (staged.emailKey() != null && email != null && !staged.emailKey().equals(email)) {
            log.warn("Row {} holds {} now but {} when it was staged; rows are matched by row number, so add new "
                    + "candidates at the end of the file. The row keeps what was staged.", staged.rowNumber(),
                    email, staged.emailKey());
        }
    }

    private CandidateMapper mapper(Campaign campaign) {
        if (mapper == null) {
            try {
                ColumnMapping mapping = ColumnMapping.resolve(reader.sheet().header(), campaign.candidates()
                        .columns());
                mapper = new CandidateMapper(mapping, IntakeOptionsFactory.from(campaign.candidates()));
            } catch (IntakeException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return mapper;
    }

    private ResumeLibrary resumes(Campaign campaign) {
        if (resumes == null) {
            resumes = new ResumeLibrary(campaign.resumeFolder(), campaign.maxResumeBytes());
        }
        return resumes;
    }

    /** Resume files that no row named or matched, once the whole file was read. */
    public List<String> unmatchedResumes() {
        return resumes == null ? List.of() : resumes.unmatchedFiles();
    }

    private RowProblem duplicate(Campaign campaign, Candidate candidate, String emailKey) {
        Integer first = firstRowByEmail.get(emailKey);
        if (first == null) {
            first = ledger.firstRowWithEmail(campaign.id(), emailKey, candidate.rowNumber()).orElse(null);
        }
        if (first == null || first == candidate.rowNumber()) {
            firstRowByEmail.put(emailKey, candidate.rowNumber());
            return null;
        }
        return new RowProblem(candidate.rowNumber(), "email", candidate.email(), "duplicate of row " + first,
                "remove this row or give the candidate's own email address", RowProblem.Severity.ERROR);
    }

    private static RowProblem firstError(List<RowProblem> problems) {
        return problems.stream().filter(p -> p.severity() == RowProblem.Severity.ERROR).findFirst().orElse(null);
    }

    private static String warnings(Candidate candidate, ResumeCheck resume) {
        List<RowProblem> problems = new java.util.ArrayList<>(candidate.problems());
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
