package com.campaignrunner.ledger;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the rows a step still has to handle, page by page in row order. It keeps no restart state of its own:
 * the ledger is the checkpoint, since every handled row has moved to another state.
 */
public class LedgerRowReader implements ItemReader<LedgerRow> {

    private static final int PAGE = 500;

    private final Ledger ledger;
    private final Supplier<String> campaignId;
    private final Collection<RowState> states;
    private final String errorStep;
    private final Deque<LedgerRow> buffer = new ArrayDeque<>();
    private int lastRow;
    private boolean exhausted;

    public LedgerRowReader(Ledger ledger, Supplier<String> campaignId, Collection<RowState> states,
            String errorStep) {
        this.ledger = ledger;
        this.campaignId = campaignId;
        this.states = List.copyOf(states);
        this.errorStep = errorStep;
    }

    @Override
    public synchronized LedgerRow read() {
        if (buffer.isEmpty() && !exhausted) {
            List<LedgerRow> page = ledger.page(campaignId.get(), states, errorStep, lastRow, PAGE);
            buffer.addAll(page);
            exhausted = page.size() < PAGE;
            if (!page.isEmpty()) {
                lastRow = page.get(page.size() - 1).rowNumber();
            }
        }
        LedgerRow next = buffer.poll();
        if (next == null) {
            // Ready for the next execution of the step in this process.
            lastRow = 0;
            exhausted = false;
        }
        return next;
    }
}
