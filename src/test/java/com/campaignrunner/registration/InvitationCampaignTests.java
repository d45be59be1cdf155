package com.campaignrunner.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.job.TestCampaign;
import com.campaignrunner.sandbox.SandboxCall;
import com.campaignrunner.sandbox.SandboxCallLedger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaigns that send email invitations: invite-users instead of registration, one invitation per candidate. */
class InvitationCampaignTests {

    @TempDir
    Path folder;

    @Test
    void anInvitationCampaignInvitesEveryCandidateByEmailAndRegistersNobody() {
        TestCampaign campaign = TestCampaign.in(folder, "invitations").with("""
                invitations:
                  send-email: true
                """).write();

        TestCampaign.Result first = campaign.run();
        TestCampaign.Result second = campaign.run();

        assertThat(first.code()).as(first.output()).isZero();
        assertThat(second.code()).as(second.output()).isZero();
        List<SandboxCall> calls = SandboxCallLedger.read(campaign.data().resolve("sandbox"));
        assertThat(calls).noneMatch(call -> call.endpoint().equals("/job-interview-register-users"));
        assertThat(calls).anyMatch(call -> call.endpoint().equals("/invite-users"));
        assertThat(invitationsPerEmail(campaign)).containsOnlyKeys(campaign.emails())
                .allSatisfy((email, count) -> assertThat(count).isEqualTo(1));
        assertThat(campaign.statesByEmail().values()).containsOnly("COLLECTED");
        assertThat(campaign.column("profile_interview_id").values()).doesNotContainNull();
    }

    @Test
    void rowsAnInvitationFailedForAreRetriedOnTheNextRunAndStillInvitedOnce() {
        TestCampaign campaign = TestCampaign.in(folder, "invitation-errors").with("""
                invitations:
                  send-email: true
                """).sandbox("""
                  row-error-rate: 0.5
                  seed: 3
                """).write();

        TestCampaign.Result first = campaign.run();

        assertThat(first.code()).as(first.output()).isEqualTo(3);
        assertThat(campaign.statesByEmail().values()).contains("ERROR");
        assertThat(campaign.column("error_message").values()).contains("Error: Temporary failure, try again");

        campaign.sandbox("").write();
        TestCampaign.Result second = campaign.run();

        assertThat(second.code()).as(second.output()).isZero();
        assertThat(campaign.statesByEmail().values()).doesNotContain("ERROR");
        assertThat(invitationsPerEmail(campaign)).containsOnlyKeys(campaign.emails())
                .allSatisfy((email, count) -> assertThat(count).isEqualTo(1));
    }

    private static Map<String, Long> invitationsPerEmail(TestCampaign campaign) {
        return SandboxCallLedger.read(campaign.data().resolve("sandbox")).stream()
                .filter(call -> call.endpoint().equals("/invite-users")).filter(SandboxCall::performed)
                .flatMap(call -> call.succeededRows().stream())
                .collect(Collectors.groupingBy(email -> email, Collectors.counting()));
    }
}
