package com.campaignrunner.ledger;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the rows a step still has to handle, page by page in row order. It keeps no restart state of its own:
 * the ledger is the checkpoint, since every handled row has moved to another state.
 */
public class LedgerRowReader implements ItemReader<LedgerRow> {

    private static final int PAGE = 256;

    private final Ledger ledger;
    private final Supplier<String> campaignId;
    private final Collection<RowState> states;
    private final String errorStep;
    private final Consumer<List<LedgerRow>> onPage;
    private final Deque<LedgerRow> buffer = new ArrayDeque<>();
    private int lastRow;
    private boolean exhausted;

    public LedgerRowReader(Ledger ledger, Supplier<String> campaignId, Collection<RowState> states,
            String errorStep) {
        this(ledger, campaignId, states, errorStep, page -> {
        });
    }

    /** @param onPage runs on each page before its rows are handed out, to claim them all in one commit */
    public LedgerRowReader(Ledger ledger, Supplier<String> campaignId, Collection<RowState> states,
            String errorStep, Consumer<List<LedgerRow>> onPage) {
        this.ledger = ledger;
        this.campaignId = campaignId;
        this.states = List.copyOf(states);
        this.errorStep = errorStep;
        this.onPage = onPage;
    }

    @Override
    public synchronized LedgerRow read() {
        if (buffer.isEmpty() && !exhausted) {
            List<LedgerRow> page = ledger.page(campaignId.get(), states, errorStep, lastRow, PAGE);
            onPage.accept(page);
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
