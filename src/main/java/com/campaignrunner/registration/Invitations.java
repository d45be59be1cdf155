package com.campaignrunner.registration;

import com.campaignrunner.api.ApiFailure;
import com.campaignrunner.api.InvitationResult;
import com.campaignrunner.api.InviteUsersRequest;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Email invitations: {@code invite-users} with type candidate instead of registering, for campaigns that send
 * them. The link reaches the candidate by email; the ledger keeps the profile. {@code Skipped} means an earlier
 * invitation stands, which for a row in doubt is the outcome it was waiting for.
 */
final class Invitations {

    private static final Set<RowState> REGISTERING = Set.of(RowState.REGISTERING);

    private final CampaignContext context;
    private final Ledger ledger;

    Invitations(CampaignContext context, Ledger ledger) {
        this.context = context;
        this.ledger = ledger;
    }

    void invite(String interviewId, List<LedgerRow> claimed) {
        List<InviteUsersRequest.Invitee> invitees = claimed.stream()
                .map(row -> InviteUsersRequest.Invitee.candidate(row.email(), row.displayName(), interviewId))
                .toList();
        List<InvitationResult> results = context.client().inviteUsers(new InviteUsersRequest(invitees, null,
                context.campaign().interview().language(), null));
        for (int i = 0; i < claimed.size(); i++) {
            LedgerRow row = claimed.get(i);
            record(row, resultFor(row, i, results));
        }
    }

    private void record(LedgerRow row, InvitationResult result) {
        String campaignId = context.campaignId();
        if (result == null) {
            ledger.recordError(campaignId, row.rowNumber(), REGISTERING, Registrar.STEP, ApiFailure.IN_DOUBT.name(),
                    null, "The API's answer did not mention this candidate", true);
            return;
        }
        if (result.invited() || result.skipped()) {
            Map<String, Object> changes = new HashMap<>();
            changes.put("profile_interview_id", result.profileInterviewId());
            ledger.advance(campaignId, row.rowNumber(), REGISTERING, RowState.REGISTERED, changes);
            return;
        }
        String message = result.result() == null ? "Invitation failed" : result.result();
        ledger.recordError(campaignId, row.rowNumber(), REGISTERING, Registrar.STEP, "ROW_REJECTED", "email",
                message, Registrar.temporary(message));
    }

    private static InvitationResult resultFor(LedgerRow row, int index, List<InvitationResult> results) {
        if (index < results.size() && sameEmail(results.get(index), row)) {
            return results.get(index);
        }
        return results.stream().filter(result -> sameEmail(result, row)).findFirst().orElse(null);
    }

    private static boolean sameEmail(InvitationResult result, LedgerRow row) {
        return result.email() != null && result.email().trim().toLowerCase(Locale.ROOT).equals(row.emailKey());
    }
}
