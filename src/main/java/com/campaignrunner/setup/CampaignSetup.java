package com.campaignrunner.setup;

import com.campaignrunner.api.ApiException;
import com.campaignrunner.api.ApiFailure;
import com.campaignrunner.api.InterviewCreateRequest;
import com.campaignrunner.api.InterviewCreated;
import com.campaignrunner.api.InterviewDefinition;
import com.campaignrunner.api.InterviewFromQuestionsRequest;
import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.api.PreScreeningPosition;
import com.campaignrunner.api.PreScreeningPositionRequest;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.job.RunAbortedException;
import com.campaignrunner.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Makes sure the campaign's positions and interview exist remotely: created once, their ids kept in the
 * ledger, the interview verified and activated.
 */
@Component
public class CampaignSetup implements Tasklet {

    static final String INTERVIEW = "interview";
    /** Set by the {@code close} command: the interview's closing status, never re-activated by a run. */
    public static final String CLOSED = "interview-closed";
    private static final Logger log = LoggerFactory.getLogger(CampaignSetup.class);

    private final CampaignContext context;
    private final Ledger ledger;
    private final KnowledgeBaseUploads knowledgeBase;

    public CampaignSetup(CampaignContext context, Ledger ledger) {
        this.context = context;
        this.ledger = ledger;
        this.knowledgeBase = new KnowledgeBaseUploads(context, ledger);
    }

    public static String positionKey(String positionName) {
        return "position:" + positionName.toLowerCase(Locale.ROOT);
    }

    /** The interview id of the campaign, once setup has run. */
    public static String interviewKey() {
        return INTERVIEW;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Campaign campaign = context.campaign();
        try {
            for (Campaign.Position position : campaign.positions()) {
                ensurePosition(campaign, position);
            }
            if (!campaign.interview().perCandidate()) {
                // Per-candidate interviews are made by the screening calls themselves.
                ensureInterview(campaign);
            }
        } catch (ApiException e) {
            if (e.failure() == ApiFailure.UNAUTHORISED) {
                throw new RunAbortedException("The API refused the token (" + e.getMessage() + "). Check the "
                        + "token in " + tokenSource(campaign) + ".", e);
            }
            throw e;
        }
        return RepeatStatus.FINISHED;
    }

    private static String tokenSource(Campaign campaign) {
        Campaign.Api api = campaign.api();
        return api.tokenEnvironmentVariable() != null ? "the environment variable " + api
                .tokenEnvironmentVariable() : "the file " + api.tokenFile();
    }

    private void ensurePosition(Campaign campaign, Campaign.Position position) {
        String key = positionKey(position.name());
        if (ledger.resource(campaign.id(), key).isPresent()) {
            return;
        }
        if (position.existingId() != null) {
            ledger.putResource(campaign.id(), key, position.existingId(), "CREATED");
            return;
        }
        // Creating a position costs nothing; a create lost in a crash leaves an unused position behind at worst.
        ledger.putResource(campaign.id(), key, null, "CREATING");
        PreScreeningPosition created = context.client().createPreScreeningPosition(new PreScreeningPositionRequest(
                position.name(), position.location(), position.countryCode(), position.description(),
                position.descriptionLong(), position.language(), "resume", "active"));
        ledger.putResource(campaign.id(), key, created.positionDefSetId(), "CREATED");
        log.info("Created pre-screening position '{}' ({})", position.name(), created.positionDefSetId());
    }

    private static InterviewCreated create(JobMojitoClient client, Campaign campaign) {
        Campaign.Interview interview = campaign.interview();
        Campaign.Position position = campaign.positions().get(0);
        String location = position.location() == null ? "remote" : position.location();
        String storeId = interview.knowledgeBase() == null ? null : interview.knowledgeBase().storeId();
        if (interview.mode() == Campaign.Mode.FROM_QUESTIONS) {
            List<InterviewFromQuestionsRequest.Question> questions = new ArrayList<>();
            for (int i = 0; i < interview.questions().size(); i++) {
                questions.add(new InterviewFromQuestionsRequest.Question(interview.questions().get(i), "q" + (i + 1),
                        null));
            }
            String description = position.description() == null ? interview.name() : position.description();
            return client.createInterviewFromQuestions(new InterviewFromQuestionsRequest(interview.name(), location,
                    interview.templateId(), interview.language(), description, "draft", interview.type(),
                    interview.visibility(), questions, interview.interviewType(), storeId));
        }
        return client.createInterview(new InterviewCreateRequest(interview.name(), location,
                interview.templateId(), interview.language(), "draft", interview.type(), interview.visibility(),
                interview.interviewType(), position.description(), position.descriptionLong(),
                interview.maxDurationSeconds(), storeId));
    }

    private void ensureInterview(Campaign campaign) {
        JobMojitoClient client = context.client();
        Campaign.Interview interview = campaign.interview();
        String interviewId = ledger.resource(campaign.id(), INTERVIEW).orElse(null);
        if (interviewId == null && interview.existingId() != null) {
            interviewId = interview.existingId();
            ledger.putResource(campaign.id(), INTERVIEW, interviewId, "CREATED");
        }
        if (interviewId == null) {
            if (interview.knowledgeBase() != null) {
                knowledgeBase.upload(campaign.id(), interview.knowledgeBase());
            }
            ledger.putResource(campaign.id(), INTERVIEW, null, "CREATING");
            InterviewCreated created = create(client, campaign);
            interviewId = created.interviewDefSetId();
            ledger.putResource(campaign.id(), INTERVIEW, interviewId, "CREATED");
            log.info("Created interview '{}' ({}) with {} questions", interview.name(), interviewId,
                    created.questionsGenerated() == null ? interview.questions().size()
                            : created.questionsGenerated().intValue());
        }
        InterviewDefinition definition = client.getInterview(interviewId);
        Optional<String> closed = ledger.resource(campaign.id(), CLOSED);
        if (closed.isPresent()) {
            log.warn("The campaign's interview was closed ({}); it stays closed, and new candidates cannot take it",
                    closed.get());
        } else if (!"active".equals(definition.status())) {
            client.setInterviewState(interviewId, "active");
            log.info("Activated interview {}", interviewId);
        }
    }
}
