package com.campaignrunner.export;

import static com.campaignrunner.export.LedgerRowBuilder.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.ledger.RowState;
import org.junit.jupiter.api.Test;

class OutcomesTests {

    @Test
    void eachStateReadsAsOneOutcome() {
        assertThat(Outcomes.outcome(row(1, RowState.INVALID).build())).isEqualTo("Invalid");
        assertThat(Outcomes.outcome(row(1, RowState.ERROR).build())).isEqualTo("Error (will retry)");
        LedgerRowBuilder finalError = row(1, RowState.ERROR);
        finalError.errorRetryable = false;
        assertThat(Outcomes.outcome(finalError.build())).isEqualTo("Error");
        assertThat(Outcomes.outcome(row(1, RowState.STAGED).build())).isEqualTo("Pending screening");
        assertThat(Outcomes.outcome(row(1, RowState.SCREENING).build())).isEqualTo("Pending screening");
        assertThat(Outcomes.outcome(row(1, RowState.NOT_SELECTED).build())).isEqualTo("Not selected");
        assertThat(Outcomes.outcome(row(1, RowState.REGISTERING).build())).isEqualTo("Invited, interview pending");
        assertThat(Outcomes.outcome(row(1, RowState.REGISTERED).build())).isEqualTo("Invited, interview pending");
        assertThat(Outcomes.outcome(row(1, RowState.COMPLETED).build())).isEqualTo("Interview completed");
        assertThat(Outcomes.outcome(row(1, RowState.COLLECTED).build())).isEqualTo("Interview completed");
        assertThat(Outcomes.outcome(row(1, RowState.ABANDONED).build())).isEqualTo("Interview abandoned");
        assertThat(Outcomes.outcome(row(1, RowState.FAILED_INTERVIEW).build())).isEqualTo("Interview failed");
    }

    @Test
    void aScreenedRowReadsAsItsRecommendation() {
        LedgerRowBuilder screened = row(1, RowState.SCREENED);
        screened.recommendation = "ai_accept";
        assertThat(Outcomes.outcome(screened.build())).isEqualTo("Accept");
        screened.recommendation = "recruiter_action";
        assertThat(Outcomes.outcome(screened.build())).isEqualTo("Recruiter review");
        screened.recommendation = "ai_reject";
        assertThat(Outcomes.outcome(screened.build())).isEqualTo("Reject");
        screened.recommendation = null;
        screened.decisionStatus = "unknown";
        assertThat(Outcomes.outcome(screened.build())).isEqualTo("Not screenable");
    }

    @Test
    void aRowNotYetScreenedHasNoRecommendation() {
        assertThat(Outcomes.recommendation(row(1, RowState.STAGED).build())).isNull();
    }
}
