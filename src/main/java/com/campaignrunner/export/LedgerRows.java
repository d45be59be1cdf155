package com.campaignrunner.export;

import com.campaignrunner.ledger.LedgerRow;
import java.util.function.Consumer;

/** The ledger rows of one campaign in input order, read once; a database cursor fits, so does a list. */
@FunctionalInterface
public interface LedgerRows {

    void forEach(Consumer<LedgerRow> action);
}
