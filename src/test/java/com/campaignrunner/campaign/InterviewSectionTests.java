package com.campaignrunner.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaignrunner.job.TestCampaign;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign file's interview section: modes, questions and knowledge base, and the errors a typo gets. */
class InterviewSectionTests {

    private static final String TEMPLATE = "  template-id: 7c4f2a9e-3b1d-4e8f-9a6c-2d5b8e1f0a37\n";

    @TempDir
    Path folder;

    @Test
    void questionsMakeAFromQuestionsInterview() throws Exception {
        Campaign campaign = read(TEMPLATE + """
                  questions: ["Why payments?", "What broke last?"]
                """);

        assertThat(campaign.interview().mode()).isEqualTo(Campaign.Mode.FROM_QUESTIONS);
        assertThat(campaign.interview().questions()).containsExactly("Why payments?", "What broke last?");
    }

    @Test
    void aPerCandidateInterviewNeedsNoTemplate() throws Exception {
        Campaign campaign = read("  mode: per-candidate\n");

        assertThat(campaign.interview().perCandidate()).isTrue();
        assertThat(campaign.interview().templateId()).isNull();
    }

    @Test
    void knowledgeBaseDocumentsAreResolvedNextToTheCampaignFile() throws Exception {
        Files.writeString(folder.resolve("handbook.md"), "# Handbook");

        Campaign campaign = read(TEMPLATE + """
                  knowledge-base:
                    store-id: 2b1e9c44-5d6f-4a7b-8c9d-0e1f2a3b4c5d
                    documents: [handbook.md]
                """);

        assertThat(campaign.interview().knowledgeBase().documents())
                .containsExactly(folder.resolve("handbook.md").toAbsolutePath().normalize());
    }

    @Test
    void mistakesAreReportedWithTheLineAndTheField() {
        assertThatThrownBy(() -> read(TEMPLATE + "  mode: from-questions\n"))
                .hasMessageContaining("line").hasMessageContaining("interview.questions");
        assertThatThrownBy(() -> read(TEMPLATE + "  mode: by-magic\n"))
                .hasMessageContaining("interview.mode").hasMessageContaining("per-candidate");
        assertThatThrownBy(() -> read(TEMPLATE + """
                  knowledge-base:
                    store-id: 2b1e9c44-5d6f-4a7b-8c9d-0e1f2a3b4c5d
                    documents: [missing.pdf]
                """)).hasMessageContaining("interview.knowledge-base.documents").hasMessageContaining("no such file");
        TestCampaign.in(folder, "mixed").interview("  mode: per-candidate\n").with("""
                invitations:
                  send-email: true
                """).write();
        assertThatThrownBy(() -> CampaignFileReader.read(folder.resolve("mixed.yml")))
                .hasMessageContaining("invitations").hasMessageContaining("per-candidate");
    }

    private Campaign read(String interview) throws CampaignFileException {
        return CampaignFileReader.read(TestCampaign.in(folder, "reader").interview(interview).write().file());
    }
}
