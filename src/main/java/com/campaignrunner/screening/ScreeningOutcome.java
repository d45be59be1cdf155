package com.campaignrunner.screening;

import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.util.Map;
import java.util.Set;

/** What screening one row came to, to be recorded in the ledger: a new state and the columns it sets. */
public record ScreeningOutcome(LedgerRow row, Set<RowState> from, RowState to, Map<String, Object> changes) {
}
